#!/usr/bin/python3
"""Every control a screen reader reaches has a name that matches its visible label, in the UI's
language: checked through AT-SPI over every window and dialog, as Orca would read them.

Run by tests/accessibility/run (Xvfb, a D-Bus session and the AT-SPI bus); it starts the app with a
demo database in each language, opens each window with the keyboard as a practitioner would, and
checks what is showing. Exit status 1 lists each problem."""
import re
import subprocess
import sys
import time

import pyatspi

APP, DATABASE = sys.argv[1], sys.argv[2]
LANGUAGES = sys.argv[3:] or ["en", "zh-Hant", "zh-Hans"]

# The windows, each reached by keys from the patient list in a fresh start of the app.
SCENES = [
    ("main window", [], []),
    ("patient record", ["type:chan mei", "Return"], []),
    ("loss dialog", ["type:wong", "Return", "alt+l", "Return"], []),
    ("plan editor", ["type:lee", "Return", "sleep", "Escape", "alt+o"], []),
    ("plan settings", ["type:wong", "Return", "sleep", "Escape", "ctrl+shift+p"], []),
    ("library", ["ctrl+l"], []),
    ("print dialog", ["type:chan mei", "Return", "sleep", "Escape", "ctrl+p"], []),
    ("clinic settings", ["alt+f", "c"], []),
    ("print history", ["type:chan mei", "Return", "sleep", "Escape", "alt+p", "h"], []),
]

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_SLIDER,
}
WINDOWS = {pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW, pyatspi.ROLE_ALERT}
# An accelerator or a colon left in a name: "英文姓名(E)：", "&Save", "Name:".
LEFTOVER = re.compile(r"\([A-Za-z]\)|&|[:：]\s*$")


def bare(label):
    """A label as a screen reader should say it: no accelerator, no trailing colon."""
    text = re.sub(r"\(&?[A-Za-z]\)", "", label).replace("&", "")
    return re.sub(r"[:：]\s*$", "", text).strip()


def focus(pid):
    """Gives the app's newest window the keyboard, as a window manager would (Xvfb has none)."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True).stdout.split()
    if found:
        subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], check=False,
                       stderr=subprocess.DEVNULL)


def keys(pid, *sequence):
    for k in sequence:
        focus(pid)
        if k == "sleep":
            time.sleep(1.0)
        elif k.startswith("type:"):
            subprocess.run(["xdotool", "type", "--delay", "40", k[5:]], check=False)
        else:
            subprocess.run(["xdotool", "key", k], check=False)
        time.sleep(0.5)


def application(tries=60):
    for _ in range(tries):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is not None and a.name == "recovery-planner":
                return a
        time.sleep(0.5)
    return None


def labels_of(node):
    """The labels a control points to (labelled-by); a group box it sits in is not its label."""
    out = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target.getRole() == pyatspi.ROLE_LABEL:
                        out.append(target.name or "")
    except Exception:
        pass
    return out


def check(node, where, problems, depth=0):
    try:
        role, name, state = node.getRole(), node.name or "", node.getState()
    except Exception:
        return
    if not state.contains(pyatspi.STATE_SHOWING) or depth > 40:
        return
    if role in CONTROLS and state.contains(pyatspi.STATE_FOCUSABLE):
        what = f"{where}: {node.getRoleName()}"
        if not name.strip() and role != pyatspi.ROLE_COMBO_BOX:
            problems.append(f"{what} has no name")
        elif LEFTOVER.search(name) and role != pyatspi.ROLE_TEXT:
            problems.append(f"{what} is named {name!r}")
        labels = labels_of(node)
        for label in labels:
            if LEFTOVER.search(label):
                problems.append(f"{what}'s label is read {label!r}")
        if role == pyatspi.ROLE_COMBO_BOX:
            # Qt on Linux, like GTK, names a combo box by its choice and points to its label
            # (labelled-by), which Orca reads first: the label link is what must be there.
            if not any(bare(l) for l in labels) and not node.description:
                problems.append(f"{what} ({name!r}) has no label")
        elif role not in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PUSH_BUTTON,
                          pyatspi.ROLE_TOGGLE_BUTTON):
            # A button says its own text; a label beside it explains, it does not name it.
            for label in labels:
                if bare(label) and bare(label) != name:
                    problems.append(f"{what} is named {name!r}, its label reads {bare(label)!r}")
    # Cells and items are named by their content; a table's thousands of cells are not controls.
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
                pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_COMBO_BOX):
        return
    for i in range(node.childCount):
        check(node.getChildAtIndex(i), where, problems, depth + 1)


def windows(app):
    out = []
    for i in range(app.childCount):
        w = app.getChildAtIndex(i)
        try:
            if w.getState().contains(pyatspi.STATE_SHOWING):
                out.append(w)
        except Exception:
            pass
    return out


def started(language):
    """Starts the app and finds it on the bus. A start on a loaded machine (CI runs other tests
    beside this one) can miss the bus's registration; a fresh start is tried before giving up, so
    an app that never registers still fails."""
    for _ in range(3):
        app = subprocess.Popen([APP, "--database", DATABASE, "--language", language],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        a = application()
        if a is not None:
            return app, a
        app.terminate()
        app.wait(10)
    return None, None


def scene(language, name, opening):
    """Starts the app, opens one window with the keys, checks every window showing."""
    problems, seen = [], 0
    app, a = started(language)
    if app is None:
        return [f"{language} {name}: the app did not appear on the accessibility bus"], 0
    try:
        time.sleep(1.5)
        keys(app.pid, *opening)
        time.sleep(1.5)
        shown = windows(a)
        if opening and len(shown) < 2:
            problems.append(f"{language} {name}: did not open")
        for w in shown:
            if w.getRole() not in WINDOWS:
                problems.append(f"{language} {name}: {w.name!r} is a {w.getRoleName()}, not a window")
            check(w, f"{language} {name} ▸ {w.name}", problems)
            seen += 1
    finally:
        app.terminate()
        app.wait(10)
    return problems, seen


def run(language):
    problems, seen = [], 0
    for name, opening, _ in SCENES:
        p, n = scene(language, name, opening)
        problems += p
        seen += n
    return problems, seen


def main():
    problems, windows_checked = [], 0
    for language in LANGUAGES:
        p, n = run(language)
        problems += p
        windows_checked += n
    problems = list(dict.fromkeys(problems))
    for p in problems:
        print(p)
    print(f"{windows_checked} windows checked in {len(LANGUAGES)} languages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
