// How typed text is folded and split, so the list finds what the practitioner means.
#include "core/chinesescript.h"
#include "core/namereadings.h"
#include "core/search.h"

#include <QRegularExpression>
#include <QTest>

using namespace rp;

class TestSearch : public QObject
{
    Q_OBJECT
    static bool matches(const QString &query, const QString &key)
    {
        for (const QString &term : searchTerms(query)) {
            if (!key.contains(term))
                return false;
        }
        return true;
    }

private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("Latin partial") << QStringLiteral("mei") << true;
        QTest::newRow("Latin any case") << QStringLiteral("CHAN mEi") << true;
        QTest::newRow("accents ignored") << QStringLiteral("Chán") << true;
        QTest::newRow("Chinese surname") << QStringLiteral("陳") << true;
        QTest::newRow("Chinese inside the name") << QStringLiteral("美玲") << true;
        QTest::newRow("Chinese last character") << QStringLiteral("玲") << true;
        QTest::newRow("phone with space") << QStringLiteral("6123 4567") << true;
        QTest::newRow("phone digits only") << QStringLiteral("61234567") << true;
        QTest::newRow("full-width digits") << QStringLiteral("６１２３") << true;
        QTest::newRow("file number any case") << QStringLiteral("hk-0001") << true;
        QTest::newRow("two words, one missing") << QStringLiteral("chan wong") << false;
        QTest::newRow("other Chinese name") << QStringLiteral("黃") << false;
        QTest::newRow("across two fields") << QStringLiteral("ling陳") << false;
        QTest::newRow("Simplified input finds Traditional") << QStringLiteral("陈美") << true;
        QTest::newRow("phone with a dash") << QStringLiteral("6123-4567") << true;
        QTest::newRow("phone in brackets") << QStringLiteral("(6123)4567") << true;
    }
    void matching()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        const QString key = patientSearchKey(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"),
            QStringLiteral("6123 4567"), QStringLiteral("HK-0001"));
        QCOMPARE(matches(query, key), found);
    }

    void traditionalAndSimplifiedMatchEachOther()
    {
        QVERIFY(simplifiedConversionAvailable());
        const QString wong = patientSearchKey(QStringLiteral("Wong"), QStringLiteral("黃詠詩"), {}, {});
        QVERIFY(matches(QStringLiteral("黄咏诗"), wong));
        const QString wang = patientSearchKey(QStringLiteral("Wang Li"), QStringLiteral("王丽"), {}, {});
        QVERIFY(matches(QStringLiteral("王麗"), wang));
        QVERIFY(!matches(QStringLiteral("黄"), wang));
    }

    // Every prefix of a name finds her while she is typed: a character folds the same way
    // whatever follows it (phrase conversion turned 陳乾 into 陈干 but 陳乾坤 into 陈乾坤).
    void everyPrefixFindsTheName()
    {
        const QString name = QStringLiteral("陳乾坤");
        const QString key = patientSearchKey({}, name, {}, {});
        for (int n = 1; n <= name.size(); ++n)
            QVERIFY2(matches(name.left(n), key), qPrintable(name.left(n)));
        QVERIFY(matches(QStringLiteral("陈乾"), key));
    }

    // The index a large list searches through never loses a patient that reading her whole key
    // would find: for every term a practitioner could type that is inside her key (every piece of
    // every word, one to six characters, Latin, digits, Chinese, a character beyond the Basic
    // Multilingual Plane), each lookup the term needs finds one of her pieces.
    void theIndexFindsEveryTermHerKeyHolds()
    {
        const QList<QString> keys{
            patientSearchKey(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("6123 4567"),
                QStringLiteral("HK-0001")),
            patientSearchKey(QStringLiteral("Ng"), QStringLiteral("吳𠮷"), QStringLiteral("+853 6612-3456"), {}),
            patientSearchKey(QStringLiteral("Chloé Ho"), QStringLiteral("何"), {}, QStringLiteral("a_b%c")),
        };
        auto holds = [](const QStringList &grams, const GramProbe &probe) {
            for (const QString &g : grams) {
                if (!probe.prefix && g == probe.from)
                    return true;
                if (probe.prefix && g >= probe.from && (probe.to.isEmpty() || g < probe.to))
                    return true;
            }
            return false;
        };
        int checked = 0;
        for (const QString &key : keys) {
            const QStringList grams = searchGrams(key);
            for (const QString &word : key.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                const QList<uint> points = word.toUcs4();
                for (qsizetype at = 0; at < points.size(); ++at) {
                    for (qsizetype n = 1; n <= 6 && at + n <= points.size(); ++n) {
                        const QString term
                            = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + at, n);
                        const QList<GramProbe> probes = gramProbes(term);
                        QVERIFY(!probes.isEmpty());
                        for (const GramProbe &probe : probes)
                            QVERIFY2(holds(grams, probe), qPrintable(term + QStringLiteral(" in ") + key));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 200);
    }

    // A term of up to three characters is every piece that starts with it; a longer one needs
    // its pieces, and a key without one of them cannot hold the term.
    void termsBecomeLookups()
    {
        QCOMPARE(gramProbes(QStringLiteral("陈美")).size(), 1);
        QVERIFY(gramProbes(QStringLiteral("陈美")).constFirst().prefix);
        QCOMPARE(gramProbes(QStringLiteral("陈美")).constFirst().to, QStringLiteral("陈羏"));
        // Beyond the Basic Multilingual Plane, the next code point (not the next UTF-16 unit).
        QCOMPARE(gramProbes(QStringLiteral("𠮷")).constFirst().to, QString::fromUcs4(U"\U00020BB8", 1));
        QStringList pieces;
        for (const GramProbe &p : gramProbes(QStringLiteral("61234567"))) {
            QVERIFY(!p.prefix);
            pieces << p.from;
        }
        QCOMPARE(pieces, (QStringList{QStringLiteral("612"), QStringLiteral("345"), QStringLiteral("567")}));
        const QStringList chao = searchGrams(patientSearchKey(QStringLiteral("Chao Han"), {}, {}, {}));
        QVERIFY(chao.contains(QStringLiteral("cha")) && chao.contains(QStringLiteral("han")));
        QVERIFY(!chao.contains(QStringLiteral("an\nh")));
        QVERIFY(gramProbes(QString()).isEmpty());
    }

    // A Chinese name is found by how it is said, in Mandarin or Cantonese, in full or by its
    // initials, whichever way the desk types it.
    void chineseNamesByTheirReadings_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("pinyin surname") << QStringLiteral("chen") << true;
        QTest::newRow("pinyin in full") << QStringLiteral("chenxiaoming") << true;
        QTest::newRow("pinyin as three words") << QStringLiteral("chen xiao ming") << true;
        QTest::newRow("pinyin given name") << QStringLiteral("xiaoming") << true;
        QTest::newRow("pinyin initials") << QStringLiteral("cxm") << true;
        QTest::newRow("initials in capitals") << QStringLiteral("CXM") << true;
        QTest::newRow("Jyutping surname") << QStringLiteral("can") << true;
        QTest::newRow("Jyutping in full") << QStringLiteral("cansiuming") << true;
        QTest::newRow("Jyutping initials") << QStringLiteral("csm") << true;
        QTest::newRow("tone marks typed") << QStringLiteral("Chén Xiǎomíng") << true;
        QTest::newRow("another surname") << QStringLiteral("wong") << false;
        QTest::newRow("other initials") << QStringLiteral("cxl") << false;
        QTest::newRow("pinyin and Jyutping mixed in one word") << QStringLiteral("chensiu") << false;
    }
    void chineseNamesByTheirReadings()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        // No English name: what finds her is her Chinese name alone.
        for (const QString &name : {QStringLiteral("陳小明"), QStringLiteral("陈小明")}) {
            const QString key = patientSearchKey({}, name, {}, {});
            QVERIFY2(matches(query, key) == found, qPrintable(name + QStringLiteral(": ") + key));
        }
    }

    // The readings come from Unihan, tones dropped, the usual one first.
    void charactersHaveUnihansReadings()
    {
        QCOMPARE(mandarinReadings(U'陳'), QStringList{QStringLiteral("chen")});
        QCOMPARE(cantoneseReadings(U'陳'), QStringList{QStringLiteral("can")});
        QCOMPARE(mandarinReadings(U'陈'), QStringList{QStringLiteral("chen")});
        QCOMPARE(mandarinReadings(U'吕'), QStringList{QStringLiteral("lv")});
        QCOMPARE(cantoneseReadings(U'吕'), QStringList{QStringLiteral("leoi")});
        QCOMPARE(mandarinReadings(U'曾').constFirst(), QStringLiteral("ceng"));
        QVERIFY(mandarinReadings(U'曾').contains(QStringLiteral("zeng")));
        // Beyond the Basic Multilingual Plane: U+20001.
        QCOMPARE(mandarinReadings(U'\U00020001'), QStringList{QStringLiteral("qi")});
        QCOMPARE(cantoneseReadings(U'\U00020001'), QStringList{QStringLiteral("cat")});
        QVERIFY(mandarinReadings(U'a').isEmpty());
    }

    // Surnames read otherwise than the character usually is are found both ways.
    void polyphonicSurnames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QStringList>("notFound");
        QTest::newRow("曾 zēng, zang") << QStringLiteral("曾美玲")
                                       << QStringList{QStringLiteral("zengmeiling"), QStringLiteral("zml"),
                                              QStringLiteral("cengmeiling"), QStringLiteral("zangmeiling")}
                                       << QStringList{};
        QTest::newRow("單 shàn, sin") << QStringLiteral("單志強")
                                      << QStringList{QStringLiteral("shanzhiqiang"), QStringLiteral("szq"),
                                             QStringLiteral("danzhiqiang"), QStringLiteral("sinzikoeng"),
                                             QStringLiteral("daanzikoeng")}
                                      << QStringList{};
        QTest::newRow("區 ōu, au") << QStringLiteral("區嘉欣")
                                   << QStringList{QStringLiteral("oujiaxin"), QStringLiteral("qujiaxin"),
                                          QStringLiteral("augaajan"), QStringLiteral("agj"),
                                          QStringLiteral("keoigaajan")}
                                   << QStringList{};
        QTest::newRow("仇 qiú, sau") << QStringLiteral(
            "仇婷") << QStringList{QStringLiteral("qiuting"), QStringLiteral("chouting"), QStringLiteral("sauting")}
                                     << QStringList{};
        QTest::newRow("查 zhā") << QStringLiteral("查良鏞")
                                << QStringList{QStringLiteral("zhaliangyong"), QStringLiteral("chaliangyong"),
                                       QStringLiteral("caaloengjung")}
                                << QStringList{};
        // The Traditional 陳 is read as its Simplified 陈 is today, not by an archaic zhèn.
        QTest::newRow("陳 chén only") << QStringLiteral("陳小明") << QStringList{QStringLiteral("chenxiaoming")}
                                      << QStringList{QStringLiteral("zhenxiaoming")};
        // ü typed as the folded "u" or a pinyin keyboard's "v".
        QTest::newRow("吕 lü") << QStringLiteral("吕女士")
                               << QStringList{QStringLiteral("lunushi"), QStringLiteral("lvnvshi"),
                                      QStringLiteral("lns"), QStringLiteral("leoineoisi")}
                               << QStringList{};
    }
    void polyphonicSurnames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, found);
        QFETCH(QStringList, notFound);
        const QStringList words = nameReadingWords(name);
        for (const QString &w : found)
            QVERIFY2(words.contains(w), qPrintable(w + QStringLiteral(" not in ") + words.join(u' ')));
        for (const QString &w : notFound)
            QVERIFY2(!words.contains(w), qPrintable(w + QStringLiteral(" in ") + words.join(u' ')));
    }

    // A name whose every character has several readings gives only a few spellings in each
    // language, the usual one first.
    void spellingsAreCapped()
    {
        const QStringList words = nameReadingWords(QStringLiteral("行行行行行"));
        QCOMPARE(words.constFirst(), QStringLiteral("xingxingxingxingxing"));
        int full = 0;
        for (const QString &w : words)
            full += w.size() > 5;
        QVERIFY2(full <= 2 * maxNameSpellings, qPrintable(words.join(u' ')));
        QVERIFY2(full > maxNameSpellings, qPrintable(words.join(u' '))); // Cantonese ones too
    }

    // A character Unihan has no reading for (U+9FB1) splits the name; the rest is still found,
    // and nothing is spelled across it.
    void aCharacterWithoutReadings()
    {
        QVERIFY(mandarinReadings(U'\u9FB1').isEmpty() && cantoneseReadings(U'\u9FB1').isEmpty());
        const QString name = QStringLiteral("陳\u9FB1明");
        const QString key = patientSearchKey({}, name, {}, {});
        QVERIFY(matches(QStringLiteral("chen"), key));
        QVERIFY(matches(QStringLiteral("ming"), key));
        QVERIFY(matches(name, key));
        QVERIFY(!matches(QStringLiteral("chenming"), key));
        QVERIFY(!matches(QStringLiteral("cm"), key));
    }

    // Names without Chinese keep the key they had.
    void latinNamesAreUnchanged()
    {
        QVERIFY(nameReadingWords(QStringLiteral("Maria Santos")).isEmpty());
        QCOMPARE(patientSearchKey(
                     QStringLiteral("Maria Santos"), {}, QStringLiteral("6678 9012"), QStringLiteral("HK-0003")),
            QStringLiteral("maria santos\n\n6678 9012\n66789012\nhk-0003"));
        QCOMPARE(patientSearchKey(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), {}, {}),
            QStringLiteral("chan mei ling\n陈美玲\n\n\n\nchenmeiling cml canmeiling"));
    }

    void emptyQueryHasNoTerms()
    {
        QVERIFY(searchTerms(QString()).isEmpty());
        QVERIFY(searchTerms(QStringLiteral("  \t ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
