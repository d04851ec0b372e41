// What printing keeps in the database: the clinic's header, each patient's print history with the
// finished document, and the language her printouts are made in.
#include "testdb.h"
#include "testutil.h"

#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestPrintStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<ClinicRepository> m_clinic;
    std::unique_ptr<PrintHistoryRepository> m_history;
    Patient m_patient;
    int m_n = 0;

    // Bytes a text round trip would damage: a NUL, bytes that are not UTF-8, a PNG signature.
    static QByteArray awkwardBytes()
    {
        static const char bytes[] = "\x89PNG\r\n\x1a\n\0\xff\xfe{\"a\":1}";
        return QByteArray(bytes, sizeof bytes - 1);
    }

    PrintRecord makeRecord(const QDateTime &printedAt = {})
    {
        PrintRecord r;
        r.patientId = m_patient.id;
        r.planTitle = QStringLiteral("After the loss of 1 Nov · 十一月");
        r.options.documents = {PrintDocument::Shopping, PrintDocument::Diet, PrintDocument::Calendar};
        r.options.language = PrintLanguage::EnglishTraditional;
        r.options.layout = BilingualLayout::SideBySide;
        r.options.paper = PaperSize::Letter;
        r.options.largePrint = true;
        r.output = PrintOutput::Pdf;
        r.fileName = QStringLiteral("/home/clinic/陳美玲 plan.pdf");
        r.printedAt = printedAt;
        r.snapshot = awkwardBytes();
        return r;
    }

    qint64 savePlan()
    {
        Plan plan;
        plan.patientId = m_patient.id;
        plan.lossId = m_patient.losses.constFirst().id;
        plan.title = QStringLiteral("After the loss of 1 Nov");
        plan.settings.start = QDate(2026, 11, 2);
        if (!m_plans->save(plan))
            return 0;
        return plan.id;
    }

    QString storedPrintLanguage(qint64 id)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT print_language FROM patients WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QStringLiteral("(no row)");
        return q.value(0).isNull() ? QStringLiteral("(null)") : q.value(0).toString();
    }

