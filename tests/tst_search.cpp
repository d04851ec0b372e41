// How typed text is folded and split, so the list finds what the practitioner means.
#include "core/chinesescript.h"
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
                        const QString term = QString::fromUcs4(
                            reinterpret_cast<const char32_t *>(points.constData()) + at, n);
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

    void emptyQueryHasNoTerms()
    {
        QVERIFY(searchTerms(QString()).isEmpty());
        QVERIFY(searchTerms(QStringLiteral("  \t ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
