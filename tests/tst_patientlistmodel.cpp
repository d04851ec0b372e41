// The patient list model: consistent under QAbstractItemModelTester, searching, sorting, archived rows.
#include "testutil.h"

#include "patients/patientlistmodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestPatientListModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<PatientRepository> m_repo;

    static QStringList column(const PatientListModel &m, int col)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, col).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("list.sqlite"))));
        m_repo = std::make_unique<PatientRepository>(m_db);
        QList<Patient> ps;
        auto add = [&](const char *en, const char *zh, const char *file, QDate loss, bool archived = false) {
            Patient p = test::makePatient(QString::fromUtf8(en), QString::fromUtf8(zh), QString::fromUtf8(file));
            if (loss.isValid())
                p.losses << test::makeLoss(loss);
            p.archived = archived;
            ps << p;
        };
        add("Chan Mei Ling", "陳美玲", "HK-0010", QDate(2026, 11, 15));
        add("Lee Ka Yan", "李嘉欣", "HK-0002", QDate(2026, 11, 20));
        add("Maria Santos", "", "HK-0003", QDate());
        add("Ho Yuen Ting", "何婉婷", "HK-0008", QDate(2024, 1, 1), true);
        QVERIFY(m_repo->saveAll(ps));
    }

    void passesTheModelTester()
    {
        PatientListModel model(*m_repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        model.setQuery({QStringLiteral("chan"), false});
        model.setQuery({QString(), true});
        for (int c = 0; c < PatientListModel::ColumnCount; ++c) {
            model.sort(c, Qt::AscendingOrder);
            model.sort(c, Qt::DescendingOrder);
        }
        model.retranslate();
    }

    void listsActivePatientsWithCounts()
    {
        PatientListModel model(*m_repo);
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.columnCount(), int(PatientListModel::ColumnCount));
        // Default order: the most recent loss first; no loss last.
        QCOMPARE(column(model, PatientListModel::NameEn),
                 (QStringList{QStringLiteral("Lee Ka Yan"), QStringLiteral("Chan Mei Ling"), QStringLiteral("Maria Santos")}));
        QCOMPARE(model.index(0, PatientListModel::Losses).data().toInt(), 1);
        QCOMPARE(model.index(0, PatientListModel::LastLoss).data().toString(), QStringLiteral("20 Nov 2026"));
        QCOMPARE(model.index(0, PatientListModel::BirthDate).data().toString(), QStringLiteral("1 Jun 1988"));
    }

    void searchNarrowsTheList()
    {
        PatientListModel model(*m_repo);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery({QStringLiteral("陳"), false});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PatientListModel::NameZh).data().toString(), QStringLiteral("陳美玲"));
        QCOMPARE(model.totalCount(), 3);
        QVERIFY(model.indexOfId(model.index(0, 0).data(PatientListModel::IdRole).toLongLong()).isValid());
    }

    void archivedPatientsOnlyWhenAskedAndMarked()
    {
        PatientListModel model(*m_repo);
        model.setQuery({QStringLiteral("ho yuen"), false});
        QCOMPARE(model.rowCount(), 0);
        model.setQuery({QStringLiteral("ho yuen"), true});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex i = model.index(0, PatientListModel::NameEn);
        QVERIFY(i.data(PatientListModel::ArchivedRole).toBool());
        QVERIFY(i.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!i.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.totalCount(), 4);
    }

    // A language switch re-sorts: Chinese names in the new language's collation (pinyin in
    // 简体), not left in the old order under a "sorted" header.
    void resortsWhenTheLanguageChanges()
    {
        PatientListModel model(*m_repo);
        model.setQuery({QString(), true});
        model.sort(PatientListModel::NameZh, Qt::AscendingOrder);
        const QStringList english = column(model, PatientListModel::NameZh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        model.retranslate();
        const QStringList chinese = column(model, PatientListModel::NameZh);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        // 陳 chén, 何 hé, 李 lǐ: pinyin order, unlike code-point order (李 U+674E first).
        QCOMPARE(chinese.mid(0, 3), (QStringList{QStringLiteral("陳美玲"), QStringLiteral("何婉婷"), QStringLiteral("李嘉欣")}));
        QVERIFY(english != chinese);
    }

    void sortsByAnyColumn()
    {
        PatientListModel model(*m_repo);
        model.refresh();
        model.sort(PatientListModel::FileNumber, Qt::AscendingOrder);
        // Numbers inside file numbers sort as numbers.
        QCOMPARE(column(model, PatientListModel::FileNumber),
                 (QStringList{QStringLiteral("HK-0002"), QStringLiteral("HK-0003"), QStringLiteral("HK-0010")}));
        model.sort(PatientListModel::NameEn, Qt::DescendingOrder);
        QCOMPARE(column(model, PatientListModel::NameEn).constFirst(), QStringLiteral("Maria Santos"));
        // An empty Chinese name sorts last in either direction.
        model.sort(PatientListModel::NameZh, Qt::AscendingOrder);
        QCOMPARE(column(model, PatientListModel::NameZh).constLast(), QString());
        model.sort(PatientListModel::NameZh, Qt::DescendingOrder);
        QCOMPARE(column(model, PatientListModel::NameZh).constLast(), QString());
        // The sort survives a new search.
        model.sort(PatientListModel::FileNumber, Qt::DescendingOrder);
        model.setQuery({QStringLiteral("hk"), false});
        QCOMPARE(column(model, PatientListModel::FileNumber).constFirst(), QStringLiteral("HK-0010"));
    }

    // Last: it adds a patient the tests above do not expect.
    // A loss recorded (or removed) later moves her in the list, which sorts by what is stored on
    // her row: the count and the date of her last loss follow every save.
    void aNewLossMovesHerToTheTop()
    {
        Patient p = test::makePatient(QStringLiteral("Ng Suet Ying"), QStringLiteral("吳雪瑩"), QStringLiteral("HK-0099"));
        p.losses << test::makeLoss(QDate(2025, 3, 1));
        QVERIFY(m_repo->save(p));
        PatientListModel model(*m_repo);
        model.refresh();
        QCOMPARE(column(model, PatientListModel::NameEn).indexOf(QStringLiteral("Ng Suet Ying")), 2);

        p.losses << test::makeLoss(QDate(2026, 11, 25));
        QVERIFY(m_repo->save(p));
        model.refresh();
        QCOMPARE(column(model, PatientListModel::NameEn).constFirst(), QStringLiteral("Ng Suet Ying"));
        QCOMPARE(model.index(0, PatientListModel::Losses).data().toInt(), 2);
        QCOMPARE(model.index(0, PatientListModel::LastLoss).data().toString(), QStringLiteral("25 Nov 2026"));

        p.losses.removeLast();
        QVERIFY(m_repo->save(p));
        model.refresh();
        QCOMPARE(column(model, PatientListModel::NameEn).indexOf(QStringLiteral("Ng Suet Ying")), 2);
        QCOMPARE(model.index(2, PatientListModel::Losses).data().toInt(), 1);
    }

    // A sort reorders the rows on screen and nothing else: a patient another desk added meanwhile
    // appears at the next refresh, never in the middle of a layout change.
    void sortingKeepsTheRowsListed()
    {
        PatientListModel model(*m_repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        const int before = model.rowCount();
        Patient other = test::makePatient(QStringLiteral("Yip Sze Wan"), QStringLiteral("葉詩韻"), QStringLiteral("HK-0100"));
        QVERIFY(m_repo->save(other));
        model.sort(PatientListModel::NameEn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!model.indexOfId(other.id).isValid());
        model.refresh();
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.indexOfId(other.id).isValid());
    }
};

QTEST_MAIN(TestPatientListModel)
#include "tst_patientlistmodel.moc"
