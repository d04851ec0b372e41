// How typed text is folded and split, so the list finds what the practitioner means.
#include "core/chinesescript.h"
#include "core/search.h"

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

    void emptyQueryHasNoTerms()
    {
        QVERIFY(searchTerms(QString()).isEmpty());
        QVERIFY(searchTerms(QStringLiteral("  \t ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
