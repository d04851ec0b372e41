#!/usr/bin/python3
"""Makes the print copy of a Noto Sans CJK face whose PDF text layer reads back as printed.

Qt 6.4 writes a PDF's ToUnicode map by searching the font's character map for the first code point
that gives each glyph. Noto Sans CJK maps the Kangxi radicals (U+2F00...) and CJK radicals
(U+2E80...) to the same glyphs as the common characters 人, 大, 生, 血 ..., and those code points
come first, so copy-paste, search and screen readers got look-alike radicals. Glyphs that only a
substitution reaches (the 'locl' digits of Latin runs, 'liga'/'calt'/'dlig') have no code point at
all, so their text vanished. This copy drops the radical entries (and a few punctuation marks that
shadow common ones the same way) and those substitution features, and takes its own family name so
it never shadows the system font on screen.

usage: make-print-font.py SOURCE.ttc "Noto Sans CJK TC" "RP Noto Sans CJK TC" OUT.otf
"""
import sys

from fontTools.ttLib import TTCollection

RADICAL_BLOCKS = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF)]
# Other code points that share a glyph with a more common, higher one and so would win the
# search: figure dash (for the en dash –), em space (ideographic space), division slash (full-width
# ／), the angle brackets (〈 〉) and the wave dash (full-width ～ in ranges such as 3～5).
SHADOWING = {0x2012, 0x2003, 0x2215, 0x2329, 0x232A, 0x301C}
DROPPED_FEATURES = {"locl", "liga", "calt", "dlig"}


def find_face(collection, family):
    for font in collection.fonts:
        names = {n.nameID: n.toUnicode() for n in font["name"].names if n.platformID == 3}
        if names.get(1) == family or names.get(16) == family:
            return font, names
    sys.exit(f"make-print-font: no face named {family!r} in the collection")


def main():
    source, family, new_family, out = sys.argv[1:5]
    font, names = find_face(TTCollection(source, lazy=True), family)

    # An ideograph's glyph that a lower code point also reaches (a radical, or a rare Extension A
    # character such as U+3B35 for 胶 in the SC face) keeps only its unified ideograph.
    cmap = font.getBestCmap()
    unified = {glyph for cp, glyph in cmap.items() if 0x4E00 <= cp <= 0x9FFF}
    shadowing = {cp for cp, glyph in cmap.items() if cp < 0x4E00 and glyph in unified}
    for table in font["cmap"].tables:
        for cp in [c for c in table.cmap
                   if c in SHADOWING or c in shadowing or any(lo <= c <= hi for lo, hi in RADICAL_BLOCKS)]:
            del table.cmap[cp]

    gsub = font["GSUB"].table
    records = gsub.FeatureList.FeatureRecord
    for script in gsub.ScriptList.ScriptRecord:
        systems = [script.Script.DefaultLangSys] if script.Script.DefaultLangSys else []
        systems += [r.LangSys for r in script.Script.LangSysRecord]
        for system in systems:
            system.FeatureIndex = [i for i in system.FeatureIndex
                                   if records[i].FeatureTag not in DROPPED_FEATURES]
            system.FeatureCount = len(system.FeatureIndex)

    style = names.get(2, "Regular")
    postscript = new_family.replace(" ", "") + "-" + style
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = new_family
        elif record.nameID == 4:
            record.string = f"{new_family} {style}"
        elif record.nameID in (3, 6):
            record.string = postscript
    font.save(out)


if __name__ == "__main__":
    main()
