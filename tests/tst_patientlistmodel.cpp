// The patient list model: consistent under QAbstractItemModelTester, searching, sorting, archived rows.
#include "testutil.h"

#include "core/patientgenerator.h"
#include "patients/patientlistmodel.h"
#include "patients/patientlistpanel.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestPatientListModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Database &m_db = m_workspace.database();
    PatientRepository *m_repo = nullptr;

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
        m_repo = &m_workspace.patients();
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
            (QStringList{
                QStringLiteral("Lee Ka Yan"), QStringLiteral("Chan Mei Ling"), QStringLiteral("Maria Santos")}));
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
        QCOMPARE(chinese.mid(0, 3),
            (QStringList{QStringLiteral("陳美玲"), QStringLiteral("何婉婷"), QStringLiteral("李嘉欣")}));
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
        Patient p
            = test::makePatient(QStringLiteral("Ng Suet Ying"), QStringLiteral("吳雪瑩"), QStringLiteral("HK-0099"));
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

    // A sort between columns reorders the rows on screen and nothing else: a patient another
    // desk added meanwhile appears at the next refresh, never in the middle of a layout change.
    void sortingKeepsTheRowsListed()
    {
        PatientListModel model(*m_repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(PatientListModel::NameZh, Qt::AscendingOrder);
        model.refresh();
        const int before = model.rowCount();
        Patient other
            = test::makePatient(QStringLiteral("Yip Sze Wan"), QStringLiteral("葉詩韻"), QStringLiteral("HK-0100"));
        QVERIFY(m_repo->save(other));
        model.sort(PatientListModel::NameEn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!model.indexOfId(other.id).isValid());
        model.refresh();
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.indexOfId(other.id).isValid());
    }

private:
    // A clinic group's list: too many patients to read every match on each keystroke.
    struct Crowd
    {
        QTemporaryDir dir;
        Database db;
        std::unique_ptr<PatientRepository> repo;
        QList<qint64> ids;
    };
    Crowd m_crowd;
    // Made once for the tests that need it: 4,000 patients, enough that the commonest digit of
    // their phone numbers is too common to look up piece by piece.
    Crowd &crowd()
    {
        if (!m_crowd.repo)
            makeCrowd(m_crowd, 4000);
        return m_crowd;
    }
    static void makeCrowd(Crowd &crowd, int count)
    {
        QVERIFY(crowd.db.open(crowd.dir.filePath(QStringLiteral("crowd.sqlite"))));
        crowd.repo = std::make_unique<PatientRepository>(crowd.db);
        PatientGenerator generator(7, QDate(2026, 11, 28));
        QList<Patient> ps;
        for (int i = 0; i < count; ++i)
            ps << generator.next();
        ps[3].losses.clear(); // one with no loss recorded: listed last
        QVERIFY(crowd.repo->saveAll(ps));
        for (const Patient &p : std::as_const(ps))
            crowd.ids << p.id;
    }
    // The most recent loss first, none last: what the list shows before she sorts.
    static bool inRecentOrder(const PatientListModel &model)
    {
        QDate before;
        for (int row = 0; row < model.rowCount(); ++row) {
            const PatientSummary *p = model.itemAt(model.index(row, 0));
            if (!p)
                return false;
            if (row > 0 && p->lastLossDate.isValid() && (!before.isValid() || before < p->lastLossDate)) {
                qWarning() << "out of order at row" << row << before << p->lastLossDate;
                return false;
            }
            before = p->lastLossDate;
        }
        return true;
    }

