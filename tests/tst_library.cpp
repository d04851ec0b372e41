// The library in the database: installed on first start, upgraded without touching the
// clinic's own items and edits, hidden not deleted, red flags locked; and its filters.
#include "testdb.h"
#include "testutil.h"

#include "core/library.h"
#include "storage/database.h"
#include "storage/libraryrepository.h"
#include "storage/upkeep.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestLibrary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LibraryRepository> m_repo;
    int m_n = 0;

    static LibraryItem soup(const QString &id, const QString &en, const QString &hant, const QString &hans)
    {
        LibraryItem i;
        i.id = id;
        i.kind = ItemKind::Soup;
        i.name = {en, hant, hans};
        i.description = {en + QStringLiteral(" for the second week."), hant + QStringLiteral("，第二週飲用。"),
            hans + QStringLiteral("，第二周饮用。")};
        i.mealSlots = {Slot::Soup};
        i.phases = {Phase::Regulate};
        i.sources = {QStringLiteral("T14")};
        return i;
    }
    const LibraryEntry *entry(const QList<LibraryEntry> &all, const QString &id)
    {
        for (const auto &e : all) {
            if (e.item.id == id)
                return &e;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_repo.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbs.newLocation(QStringLiteral("lib%1").arg(++m_n))));
        m_repo = std::make_unique<LibraryRepository>(*m_db);
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void firstStartInstallsTheShippedLibrary()
    {
        QString message;
        QVERIFY2(bringDataUpToDate(*m_db, &message), qPrintable(message));
        const auto all = m_repo->entries();
        QCOMPARE(all.size(), content::builtInItems().size());
        QCOMPARE(m_repo->installedFingerprint(), content::builtInFingerprint());
        const auto *shenghua = entry(all, QStringLiteral("sheng-hua-tang"));
        QVERIFY(shenghua);
        QCOMPARE(shenghua->origin, ItemOrigin::BuiltIn);
        QCOMPARE(shenghua->item.name.hant, QStringLiteral("生化湯"));
        QVERIFY(shenghua->item.sources.contains(QStringLiteral("T4")));
        // Opening again installs nothing new.
        QVERIFY(bringDataUpToDate(*m_db, &message));
        QCOMPARE(m_repo->entries().size(), all.size());
    }

    // Version 1 ships a and b; the clinic edits a, hides b and adds her own item; version 2
    // corrects a and b and adds c. Her edit, her hide and her item survive; the rest updates.
    void anUpgradeKeepsTheClinicsWork()
    {
        const LibraryItem a1 = soup(
            QStringLiteral("a"), QStringLiteral("Squab soup"), QStringLiteral("乳鴿湯"), QStringLiteral("乳鸽汤"));
        const LibraryItem b1 = soup(
            QStringLiteral("b"), QStringLiteral("Carp soup"), QStringLiteral("鯉魚湯"), QStringLiteral("鲤鱼汤"));
        QVERIFY(m_repo->installBuiltIn({a1, b1}, "v1"));

        LibraryItem mine = a1;
        mine.description.en = QStringLiteral("Our clinic's squab soup, with less ginger.");
        QVERIFY(m_repo->save(mine));
        QVERIFY(m_repo->setHidden(QStringLiteral("b"), true));
        LibraryItem own = soup({}, QStringLiteral("Lotus root and peanut soup"), QStringLiteral("蓮藕花生湯"),
            QStringLiteral("莲藕花生汤"));
        QVERIFY(m_repo->save(own));
        QVERIFY(own.id.startsWith(QLatin1String("clinic-")));

        LibraryItem a2 = a1, b2 = b1;
        a2.description.en = QStringLiteral("Corrected description.");
        b2.name.en = QStringLiteral("Crucian carp soup");
        const LibraryItem c2 = soup(
            QStringLiteral("c"), QStringLiteral("Black-bean tea"), QStringLiteral("黑豆茶"), QStringLiteral("黑豆茶"));
        QVERIFY(m_repo->installBuiltIn({a2, b2, c2}, "v2"));

        const auto all = m_repo->entries();
        QCOMPARE(all.size(), 4);
        const auto *a = entry(all, QStringLiteral("a"));
        QCOMPARE(a->origin, ItemOrigin::ClinicEdited);
        QCOMPARE(a->item.description.en, mine.description.en); // her version shown
        QCOMPARE(a->original->description.en, a2.description.en); // the new original beside it
        QVERIFY(a->originalUpdated);
        const auto *b = entry(all, QStringLiteral("b"));
        QVERIFY(b->hidden);
        QCOMPARE(b->item.name.en, QStringLiteral("Crucian carp soup")); // corrected, still hidden
        QCOMPARE(entry(all, QStringLiteral("c"))->origin, ItemOrigin::BuiltIn);
        QCOMPARE(entry(all, own.id)->origin, ItemOrigin::ClinicOwn);

        // A later version that drops "a" keeps her version of it, as her own.
        QVERIFY(m_repo->installBuiltIn({b2, c2}, "v3"));
        const auto later = m_repo->entries();
        QCOMPARE(entry(later, QStringLiteral("a"))->origin, ItemOrigin::ClinicOwn);
        QCOMPARE(entry(later, QStringLiteral("a"))->item.description.en, mine.description.en);
    }

    void editThenResetToTheOriginal()
    {
        const LibraryItem a = soup(
            QStringLiteral("a"), QStringLiteral("Squab soup"), QStringLiteral("乳鴿湯"), QStringLiteral("乳鸽汤"));
        QVERIFY(m_repo->installBuiltIn({a}, "v1"));
        LibraryItem mine = a;
        mine.phases = {Phase::Tonify};
        QVERIFY(m_repo->save(mine));
        auto e = *entry(m_repo->entries(), QStringLiteral("a"));
        QCOMPARE(e.origin, ItemOrigin::ClinicEdited);
        QVERIFY(!e.originalUpdated);
        QCOMPARE(e.item.phases, QList<Phase>{Phase::Tonify});

        QVERIFY(m_repo->resetToOriginal(QStringLiteral("a")));
        e = *entry(m_repo->entries(), QStringLiteral("a"));
        QCOMPARE(e.origin, ItemOrigin::BuiltIn);
        QCOMPARE(e.item, a);
    }

    void hidingIsReversibleAndNothingIsDeleted()
    {
        const LibraryItem a = soup(
            QStringLiteral("a"), QStringLiteral("Squab soup"), QStringLiteral("乳鴿湯"), QStringLiteral("乳鸽汤"));
        QVERIFY(m_repo->installBuiltIn({a}, "v1"));
        QVERIFY(m_repo->setHidden(QStringLiteral("a"), true));
        QVERIFY(entry(m_repo->entries(), QStringLiteral("a"))->hidden);
        QVERIFY(m_repo->setHidden(QStringLiteral("a"), false));
        QVERIFY(!entry(m_repo->entries(), QStringLiteral("a"))->hidden);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM library_clinic")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // a plain built-in again: no leftover row
    }

    void redFlagsAreLocked()
    {
        QString message;
        QVERIFY(bringDataUpToDate(*m_db, &message));
        QVERIFY(!m_repo->setHidden(QStringLiteral("red-flag-heavy-bleeding"), true));
        QCOMPARE(m_repo->lastError().code, StorageError::Code::Invalid);
        QVERIFY(m_repo->lastError().message.contains(QLatin1String("Red flags")));
        LibraryItem edited = entry(m_repo->entries(), QStringLiteral("red-flag-heavy-bleeding"))->item;
        edited.description.en = QStringLiteral("Soaking two pads an hour.");
        QVERIFY(!m_repo->save(edited));
        LibraryItem added = edited;
        added.id.clear();
        QVERIFY(!m_repo->save(added));
        QVERIFY(!entry(m_repo->entries(), QStringLiteral("red-flag-heavy-bleeding"))->hidden);
        // Plans need their milestones and rest lines.
        QVERIFY(!m_repo->setHidden(QStringLiteral("milestone-follow-up-visit"), true));
        QVERIFY(!m_repo->setHidden(QStringLiteral("daily-rest-days-1-3"), true));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: any
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("constitution");
        QTest::addColumn<int>("tag");
        QTest::addColumn<QString>("mustHave");
        QTest::addColumn<QString>("mustNotHave");
        QTest::newRow("Chinese name") << QStringLiteral("麻油") << -1 << -1 << -1 << -1 << -1
                                      << QStringLiteral("sesame-oil-chicken") << QStringLiteral("sea-bass-soup");
        QTest::newRow("Simplified finds it")
            << QStringLiteral("麻油鸡") << -1 << -1 << -1 << -1 << -1 << QStringLiteral("sesame-oil-chicken")
            << QStringLiteral("sesame-oil-kidney");
        QTest::newRow("English ingredient")
            << QStringLiteral("red dates") << -1 << -1 << -1 << -1 << -1 << QStringLiteral("red-date-chicken-soup")
            << QStringLiteral("sea-bass-soup");
        QTest::newRow("source code") << QStringLiteral("t20") << -1 << -1 << -1 << -1 << -1
                                     << QStringLiteral("dang-gui-ginger-mutton-soup")
                                     << QStringLiteral("sea-bass-soup");
        QTest::newRow("expel phase") << QString() << -1 << int(Phase::Expel) << -1 << -1 << -1
                                     << QStringLiteral("brown-sugar-water") << QStringLiteral("sesame-oil-chicken");
        QTest::newRow("tea slot") << QString() << -1 << -1 << int(Slot::Tea) << -1 << -1 << QStringLiteral("rose-tea")
                                  << QStringLiteral("sea-bass-soup");
        QTest::newRow("heat constitution")
            << QString() << -1 << -1 << -1 << int(Constitution::Heat) << -1 << QStringLiteral("chinese-yam-chicken")
            << QStringLiteral("sesame-oil-chicken");
        QTest::newRow("cold constitution")
            << QString() << -1 << -1 << -1 << int(Constitution::Cold) << -1 << QStringLiteral("sesame-oil-chicken")
            << QStringLiteral("winter-melon-soup");
        QTest::newRow("seafood tag") << QString() << -1 << -1 << -1 << -1 << int(Tag::SeafoodAllergy)
                                     << QStringLiteral("sea-bass-soup") << QStringLiteral("rose-tea");
        QTest::newRow("red flags") << QString() << int(ItemKind::RedFlag) << -1 << -1 << -1 << -1
                                   << QStringLiteral("red-flag-ohss") << QStringLiteral("rose-tea");
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, phase);
        QFETCH(int, slot);
        QFETCH(int, constitution);
        QFETCH(int, tag);
        QFETCH(QString, mustHave);
        QFETCH(QString, mustNotHave);
        LibraryFilter f;
        f.text = text;
        if (kind >= 0)
            f.kind = ItemKind(kind);
        if (phase >= 0)
            f.phase = Phase(phase);
        if (slot >= 0)
            f.slot = Slot(slot);
        if (constitution >= 0)
            f.constitution = Constitution(constitution);
        if (tag >= 0)
            f.tag = Tag(tag);
        QStringList found;
        for (const LibraryItem &item : content::builtInItems()) {
            if (matches(LibraryEntry{item, ItemOrigin::BuiltIn, false, false, std::nullopt}, f))
                found << item.id;
        }
        QVERIFY2(found.contains(mustHave), qPrintable(found.join(u',')));
        QVERIFY2(!found.contains(mustNotHave), qPrintable(found.join(u',')));
    }

    void hiddenItemsOnlyWhenAsked()
    {
        LibraryEntry e{content::builtInItems().constFirst(), ItemOrigin::BuiltIn, true, false, std::nullopt};
        LibraryFilter f;
        QVERIFY(!matches(e, f));
        f.includeHidden = true;
        QVERIFY(matches(e, f));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
