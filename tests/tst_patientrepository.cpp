// Patients and their loss histories, stored and found again exactly as the practitioner typed them.
#include "testdb.h"
#include "testutil.h"

#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestPatientRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PatientRepository> m_repo;
    int m_n = 0;

    QStringList namesFound(const QString &text, bool archived = false)
    {
        QStringList out;
        for (const auto &s : m_repo->find({text, archived}))
            out << (s.nameZh.isEmpty() ? s.nameEn : s.nameZh);
        out.sort();
        return out;
    }

    void seed()
    {
        QList<Patient> ps{
            test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("HK-0001"),
                QStringLiteral("6123 4567")),
            test::makePatient(QStringLiteral("Chan Tai Man"), QStringLiteral("陳大文"), QStringLiteral("HK-0002"),
                QStringLiteral("9876-5432")),
            test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"), QStringLiteral("MO-0107"),
                QStringLiteral("6345 6789")),
            test::makePatient(QStringLiteral("Maria Santos"), QString(), QString(), QStringLiteral("6678 9012")),
            test::makePatient(QString(), QStringLiteral("王丽"), QStringLiteral("a_b%c"), QString()),
        };
        QVERIFY(m_repo->saveAll(ps));
    }

private slots:
    void init()
    {
        m_repo.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("db%1").arg(++m_n))));
        m_repo = std::make_unique<PatientRepository>(*m_db);
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void createAndLoadRoundTripsEveryField()
    {
        Patient p = test::makePatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"), QStringLiteral("HK-0002"),
            QStringLiteral("9234 5678"));
        p.notes = QStringLiteral("Dry mouth.\nMouth ulcers.");
        p.constitution = Constitution::Heat;
        p.patterns = {Pattern::DampHeat, Pattern::BloodStasis};
        p.conditions = {Condition::Diabetes, Condition::PlanningToConceive};
        p.losses = {test::makeLoss(QDate(2026, 11, 20), LossKind::Miscarriage, 11, Management::Surgical),
            test::makeLoss(QDate(2024, 3, 2), LossKind::FailedIvfTransfer, std::nullopt)};
        QVERIFY(m_repo->save(p));
        QVERIFY(p.id > 0);
        QVERIFY(p.createdAt.isValid());
        for (const Loss &l : p.losses)
            QVERIFY(l.id > 0);

        const auto loaded = m_repo->load(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->nameEn, p.nameEn);
        QCOMPARE(loaded->nameZh, p.nameZh);
        QCOMPARE(loaded->birthDate, p.birthDate);
        QCOMPARE(loaded->phone, p.phone);
        QCOMPARE(loaded->fileNumber, p.fileNumber);
        QCOMPARE(loaded->notes, p.notes);
        QCOMPARE(loaded->constitution, Constitution::Heat);
        QCOMPARE(loaded->patterns, (QList<Pattern>{Pattern::DampHeat, Pattern::BloodStasis}));
        QCOMPARE(loaded->conditions, (QList<Condition>{Condition::Diabetes, Condition::PlanningToConceive}));
        QCOMPARE(loaded->losses.size(), 2);
        // Losses come back in date order, the unknown week still unknown.
        QCOMPARE(loaded->losses.at(0).date, QDate(2024, 3, 2));
        QVERIFY(!loaded->losses.at(0).gestationalWeek.has_value());
        QCOMPARE(loaded->losses.at(1).management, Management::Surgical);
        QCOMPARE(loaded->losses.at(1).gestationalWeek, std::optional<int>(11));
    }

    void anyUnicodeIsKeptExactly()
    {
        // Decomposed and composed forms, astral characters, joiners, RTL: stored as given.
        const QString en = QStringLiteral("Nguye\u0302\u0303n Thị Ánh 👩🏽‍⚕️ \u202Eabc");
        const QString zh = QString::fromUcs4(U"𠮷野 陳\u200d小明 ｗｉｄｅ");
        Patient p = test::makePatient(en, zh);
        p.notes = QStringLiteral("'); DROP TABLE patients; --");
        QVERIFY(m_repo->save(p));
        const auto loaded = m_repo->load(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->nameEn, en);
        QCOMPARE(loaded->nameZh, zh);
        QCOMPARE(loaded->notes, p.notes);
        QCOMPARE(m_repo->count(true), 1);
    }

    void editUpdatesInPlaceAndKeepsLossIds()
    {
        Patient p = test::makePatient(QStringLiteral("Chan"), QStringLiteral("陳"));
        p.losses = {test::makeLoss(QDate(2026, 1, 10)), test::makeLoss(QDate(2026, 9, 1))};
        QVERIFY(m_repo->save(p));
        const qint64 keptId = p.losses.at(0).id;
        const qint64 removedId = p.losses.at(1).id;

        p.nameEn = QStringLiteral("Chan Mei Ling");
        p.losses[0].gestationalWeek = 12;
        p.losses.removeAt(1);
        p.losses << test::makeLoss(QDate(2026, 11, 1), LossKind::BiochemicalPregnancy, 5);
        QVERIFY(m_repo->save(p));

        const auto loaded = m_repo->load(p.id);
        QCOMPARE(loaded->nameEn, QStringLiteral("Chan Mei Ling"));
        QCOMPARE(loaded->losses.size(), 2);
        QCOMPARE(loaded->losses.at(0).id, keptId);
        QCOMPARE(loaded->losses.at(0).gestationalWeek, std::optional<int>(12));
        QVERIFY(loaded->losses.at(1).id != removedId);
        QCOMPARE(loaded->losses.at(1).kind, LossKind::BiochemicalPregnancy);
        QCOMPARE(m_repo->count(true), 1);
    }

    void lossCountAndLastLossShowInTheList()
    {
        Patient p = test::makePatient(QStringLiteral("Lam Suk Fan"), QStringLiteral("林淑芬"));
        p.losses = {test::makeLoss(QDate(2023, 5, 1)), test::makeLoss(QDate(2026, 11, 11))};
        QVERIFY(m_repo->save(p));
        const auto rows = m_repo->find({});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().lossCount, 2);
        QCOMPARE(rows.constFirst().lastLossDate, QDate(2026, 11, 11));
    }

    void fileNumberIsUnique()
    {
        Patient a
            = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("HK-0001"));
        QVERIFY(m_repo->save(a));
        Patient b = test::makePatient(QStringLiteral("Wong"), QString(), QStringLiteral("HK-0001"));
        QVERIFY(!m_repo->save(b));
        QCOMPARE(m_repo->lastError().code, StorageError::Code::DuplicateFileNumber);
        QVERIFY(m_repo->lastError().message.contains(QLatin1String("HK-0001")));
        QVERIFY(m_repo->lastError().message.contains(QStringLiteral("陳美玲")));
        QCOMPARE(b.id, 0); // untouched on failure
        QCOMPARE(m_repo->count(true), 1);

        // Patients without a file number do not clash with each other.
        Patient c = test::makePatient(QStringLiteral("C"), {}), d = test::makePatient(QStringLiteral("D"), {});
        QVERIFY(m_repo->save(c));
        QVERIFY(m_repo->save(d));
        // Saving a patient again with her own number is fine.
        a.notes = QStringLiteral("seen again");
        QVERIFY(m_repo->save(a));
    }

    void archiveHidesButNeverDeletes()
    {
        seed();
        const auto chan = m_repo->find({QStringLiteral("HK-0001")});
        QCOMPARE(chan.size(), 1);
        QVERIFY(m_repo->setArchived(chan.constFirst().id, true));
        QCOMPARE(m_repo->count(false), 4);
        QCOMPARE(m_repo->count(true), 5);
        QVERIFY(!namesFound(QStringLiteral("陳")).contains(QStringLiteral("陳美玲")));
        QVERIFY(namesFound(QStringLiteral("陳"), true).contains(QStringLiteral("陳美玲")));
        QVERIFY(m_repo->load(chan.constFirst().id)->archived);
        QVERIFY(m_repo->setArchived(chan.constFirst().id, false));
        QCOMPARE(m_repo->count(false), 5);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everyone") << QString()
                                  << QStringList{QStringLiteral("Maria Santos"), QStringLiteral("王丽"),
                                         QStringLiteral("陳大文"), QStringLiteral("陳美玲"), QStringLiteral("黃詠詩")};
        QTest::newRow("Latin, any case") << QStringLiteral("cHaN")
                                         << QStringList{QStringLiteral("陳大文"), QStringLiteral("陳美玲")};
        QTest::newRow("Latin partial") << QStringLiteral("ing")
                                       << QStringList{QStringLiteral("陳美玲"), QStringLiteral("黃詠詩")};
        QTest::newRow("Chinese surname") << QStringLiteral("陳")
                                         << QStringList{QStringLiteral("陳大文"), QStringLiteral("陳美玲")};
        QTest::newRow("Chinese anywhere") << QStringLiteral("美") << QStringList{QStringLiteral("陳美玲")};
        QTest::newRow("Chinese last character") << QStringLiteral("丽") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("Simplified finds Traditional")
            << QStringLiteral("陈") << QStringList{QStringLiteral("陳大文"), QStringLiteral("陳美玲")};
        QTest::newRow("Traditional finds Simplified") << QStringLiteral("麗") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("two words") << QStringLiteral("chan ling") << QStringList{QStringLiteral("陳美玲")};
        QTest::newRow("phone part") << QStringLiteral("5432") << QStringList{QStringLiteral("陳大文")};
        QTest::newRow("phone without dash") << QStringLiteral("98765432") << QStringList{QStringLiteral("陳大文")};
        QTest::newRow("file number") << QStringLiteral("mo-01") << QStringList{QStringLiteral("黃詠詩")};
        QTest::newRow("LIKE wildcards are literal") << QStringLiteral("_b%") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("percent alone") << QStringLiteral("%") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("quote") << QStringLiteral("'") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        seed();
        QCOMPARE(namesFound(text), expected);
    }

    void saveAllIsAllOrNothing()
    {
        QList<Patient> ps{test::makePatient(QStringLiteral("A"), {}, QStringLiteral("X-1")),
            test::makePatient(QStringLiteral("B"), {}, QStringLiteral("X-1"))};
        QVERIFY(!m_repo->saveAll(ps));
        QCOMPARE(m_repo->count(true), 0);
        QCOMPARE(ps.at(0).id, 0);
    }

    // Another desk holds the write lock: the save waits, then says the database is busy, and
    // nothing is half-written.
    void busyDatabaseIsReportedPlainly()
    {
        const QString file = m_dbs.newLocation(QStringLiteral("busy"));
        Database desk1, desk2;
        desk2.setBusyTimeout(200);
        QVERIFY(desk1.open(file));
        QVERIFY(desk2.open(file));
        PatientRepository repo2(desk2);
        Patient p = test::makePatient(QStringLiteral("Waiting"), {});
        QVERIFY(repo2.save(p));
        {
            // Desk 1 is in the middle of saving her (SQLite locks the file; PostgreSQL the row).
            Transaction hold(desk1.connection());
            QVERIFY(hold.isActive());
            QSqlQuery q(desk1.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE patients SET phone = phone WHERE id = %1").arg(p.id)));
            p.phone = QStringLiteral("6123 4567");
            QVERIFY(!repo2.save(p));
            QCOMPARE(repo2.lastError().code, StorageError::Code::Busy);
            QVERIFY(repo2.lastError().message.contains(QLatin1String("try again")));
            QCOMPARE(p.phone, QStringLiteral("6123 4567")); // still on screen
        }
        QVERIFY2(repo2.save(p), qPrintable(repo2.lastError().detail));
        QCOMPARE(PatientRepository(desk1).load(p.id)->phone, QStringLiteral("6123 4567"));
    }

    // Desk B adds a loss and a pattern; desk A, still showing the old record, saves her notes:
    // A is told, and B's work stays.
    void twoDesksNeverOverwriteEachOther()
    {
        const QString file = m_dbs.newLocation(QStringLiteral("desks"));
        Database deskA, deskB;
        QVERIFY(deskA.open(file));
        QVERIFY(deskB.open(file));
        PatientRepository a(deskA), b(deskB);
        Patient p = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        p.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(a.save(p));

        Patient atA = *a.load(p.id);
        Patient atB = *b.load(p.id);
        atB.losses << test::makeLoss(QDate(2026, 11, 20), LossKind::BiochemicalPregnancy, 5);
        atB.patterns << Pattern::BloodStasis;
        QVERIFY(b.save(atB));

        atA.notes = QStringLiteral("Sleeping better.");
        QVERIFY(!a.save(atA));
        QCOMPARE(a.lastError().code, StorageError::Code::Conflict);
        QVERIFY(a.lastError().message.contains(QLatin1String("another desk")));
        QCOMPARE(atA.notes, QStringLiteral("Sleeping better.")); // still on screen

        const Patient now = *a.load(p.id);
        QCOMPARE(now.losses.size(), 2);
        QCOMPARE(now.patterns, QList<Pattern>{Pattern::BloodStasis});
        QVERIFY(now.notes.isEmpty());

        // Reopened, her save goes through.
        Patient fresh = now;
        fresh.notes = QStringLiteral("Sleeping better.");
        QVERIFY(a.save(fresh));
        QCOMPARE(b.load(p.id)->notes, QStringLiteral("Sleeping better."));
    }

    void anArchiveAtAnotherDeskIsNotUndone()
    {
        Patient p = test::makePatient(QStringLiteral("Ho Yuen Ting"), QStringLiteral("何婉婷"));
        QVERIFY(m_repo->save(p));
        Patient open = *m_repo->load(p.id);
        QVERIFY(m_repo->setArchived(p.id, true)); // as another desk would
        open.phone = QStringLiteral("9789 0123");
        QVERIFY(!m_repo->save(open));
        QCOMPARE(m_repo->lastError().code, StorageError::Code::Conflict);
        QVERIFY(m_repo->load(p.id)->archived);
    }

    // A newer version of the app may record patterns this one does not know: they survive a save.
    void codesFromANewerVersionAreKept()
    {
        Patient p = test::makePatient(QStringLiteral("Lee"), QStringLiteral("李"));
        p.patterns = {Pattern::DampHeat};
        QVERIFY(m_repo->save(p));
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO patient_patterns VALUES (%1, 'heart-spleen-deficiency')").arg(p.id)));
        Patient loaded = *m_repo->load(p.id);
        QCOMPARE(loaded.patterns, QList<Pattern>{Pattern::DampHeat});
        loaded.patterns = {Pattern::BloodStasis};
        QVERIFY(m_repo->save(loaded));
        QVERIFY(q.exec(
            QStringLiteral("SELECT pattern FROM patient_patterns WHERE patient_id = %1 ORDER BY pattern").arg(p.id)));
        QStringList stored;
        while (q.next())
            stored << q.value(0).toString();
        QCOMPARE(stored, (QStringList{QStringLiteral("blood-stasis"), QStringLiteral("heart-spleen-deficiency")}));
    }

    // A Chinese name is found by its pinyin and Jyutping, in full or by initials, through the
    // index (a term of up to three characters is a range of pieces, a longer one its pieces).
    void chineseNamesByTheirReadings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString xiaoming = QStringLiteral("陳小明"), meiling = QStringLiteral("陳美玲"),
                      taiman = QStringLiteral("陳大文");
        QTest::newRow("pinyin surname") << QStringLiteral("chen") << QStringList{taiman, xiaoming, meiling};
        QTest::newRow("pinyin initials") << QStringLiteral("cxm") << QStringList{xiaoming};
        QTest::newRow("pinyin in full") << QStringLiteral("chenxiaoming") << QStringList{xiaoming};
        QTest::newRow("Jyutping surname") << QStringLiteral("can") << QStringList{taiman, xiaoming, meiling};
        QTest::newRow("Jyutping in full") << QStringLiteral("cansiuming") << QStringList{xiaoming};
        QTest::newRow("Jyutping initials") << QStringLiteral("csm") << QStringList{xiaoming};
        QTest::newRow("Jyutping given name") << QStringLiteral("siu ming") << QStringList{xiaoming};
        QTest::newRow("Simplified name, pinyin") << QStringLiteral("wangli") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("no such initials") << QStringLiteral("cxl") << QStringList{};
    }
    void chineseNamesByTheirReadings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        seed();
        Patient p = test::makePatient({}, QStringLiteral("陳小明")); // no English name to find her by
        QVERIFY(m_repo->save(p));
        QCOMPARE(namesFound(text), expected);
    }

    // A database from before the readings gains them at the first start of this version.
    void anUpgradeAddsTheReadings()
    {
        Patient p = test::makePatient({}, QStringLiteral("陳小明"));
        QVERIFY(m_repo->save(p));
        QSqlQuery q(m_db->connection());
        // As the previous version stored her: her names, no readings, no pieces of them.
        QVERIFY(q.exec(QStringLiteral("UPDATE patients SET search_key = '\n陈小明\n\n\n'")));
        QVERIFY(q.exec(QStringLiteral(
            "DELETE FROM patient_grams WHERE gram NOT LIKE '%小%' AND gram NOT LIKE '%陈%' AND gram NOT LIKE '%明%'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO app_meta VALUES ('search_key_version', '3')")));
        QVERIFY(m_repo->find({QStringLiteral("cxm")}).isEmpty());
        QVERIFY(m_repo->rebuildSearchKeysIfNeeded());
        QCOMPARE(m_repo->find({QStringLiteral("cxm")}).size(), 1);
        QCOMPARE(m_repo->find({QStringLiteral("cansiuming")}).size(), 1);
    }

    // Keys stored by an older way of folding are rebuilt once, then left alone.
    void searchKeysAreRebuiltWhenFoldingChanges()
    {
        Patient p = test::makePatient(QStringLiteral("Chan Kin Kwan"), QStringLiteral("陳乾坤"));
        QVERIFY(m_repo->save(p));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE patients SET search_key = 'stale'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO app_meta VALUES ('search_key_version', '1')")));
        QVERIFY(m_repo->find({QStringLiteral("陳乾")}).isEmpty());

        // The index is made from the keys, and rebuilt with them.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM patient_grams")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO patient_grams (gram, patient_id) VALUES ('zzz', %1)").arg(p.id)));
        // The window that says an upgrade is under way hears how far it is.
        QList<std::pair<int, int>> heard;
        QVERIFY(m_repo->rebuildSearchKeysIfNeeded([&heard](int done, int total) { heard.append({done, total}); }));
        QCOMPARE(heard.constFirst(), std::make_pair(0, 1));
        QCOMPARE(heard.constLast(), std::make_pair(1, 1));
        QCOMPARE(m_repo->find({QStringLiteral("陳乾")}).size(), 1);
        QCOMPARE(m_repo->find({QStringLiteral("kin kwan")}).size(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patient_grams WHERE gram = 'zzz'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        QVERIFY(q.exec(QStringLiteral("UPDATE patients SET search_key = 'stale'")));
        QVERIFY(m_repo->rebuildSearchKeysIfNeeded()); // already current: nothing rebuilt
        QVERIFY(m_repo->find({QStringLiteral("陳乾")}).isEmpty());
    }

    // A term longer than three characters is looked up by its pieces, but a patient is listed
    // only when she holds the whole term: "Chao Han" has "cha" and "han", not "chan".
    void aLongTermNeedsItsPiecesTogether()
    {
        seed();
        Patient chao = test::makePatient(QStringLiteral("Chao Han"), QStringLiteral("周涵"));
        QVERIFY(m_repo->save(chao));
        const PatientSearch search = m_repo->prepareSearch({QStringLiteral("chan"), false});
        QVERIFY(search.narrowest.has_value()); // the index was used, not every key
        QCOMPARE(namesFound(QStringLiteral("chan")), (QStringList{QStringLiteral("陳大文"), QStringLiteral("陳美玲")}));
        QCOMPARE(namesFound(QStringLiteral("chao")), QStringList{QStringLiteral("周涵")});
        QVERIFY(m_repo->prepareSearch({QStringLiteral("zzz"), false}).narrowest.has_value());
    }

    // Renamed or given a new phone, she is found by what she is now, not what she was.
    void anEditMovesHerInTheIndex()
    {
        Patient p = test::makePatient(
            QStringLiteral("Lam Siu Fong"), QStringLiteral("林小芳"), {}, QStringLiteral("6000 1111"));
        QVERIFY(m_repo->save(p));
        QCOMPARE(namesFound(QStringLiteral("林小")).size(), 1);
        p.nameZh = QStringLiteral("林曉芳");
        p.phone = QStringLiteral("6222 3333");
        QVERIFY(m_repo->save(p));
        QVERIFY(namesFound(QStringLiteral("林小")).isEmpty());
        QVERIFY(namesFound(QStringLiteral("60001111")).isEmpty());
        QCOMPARE(namesFound(QStringLiteral("林晓")), QStringList{QStringLiteral("林曉芳")});
        QCOMPARE(namesFound(QStringLiteral("62223333")), QStringList{QStringLiteral("林曉芳")});
    }

    // The list's default order, read a page at a time: the most recent loss first, those with
    // none last (newest registered first), and each patient's row in it.
    void recentOrderIsReadInPages()
    {
        QList<Patient> ps;
        const QList<QDate> losses{
            QDate(2026, 3, 1), QDate(), QDate(2026, 11, 20), QDate(2026, 3, 1), QDate(), QDate(2025, 12, 31)};
        for (int i = 0; i < losses.size(); ++i) {
            Patient p = test::makePatient(QStringLiteral("Patient %1").arg(i), {});
            if (losses.at(i).isValid())
                p.losses << test::makeLoss(losses.at(i));
            ps << p;
        }
        ps[5].archived = true;
        QVERIFY(m_repo->saveAll(ps));
        const PatientSearch everyone = m_repo->prepareSearch({});
        QVERIFY(everyone.everyone());
        const QList<qint64> expected{ps[2].id, ps[3].id, ps[0].id, ps[4].id, ps[1].id};
        QCOMPARE(m_repo->recent(everyone, 0, 10), expected);
        QCOMPARE(m_repo->recent(everyone, 1, 2), expected.mid(1, 2));
        QCOMPARE(m_repo->recent(everyone, 5, 2), QList<qint64>{});
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(m_repo->recentRow(everyone, expected.at(row)), row);
        QCOMPARE(m_repo->recentRow(everyone, ps[5].id), -1); // archived: not listed
        const PatientSearch withArchived = m_repo->prepareSearch({QString(), true});
        QCOMPARE(m_repo->recentRow(withArchived, ps[5].id), 3);
        QCOMPARE(m_repo->recent(withArchived, 0, 10).size(), 6);
        const PatientSearch four = m_repo->prepareSearch({QStringLiteral("patient 4"), false});
        QCOMPARE(m_repo->recent(four, 0, 10), QList<qint64>{ps[4].id});
        QCOMPARE(m_repo->recentRow(four, ps[4].id), 0);
        QCOMPARE(m_repo->recentRow(four, ps[1].id), -1);
    }

    void loadingAMissingPatientSaysSo()
    {
        QVERIFY(!m_repo->load(4242));
        QCOMPARE(m_repo->lastError().code, StorageError::Code::NotFound);
        QVERIFY(!m_repo->setArchived(4242, true));
        QCOMPARE(m_repo->lastError().code, StorageError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPatientRepository)
#include "tst_patientrepository.moc"