private slots:
    void init()
    {
        m_history.reset();
        m_clinic.reset();
        m_plans.reset();
        m_patients.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("print%1").arg(++m_n))));
        m_patients = std::make_unique<PatientRepository>(*m_db);
        m_plans = std::make_unique<PlanRepository>(*m_db);
        m_clinic = std::make_unique<ClinicRepository>(*m_db);
        m_history = std::make_unique<PrintHistoryRepository>(*m_db);
        m_patient = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        m_patient.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(m_patients->save(m_patient));
    }
    void cleanup()
    {
        m_history.reset();
        m_clinic.reset();
        m_plans.reset();
        m_patients.reset();
        m_db.reset();
    }

    // -- The clinic's header

    void clinicInfoIsEmptyUntilSet()
    {
        const ClinicInfo info = m_clinic->load();
        QVERIFY(!m_clinic->lastError().isError());
        QVERIFY(info.isEmpty());
    }

    void clinicInfoRoundTrips()
    {
        ClinicInfo info;
        info.nameEn = QStringLiteral("Harbour TCM Clinic");
        info.nameZh = QStringLiteral("海港中醫診所");
        info.addressEn = QStringLiteral("Room 1203, 12/F, 88 Nathan Road\nTsim Sha Tsui, Kowloon");
        info.addressZh = QStringLiteral("九龍尖沙咀彌敦道88號12樓1203室");
        info.phone = QStringLiteral("+852 2345 6789");
        info.practitionerEn = QStringLiteral("Dr Lam Wai Man, RCMP");
        info.practitionerZh = QStringLiteral("林慧敏 註冊中醫師");
        info.logo = awkwardBytes();
        QVERIFY2(m_clinic->save(info), qPrintable(m_clinic->lastError().detail));
        QCOMPARE(m_clinic->load(), info);
        QCOMPARE(m_clinic->load().logo, awkwardBytes());

        // Saved again, the header is replaced, not added to; the logo can be taken away.
        info.nameEn = QStringLiteral("Harbour Chinese Medicine");
        info.logo.clear();
        QVERIFY(m_clinic->save(info));
        QCOMPARE(m_clinic->load(), info);
        QVERIFY(m_clinic->load().logo.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clinic_settings")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // And it is the same header on the next start.
        m_clinic.reset();
        m_history.reset();
        m_plans.reset();
        m_patients.reset();
        const QString path = m_db->path();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path));
        QCOMPARE(ClinicRepository(*m_db).load(), info);
    }

    // -- The print history

    void printRecordRoundTrips()
    {
        const qint64 planId = savePlan();
        QVERIFY(planId);
        PrintRecord r = makeRecord();
        r.planId = planId;
        QVERIFY2(m_history->record(r), qPrintable(m_history->lastError().detail));
        QVERIFY(r.id > 0);
        QVERIFY(r.printedAt.isValid());
        QVERIFY(qAbs(r.printedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const auto back = m_history->load(r.id);
        QVERIFY(back);
        QCOMPARE(back->id, r.id);
        QCOMPARE(back->patientId, m_patient.id);
        QCOMPARE(back->planId, planId);
        QCOMPARE(back->planTitle, r.planTitle);
        QCOMPARE(back->options.documents, r.options.documents); // in the order chosen
        QCOMPARE(back->options, r.options);
        QCOMPARE(back->output, PrintOutput::Pdf);
        QCOMPARE(back->fileName, r.fileName);
        QCOMPARE(back->printedAt, r.printedAt);
        QCOMPARE(back->snapshot, awkwardBytes());
    }

    void otherOptionsRoundTripToo()
    {
        PrintRecord r = makeRecord(QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC));
        r.options.documents = {PrintDocument::Rest};
        r.options.language = PrintLanguage::Simplified;
        r.options.layout = BilingualLayout::Stacked;
        r.options.paper = PaperSize::A4;
        r.options.largePrint = false;
        r.output = PrintOutput::Printer;
        r.fileName.clear();
        QVERIFY(m_history->record(r));
        const auto back = m_history->load(r.id);
        QVERIFY(back);
        QCOMPARE(back->options, r.options);
        QCOMPARE(back->output, PrintOutput::Printer);
        QVERIFY(back->fileName.isEmpty());
        QCOMPARE(back->planId, qint64(0));
        QCOMPARE(back->printedAt, r.printedAt);
    }

    void listIsNewestFirstWithoutSnapshots()
    {
        Patient other = test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"));
        QVERIFY(m_patients->save(other));
        const QList<QDateTime> times{QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 9), QTime(16, 45), Qt::UTC)};
        QList<qint64> ids;
        for (const QDateTime &t : times) {
            PrintRecord r = makeRecord(t);
            QVERIFY(m_history->record(r));
            ids << r.id;
        }
        PrintRecord hers = makeRecord();
        hers.patientId = other.id;
        QVERIFY(m_history->record(hers));

        const QList<PrintRecord> list = m_history->forPatient(m_patient.id);
        QVERIFY(!m_history->lastError().isError());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, ids.at(1));
        QCOMPARE(list.at(1).id, ids.at(2));
        QCOMPARE(list.at(2).id, ids.at(0));
        QCOMPARE(list.at(0).printedAt, times.at(1));
        for (const PrintRecord &r : list) {
            QVERIFY(r.snapshot.isEmpty()); // the list does not carry the documents
            QCOMPARE(r.options, makeRecord().options);
            QCOMPARE(r.planTitle, makeRecord().planTitle);
        }
        QCOMPARE(m_history->forPatient(other.id).size(), 1);
        QVERIFY(m_history->forPatient(other.id + 100).isEmpty());
    }

    void theHistoryOutlivesItsPlan()
    {
        const qint64 planId = savePlan();
        QVERIFY(planId);
        PrintRecord r = makeRecord();
        r.planId = planId;
        QVERIFY(m_history->record(r));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM plans WHERE id = ?"));
        q.addBindValue(planId);
        QVERIFY(q.exec());
        const auto back = m_history->load(r.id);
        QVERIFY(back);
        QCOMPARE(back->planId, qint64(0));
        QCOMPARE(back->planTitle, r.planTitle); // the list can still say what she was given
        QCOMPARE(back->snapshot, awkwardBytes());
        QCOMPARE(m_history->forPatient(m_patient.id).size(), 1);
    }

    // Patients are archived, never deleted: her history stays with her.
    void archivingKeepsTheHistory()
    {
        PrintRecord r = makeRecord();
        QVERIFY(m_history->record(r));
        QVERIFY(m_patients->setArchived(m_patient.id, true));
        QCOMPARE(m_history->forPatient(m_patient.id).size(), 1);
        QVERIFY(m_history->load(r.id));
    }

    void unknownDocumentCodesAreSkipped()
    {
        PrintRecord r = makeRecord();
        QVERIFY(m_history->record(r));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE print_history SET documents = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("diet herb-leaflet  calendar"));
        q.addBindValue(r.id);
        QVERIFY(q.exec());
        const auto back = m_history->load(r.id);
        QVERIFY(back);
        QCOMPARE(back->options.documents, (QList<PrintDocument>{PrintDocument::Diet, PrintDocument::Calendar}));
    }

    void aRecordNeedsItsDocumentAndItsPatient()
    {
        PrintRecord empty = makeRecord();
        empty.snapshot.clear();
        QVERIFY(!m_history->record(empty));
        QCOMPARE(m_history->lastError().code, StorageError::Code::Invalid);
        QCOMPARE(empty.id, 0);

        PrintRecord nobody = makeRecord();
        nobody.patientId = m_patient.id + 100;
        QVERIFY(!m_history->record(nobody));
        QVERIFY(m_history->lastError().isError());
        QCOMPARE(nobody.id, 0);
        QVERIFY(!nobody.printedAt.isValid());
        QVERIFY(m_history->forPatient(m_patient.id).isEmpty());
    }

    void loadingAMissingRecordSaysSo()
    {
        QVERIFY(!m_history->load(12345));
        QCOMPARE(m_history->lastError().code, StorageError::Code::NotFound);
    }

    // -- Her printout language

    void printLanguageRoundTrips()
    {
        QVERIFY(!m_patients->load(m_patient.id)->printLanguage); // not chosen
        QCOMPARE(storedPrintLanguage(m_patient.id), QStringLiteral("(null)"));

        Patient p = *m_patients->load(m_patient.id);
        p.printLanguage = PrintLanguage::EnglishSimplified;
        QVERIFY(m_patients->save(p));
        QCOMPARE(m_patients->load(p.id)->printLanguage, std::optional(PrintLanguage::EnglishSimplified));
        QCOMPARE(storedPrintLanguage(p.id), QStringLiteral("en+zh-Hans"));

        p.printLanguage.reset(); // back to "not chosen yet"
        QVERIFY(m_patients->save(p));
        QVERIFY(!m_patients->load(p.id)->printLanguage);
        QCOMPARE(storedPrintLanguage(p.id), QStringLiteral("(null)"));

        Patient fresh = test::makePatient(QStringLiteral("Ho Yuen Ting"), QStringLiteral("何婉婷"));
        fresh.printLanguage = PrintLanguage::Traditional;
        QVERIFY(m_patients->save(fresh));
        QCOMPARE(m_patients->load(fresh.id)->printLanguage, std::optional(PrintLanguage::Traditional));
    }

    // A printout makes its language hers, in the same transaction, without touching the rest of
    // her record: a patient dialog open at another desk still saves.
    void aPrintoutMakesItsLanguageHersAndChangesNothingElse()
    {
        Patient before = *m_patients->load(m_patient.id);
        PrintRecord r = makeRecord();
        r.options.language = PrintLanguage::Traditional;
        QVERIFY2(m_history->record(r), qPrintable(m_history->lastError().detail));
        const Patient after = *m_patients->load(m_patient.id);
        QCOMPARE(after.printLanguage, std::optional(PrintLanguage::Traditional));
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(after.nameEn, before.nameEn);
        QCOMPARE(after.nameZh, before.nameZh);
        QCOMPARE(after.birthDate, before.birthDate);
        QCOMPARE(after.archived, before.archived);
        QCOMPARE(after.losses, before.losses);

        before.notes = QStringLiteral("Sleeping better.");
        QVERIFY2(m_patients->save(before), qPrintable(m_patients->lastError().message));
        QCOMPARE(m_patients->load(m_patient.id)->notes, QStringLiteral("Sleeping better."));

        // A record for a patient who is not there is refused whole: no history row either.
        PrintRecord nobody = makeRecord();
        nobody.patientId = m_patient.id + 100;
        QVERIFY(!m_history->record(nobody));
        QVERIFY(m_history->forPatient(nobody.patientId).isEmpty());
    }

    // A newer version of the app may store a language this one does not know: it reads as not
    // chosen, and a save that leaves it not chosen keeps it.
    void aPrintLanguageFromANewerVersionIsKept()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE patients SET print_language = 'en+vi' WHERE id = ?"));
        q.addBindValue(m_patient.id);
        QVERIFY(q.exec());
        Patient p = *m_patients->load(m_patient.id);
        QVERIFY(!p.printLanguage);
        p.notes = QStringLiteral("Prefers printouts for her mother too.");
        QVERIFY(m_patients->save(p));
        QCOMPARE(storedPrintLanguage(p.id), QStringLiteral("en+vi"));

        p.printLanguage = PrintLanguage::English; // a choice she makes here replaces it
        QVERIFY(m_patients->save(p));
        QCOMPARE(storedPrintLanguage(p.id), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestPrintStore)
#include "tst_printstore.moc"