private slots:
    // "6" is in most phone numbers: the list shows the most recent matches at once, says more match,
    // and reads on as she scrolls, until every match a full read would list is there, once.
    void aBroadSearchIsReadAsSheScrolls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("throughTheIndex");
        // One common piece: the table, read in list order, finds a page at once.
        QTest::newRow("one common piece") << QStringLiteral("6") << false;
        // Two common pieces, rarer together: read through the holders of the rarer one (two
        // digits each in more than 5,000 keys, one in fewer than 20,000; found below).
        QTest::newRow("two common pieces") << QString() << true;
    }
    void aBroadSearchIsReadAsSheScrolls()
    {
        QFETCH(QString, text);
        QFETCH(bool, throughTheIndex);
        Crowd &crowd = this->crowd();
        if (text.isEmpty()) {
            QStringList broad; // digits in more than 5,000 keys
            QString guiding; // … and one in fewer than 20,000 (typed twice, it is counted that far)
            for (char c = '0'; c <= '9'; ++c) {
                const QString digit = QString(QLatin1Char(c));
                if (!crowd.repo->prepareSearch({digit, false}).broad())
                    continue;
                broad << digit;
                if (guiding.isEmpty() && crowd.repo->prepareSearch({digit + u' ' + digit, false}).narrowest)
                    guiding = digit;
            }
            broad.removeOne(guiding);
            QVERIFY(!guiding.isEmpty() && !broad.isEmpty());
            text = guiding + u' ' + broad.constFirst();
        }
        const PatientQuery query{text, false};
        const PatientSearch search = crowd.repo->prepareSearch(query);
        QVERIFY(search.broad());
        QCOMPARE(search.narrowest.has_value(), throughTheIndex);
        const QList<PatientMatch> all = crowd.repo->match(query, PatientSort::LastLoss);
        QVERIFY(all.size() > 200);

        // No QAbstractItemModelTester here: on a reset it calls fetchMore() before it marks the
        // reset finished (Qt 6.4), and takes the rows that fetchMore() adds for rows added
        // during the reset.
        PatientListModel model(*crowd.repo);
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.matchCountKnown());
        QVERIFY(model.canFetchMore({}));
        QSignalSpy counted(&model, &PatientListModel::matchCountChanged);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.matchCountKnown());
        QVERIFY(!counted.isEmpty());
        QCOMPARE(model.rowCount(), all.size());
        QSet<qint64> listed, expected;
        for (int row = 0; row < model.rowCount(); ++row)
            listed.insert(model.index(row, 0).data(PatientListModel::IdRole).toLongLong());
        for (const PatientMatch &m : all)
            expected.insert(m.id);
        QCOMPARE(listed, expected);
        QVERIFY(inRecentOrder(model));
    }

    void aNarrowSearchKeepsTheListOrder()
    {
        Crowd &crowd = this->crowd();
        PatientListModel model(*crowd.repo);
        // A narrower search is read whole and counted, in the same order as the database's pages
        // (ties newest registered first): rows do not swap places as "c" becomes "chan".
        model.setQuery({QStringLiteral("chan"), false});
        QVERIFY(model.matchCountKnown());
        const PatientSearch chan = crowd.repo->prepareSearch({QStringLiteral("chan"), false});
        QVERIFY(!chan.broad());
        const QList<qint64> inPages = crowd.repo->recent(chan, 0, 100000);
        QCOMPARE(model.rowCount(), inPages.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(PatientListModel::IdRole).toLongLong(), inPages.at(row));
    }

    // Unsearched, the list is as long as the count and reads the rows the view shows, in order.
    void theWholeListIsReadAPageAtATime()
    {
        Crowd &crowd = this->crowd();
        PatientListModel model(*crowd.repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 4000);
        QVERIFY(model.matchCountKnown());
        const PatientSummary *last = model.itemAt(model.index(3999, 0));
        QVERIFY(last);
        QCOMPARE(last->id, crowd.ids.at(3)); // no loss recorded
        QVERIFY(inRecentOrder(model));
        // Sorted by name, every patient is read and sorted; back to the default, paged again.
        model.sort(PatientListModel::NameEn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 4000);
        model.sort(PatientListModel::LastLoss, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 4000);
        QVERIFY(inRecentOrder(model));
    }

    // Found far down a broad search (after a save, say), she is selected: the list reads up to
    // her row. The count under the list says more match rather than a number it does not know.
    void thePanelFindsHerAndSaysMoreMatch()
    {
        Crowd &crowd = this->crowd();
        PatientListModel model(*crowd.repo);
        PatientListPanel panel(model);
        panel.resize(900, 600);
        panel.show();
        panel.searchField()->setText(QStringLiteral("6"));
        const QString said = panel.findChild<QLabel *>(QStringLiteral("patientCount"))->text();
        QVERIFY2(said.contains(QStringLiteral("More than 100 patients match")), qPrintable(said));

        const PatientSearch search = crowd.repo->prepareSearch({QStringLiteral("6"), false});
        const qint64 farDown = crowd.repo->recent(search, 700, 1).constFirst();
        panel.selectPatient(farDown);
        QCOMPARE(panel.currentPatientId(), farDown);
        QVERIFY(model.rowCount() > 700);
        // Sorting keeps her selected.
        panel.findChild<QTableView *>()->sortByColumn(PatientListModel::NameEn, Qt::AscendingOrder);
        QCOMPARE(panel.currentPatientId(), farDown);
    }
};

QTEST_MAIN(TestPatientListModel)
#include "tst_patientlistmodel.moc"
