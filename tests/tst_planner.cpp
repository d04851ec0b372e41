// The planner's rules, one by one (docs/planner-rules.md), on the shipped library.
#include "testutil.h"

#include "core/planner.h"
#include "core/terms.h"

#include <QSet>
#include <QTest>

using namespace rp;

class TestPlanner : public QObject
{
    Q_OBJECT
    Planner m_planner{content::builtInItems()};
    const QDate lossDate{2026, 11, 1};

    PlanPatient patient(Constitution c = Constitution::Neutral, QList<Condition> conditions = {},
        Management m = Management::Natural, LossKind kind = LossKind::Miscarriage, std::optional<int> week = 8) const
    {
        PlanPatient p;
        p.constitution = c;
        p.conditions = conditions;
        p.loss = test::makeLoss(lossDate, kind, week, m);
        return p;
    }
    Plan plan(const PlanPatient &p, QStringList ticked = {}) const
    {
        PlanSettings s = Planner::defaultSettings(p.loss);
        s.practitionerItems = ticked;
        return m_planner.generate(p, s);
    }
    QStringList itemsOf(const Plan &plan) const
    {
        QStringList out;
        for (const PlanDay &d : plan.days)
            for (const PlanEntry &e : d.entries)
                out << e.itemId;
        return out;
    }
    QList<int> daysWith(const Plan &plan, const QString &id) const
    {
        QList<int> out;
        for (const PlanDay &d : plan.days)
            for (const PlanEntry &e : d.entries)
                if (e.itemId == id)
                    out << d.day;
        return out;
    }
    bool anyIngredient(const Plan &plan, const QString &hant) const
    {
        for (const QString &id : itemsOf(plan))
            for (const Ingredient &i : m_planner.item(id)->ingredients)
                if (i.name.hant.contains(hant))
                    return true;
        return false;
    }

private slots:
    void sameInputsSamePlan()
    {
        const PlanPatient p = patient(Constitution::Cold, {Condition::Diabetes});
        QCOMPARE(plan(p).days, plan(p).days);
        QCOMPARE(plan(p).days.size(), 30);
    }

    void everyDayFilledWithDatesAndPhases()
    {
        const Plan pl = plan(patient());
        QCOMPARE(pl.days.constFirst().date, lossDate.addDays(1)); // starts the day after the loss
        for (const PlanDay &d : pl.days) {
            QCOMPARE(d.phase, d.day <= 7 ? Phase::Expel : d.day <= 14 ? Phase::Regulate : Phase::Tonify);
            QVERIFY2(d.entry(Slot::Soup) && d.entry(Slot::Breakfast) && d.entry(Slot::Tea),
                qPrintable(QString::number(d.day)));
            QVERIFY(!d.restId.isEmpty());
        }
        PlanSettings s = pl.settings;
        s.expelUntil = 5;
        s.regulateUntil = 18;
        s.days = 21;
        const Plan custom = m_planner.generate(patient(), s);
        QCOMPARE(custom.days.size(), 21);
        QCOMPARE(custom.day(6)->phase, Phase::Regulate);
        QCOMPARE(custom.day(19)->phase, Phase::Tonify);
    }

    // The strongest check: whatever her profile, a generated plan breaks none of its own rules.
    void generatedPlansHaveNoWarnings_data()
    {
        QTest::addColumn<int>("constitution");
        QTest::addColumn<int>("condition");
        QTest::addColumn<int>("management");
        for (Constitution c : allValues<Constitution>())
            for (int cond = -1; cond < int(allValues<Condition>().size()); ++cond)
                for (Management m : allValues<Management>())
                    QTest::newRow(qPrintable(
                        QStringLiteral("%1/%2/%3")
                            .arg(codeOf(c), cond < 0 ? QStringLiteral("none") : codeOf(Condition(cond)), codeOf(m))))
                        << int(c) << cond << int(m);
    }
    void generatedPlansHaveNoWarnings()
    {
        QFETCH(int, constitution);
        QFETCH(int, condition);
        QFETCH(int, management);
        QList<Condition> conditions;
        if (condition >= 0)
            conditions << Condition(condition);
        const PlanPatient p = patient(Constitution(constitution), conditions, Management(management));
        const Plan pl = plan(p, {QStringLiteral("sheng-hua-tang"), QStringLiteral("si-wu-tang")});
        const auto warnings = m_planner.warnings(pl, p);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.isEmpty() ? QString() : warnings.constFirst().reason.en));
    }

    void heatConstitutionGetsNoWineSesameOilOrGingerHeavyDishes()
    {
        const QStringList items = itemsOf(plan(patient(Constitution::Heat)));
        for (const char *id : {"sesame-oil-chicken", "sesame-oil-pork-liver", "hakka-yellow-wine-chicken",
                 "fermented-rice-egg", "pork-trotters-ginger-vinegar", "brown-sugar-ginger-date-tea"})
            QVERIFY2(!items.contains(QLatin1String(id)), id);
        QVERIFY(items.contains(QStringLiteral("chinese-yam-chicken"))); // its stand-in
    }

    void coldConstitutionGetsNoCoolingDishesAndWarmingOnesLater()
    {
        const Plan pl = plan(patient(Constitution::Cold));
        for (const char *id : {"winter-melon-soup", "loofah", "lotus-root", "vegetable-tofu-soup"})
            QVERIFY2(!itemsOf(pl).contains(QLatin1String(id)), id);
        int warming = 0;
        for (int d = 15; d <= 30; ++d)
            for (const PlanEntry &e : pl.day(d)->entries)
                warming += m_planner.item(e.itemId)->suits.contains(Constitution::Cold);
        QVERIFY2(warming >= 16, qPrintable(QString::number(warming))); // about one warming dish a day
        QVERIFY(itemsOf(pl).contains(QStringLiteral("sesame-oil-chicken")));
    }

    void conditions_data()
    {
        QTest::addColumn<int>("condition");
        QTest::addColumn<QStringList>("never");
        QTest::newRow("diabetes: no brown sugar")
            << int(Condition::Diabetes)
            << QStringList{QStringLiteral("brown-sugar-water"), QStringLiteral("brown-sugar-ginger-date-tea"),
                   QStringLiteral("egg-red-date-soup"), QStringLiteral("motherwort-brown-sugar-drink")};
        QTest::newRow("seafood allergy: no fish")
            << int(Condition::SeafoodAllergy)
            << QStringList{QStringLiteral("sea-bass-soup"), QStringLiteral("longan-date-crucian-carp-soup"),
                   QStringLiteral("sea-cucumber-beef-soup")};
        QTest::newRow("hepatitis: no alcohol")
            << int(Condition::Hepatitis)
            << QStringList{QStringLiteral("fermented-rice-egg"), QStringLiteral("hakka-yellow-wine-chicken")};
        QTest::newRow("planning to conceive: no liver, no alcohol")
            << int(Condition::PlanningToConceive)
            << QStringList{QStringLiteral("pork-liver-soup"), QStringLiteral("sesame-oil-pork-liver"),
                   QStringLiteral("fermented-rice-egg")};
        QTest::newRow("breastfeeding: no alcohol")
            << int(Condition::Breastfeeding)
            << QStringList{QStringLiteral("fermented-rice-egg"), QStringLiteral("hakka-yellow-wine-chicken")};
    }
    void conditions()
    {
        QFETCH(int, condition);
        QFETCH(QStringList, never);
        const PlanPatient p = patient(Constitution::Cold, {Condition(condition)});
        // Even with wine chosen for her: alcohol is never for these conditions.
        PlanSettings s = Planner::defaultSettings(p.loss);
        s.wineChosen = true;
        const Plan pl = m_planner.generate(p, s);
        const QStringList items = itemsOf(pl);
        for (const QString &id : never)
            QVERIFY2(!items.contains(id), qPrintable(id));
        // A dish whose wine is optional stays, cooked without it.
        if (condition != int(Condition::SeafoodAllergy) && condition != int(Condition::Diabetes)) {
            for (const QString &id : items)
                QVERIFY2(
                    !Planner::resolve(*m_planner.item(id), p, &s).contains(QStringLiteral("alcohol")), qPrintable(id));
        }
    }

    // Wine: no dish cooked in wine unless the practitioner chose it for her; an optional splash
    // of wine is left out and the dish printed without it.
    void wineOnlyWhenChosen()
    {
        const PlanPatient p = patient(Constitution::Cold);
        PlanSettings s = Planner::defaultSettings(p.loss);
        const Plan without = m_planner.generate(p, s);
        QVERIFY(!itemsOf(without).contains(QStringLiteral("hakka-yellow-wine-chicken")));
        for (const QString &id : itemsOf(without))
            QVERIFY2(!Planner::resolve(*m_planner.item(id), p, &s).contains(QStringLiteral("alcohol")), qPrintable(id));
        const DishForHer chicken = Planner::resolve(*m_planner.item(QStringLiteral("sesame-oil-chicken")), p, &s);
        QVERIFY(chicken.holds.isEmpty());
        QCOMPARE(chicken.leftOut.size(), 1);
        QCOMPARE(chicken.leftOut.first()->id, QStringLiteral("rice-wine"));
        s.wineChosen = true;
        const Plan with = m_planner.generate(p, s);
        QVERIFY(itemsOf(with).contains(QStringLiteral("hakka-yellow-wine-chicken")));
        // Never in the first week after the loss, even when chosen (T18, T33).
        for (const PlanDay &d : with.days)
            for (const PlanEntry &e : d.entries)
                if (Planner::resolve(*m_planner.item(e.itemId), p, &s).contains(QStringLiteral("alcohol")))
                    QVERIFY2(Planner::daysSinceLoss(p, s, d.day) >= 8, qPrintable(e.itemId));
    }

    // Still bleeding heavily holds every tonic and blood-moving item at the ingredient: 當歸, 人參,
    // 黨參, 阿膠, 益母草, brown sugar, 生化湯; sea cucumber (海參) is not ginseng (人參).
    void heavyBleedingHoldsTonicsAtTheIngredient()
    {
        const PlanPatient p = patient(Constitution::Neutral);
        PlanSettings s = Planner::defaultSettings(p.loss);
        s.heavyBleeding = true;
        s.practitionerItems
            = {QStringLiteral("sheng-hua-tang"), QStringLiteral("si-wu-tang"), QStringLiteral("ba-zhen-tang")};
        for (const char *id :
            {"brown-sugar-water", "brown-sugar-ginger-date-tea", "egg-red-date-soup", "ginseng-chicken-soup",
                "astragalus-codonopsis-squab", "donkey-hide-gelatin-chicken", "dang-gui-ginger-mutton-soup",
                "sheng-hua-tang", "si-wu-tang", "ba-zhen-tang", "motherwort-egg", "rose-tea"})
            QVERIFY2(Planner::exclusions(*m_planner.item(QLatin1String(id)), p, &s).contains(Tag::HeavyBleeding), id);
        QVERIFY(!Planner::exclusions(*m_planner.item(QStringLiteral("sea-cucumber-beef-soup")), p, &s)
                     .contains(Tag::HeavyBleeding));
        const Plan pl = m_planner.generate(p, s);
        for (const QString &id : itemsOf(pl)) {
            const DishForHer dish = Planner::resolve(*m_planner.item(id), p, &s);
            QVERIFY2(!dish.contains(QStringLiteral("tonic")) && !dish.contains(QStringLiteral("blood-moving")),
                qPrintable(id));
        }
    }

    // Diabetes holds every sweetened item, not only brown sugar: sweet vinegar, fermented rice,
    // the sweet soups with rock sugar.
    void diabetesHoldsEverySweetener()
    {
        const PlanPatient p = patient(Constitution::Cold, {Condition::Diabetes});
        const PlanSettings s = Planner::defaultSettings(p.loss);
        for (const char *id : {"pork-trotters-ginger-vinegar", "fermented-rice-egg", "red-date-white-fungus",
                 "white-fungus-lily-lotus-seed-soup", "brown-sugar-water"})
            QVERIFY2(Planner::exclusions(*m_planner.item(QLatin1String(id)), p, &s).contains(Tag::Diabetes), id);
        // Sugar "to taste" is left out, the porridge stays.
        const DishForHer rice = Planner::resolve(*m_planner.item(QStringLiteral("black-glutinous-rice")), p, &s);
        QVERIFY(rice.holds.isEmpty());
        QCOMPARE(rice.leftOut.size(), 1);
        for (const QString &id : itemsOf(m_planner.generate(p, s)))
            QVERIFY2(
                !Planner::resolve(*m_planner.item(id), p, &s).contains(QStringLiteral("sweetener")), qPrintable(id));
    }

    // Day limits count days since the loss: a plan starting five days late gets what is left of
    // 生化湯's days 3 to 7, and brown-sugar water's first week.
    void dayLimitsCountFromTheLoss()
    {
        const PlanPatient p = patient(Constitution::Cold);
        PlanSettings s = Planner::defaultSettings(p.loss);
        s.start = p.loss.date.addDays(6); // plan day 1 is day 6 after the loss
        s.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        const Plan pl = m_planner.generate(p, s);
        const QList<int> shenghua = daysWith(pl, QStringLiteral("sheng-hua-tang"));
        QVERIFY(shenghua.size() <= 2);
        for (int d : shenghua)
            QVERIFY(Planner::daysSinceLoss(p, s, d) <= 7);
        for (int d : daysWith(pl, QStringLiteral("brown-sugar-water")))
            QVERIFY(Planner::daysSinceLoss(p, s, d) <= 7);
        QVERIFY(m_planner.warnings(pl, p).isEmpty());
        // The same plan moved onto days past the limit warns, naming the day after the loss.
        Plan late = pl;
        late.days[4].setEntry(Slot::Tea, QStringLiteral("sheng-hua-tang")); // day 10 after the loss
        const auto w = m_planner.warnings(late, p);
        QVERIFY(std::any_of(
            w.begin(), w.end(), [](const PlanWarning &x) { return x.kind == PlanWarning::Kind::AfterDay; }));
    }

    // Brown sugar in any dish: on at most 7 days, within the first 2 weeks (T23); liver at most
    // twice a week across every liver dish (T24).
    void ingredientLimitsCountEveryDish()
    {
        const PlanPatient p = patient(Constitution::Cold);
        const PlanSettings s = Planner::defaultSettings(p.loss);
        const Plan pl = m_planner.generate(p, s);
        QSet<int> sugarDays;
        QHash<int, int> liverInWeek;
        for (const PlanDay &d : pl.days) {
            for (const PlanEntry &e : d.entries) {
                const DishForHer dish = Planner::resolve(*m_planner.item(e.itemId), p, &s);
                if (dish.contains(QStringLiteral("brown-sugar"))) {
                    sugarDays.insert(d.day);
                    QVERIFY(Planner::daysSinceLoss(p, s, d.day) <= 14);
                }
                liverInWeek[(d.day - 1) / 7] += dish.contains(QStringLiteral("liver"));
            }
        }
        QVERIFY(!sugarDays.isEmpty());
        QVERIFY(sugarDays.size() <= 7);
        for (int n : liverInWeek)
            QVERIFY(n <= 2);
        // Two liver dishes placed by hand in one week past the limit: the third warns.
        Plan more = pl;
        for (int d = 15; d <= 17; ++d)
            more.day(d)->setEntry(Slot::Soup, QStringLiteral("pork-liver-soup"));
        const auto w = m_planner.warnings(more, p);
        QVERIFY(std::any_of(w.begin(), w.end(), [](const PlanWarning &x) {
            return x.kind == PlanWarning::Kind::TooOftenInWeek && x.detail.startsWith(QLatin1String("pork-liver:"));
        }));
    }

    // After a failed transfer: no pregnancy test three weeks later, no "period four to six weeks
    // later"; the bleeding after stopping the medicines, the cycle review and the next attempt.
    void failedTransferMilestonesAreItsOwn()
    {
        const PlanPatient p
            = patient(Constitution::Neutral, {}, Management::Natural, LossKind::FailedIvfTransfer, std::nullopt);
        const Plan pl = plan(p);
        QStringList all;
        for (const PlanDay &d : pl.days)
            all << d.milestoneIds;
        QVERIFY(!all.contains(QStringLiteral("milestone-pregnancy-test")));
        QVERIFY(!all.contains(QStringLiteral("milestone-next-period")));
        QVERIFY(!all.contains(QStringLiteral("milestone-trying-again")));
        QVERIFY(all.contains(QStringLiteral("milestone-bleeding-after-transfer")));
        QVERIFY(all.contains(QStringLiteral("milestone-ivf-cycle-review")));
        QVERIFY(all.contains(QStringLiteral("milestone-next-attempt")));
        // Rest and daily life say nothing about the uterus emptying or milk coming in.
        const QStringList rest = m_planner.guidanceFor(ItemKind::Rest, p, pl.settings);
        QVERIFY(!rest.contains(QStringLiteral("rest-not-in-bed-all-day")));
        QVERIFY(!rest.contains(QStringLiteral("rest-milk-after-later-loss")));
        QVERIFY(rest.contains(QStringLiteral("rest-bleeding-after-transfer")));
        for (const PlanDay &d : pl.days)
            QVERIFY2(d.restId.startsWith(QLatin1String("daily-rest-after-transfer")), qPrintable(d.restId));
    }

    // A miscarriage of an IVF pregnancy: the miscarriage milestones and the IVF ones.
    void ivfPregnancyMiscarriageGetsBoth()
    {
        PlanPatient p = patient();
        p.loss.conceivedByIvf = true;
        const Plan pl = plan(p);
        QStringList all;
        for (const PlanDay &d : pl.days)
            all << d.milestoneIds;
        QVERIFY(all.contains(QStringLiteral("milestone-pregnancy-test")));
        QVERIFY(all.contains(QStringLiteral("milestone-ivf-cycle-review")));
        QVERIFY(m_planner.redFlagsFor(p, pl.settings).contains(QStringLiteral("red-flag-ohss")));
    }

    // Repeated failed transfers are implantation failure, counted apart from miscarriages.
    void lossesAreCountedByKind()
    {
        PlanPatient p = patient(Constitution::Neutral, {}, Management::Natural, LossKind::FailedIvfTransfer);
        p.lossCount = 3;
        p.failedTransferCount = 2;
        p.miscarriageCount = 1;
        const Plan pl = plan(p);
        QStringList last = pl.days.last().milestoneIds;
        QVERIFY(last.contains(QStringLiteral("milestone-recurrent-implantation-failure")));
        QVERIFY(!last.contains(QStringLiteral("milestone-recurrent-loss")));
        PlanPatient m = patient();
        m.lossCount = 3;
        m.failedTransferCount = 2;
        m.miscarriageCount = 1; // one miscarriage and two failed transfers: not recurrent miscarriage
        QVERIFY(!plan(m).days.last().milestoneIds.contains(QStringLiteral("milestone-recurrent-loss")));
        m.miscarriageCount = 2;
        QVERIFY(plan(m).days.last().milestoneIds.contains(QStringLiteral("milestone-recurrent-loss")));
    }

    void anticoagulantsMeanNoAngelicaOrMotherwort()
    {
        const Plan pl = plan(patient(Constitution::Cold, {Condition::Anticoagulants}), {QStringLiteral("si-wu-tang")});
        QVERIFY(!anyIngredient(pl, QStringLiteral("當歸")));
        QVERIFY(!anyIngredient(pl, QStringLiteral("益母草")));
        QVERIFY(!itemsOf(pl).contains(QStringLiteral("si-wu-tang"))); // ticked, and still not given
    }

    void shengHuaTangOnlyWhenTickedFromDay3AtMost7Days()
    {
        QVERIFY(!itemsOf(plan(patient(Constitution::Cold))).contains(QStringLiteral("sheng-hua-tang")));
        const Plan ticked = plan(patient(Constitution::Cold), {QStringLiteral("sheng-hua-tang")});
        const QList<int> days = daysWith(ticked, QStringLiteral("sheng-hua-tang"));
        QVERIFY(!days.isEmpty());
        QVERIFY(days.size() <= 7);
        QVERIFY(days.constFirst() >= 3);
        QVERIFY(days.constLast() <= 7);
    }

    void shengHuaTangNeverAfterSurgicalManagement()
    {
        const Plan pl = plan(patient(Constitution::Cold, {}, Management::Surgical), {QStringLiteral("sheng-hua-tang")});
        QVERIFY(!itemsOf(pl).contains(QStringLiteral("sheng-hua-tang")));
    }

    void otherFormulasNeedTickingToo()
    {
        const QStringList items = itemsOf(plan(patient()));
        for (const char *id : {"si-wu-tang", "ba-zhen-tang", "shi-quan-da-bu-tang"})
            QVERIFY2(!items.contains(QLatin1String(id)), id);
        const Plan ticked = plan(patient(Constitution::Cold), {QStringLiteral("shi-quan-da-bu-tang")});
        const QList<int> days = daysWith(ticked, QStringLiteral("shi-quan-da-bu-tang"));
        QVERIFY(!days.isEmpty());
        QVERIFY(days.constFirst() >= 22); // the fourth week
    }

    void varietyNoSoupTwoDaysRunningAndASpreadEachWeek()
    {
        for (Constitution c : allValues<Constitution>()) {
            const Plan pl = plan(patient(c, {Condition::SeafoodAllergy}));
            for (int d = 2; d <= 30; ++d) {
                const PlanEntry *a = pl.day(d - 1)->entry(Slot::Soup);
                const PlanEntry *b = pl.day(d)->entry(Slot::Soup);
                QVERIFY(!a || !b || a->itemId != b->itemId);
            }
            for (int week = 0; week < 4; ++week) {
                QSet<QString> dishes;
                for (int d = week * 7 + 1; d <= week * 7 + 7; ++d)
                    for (const PlanEntry &e : pl.day(d)->entries)
                        dishes.insert(e.itemId);
                // 9: the narrowest week is the first for a constitution not yet assessed with a
                // seafood allergy (warming, cooling, seafood and, in week 1, rose buds all held).
                QVERIFY2(dishes.size() >= 9,
                    qPrintable(QStringLiteral("%1 week %2: %3").arg(codeOf(c)).arg(week + 1).arg(dishes.size())));
            }
        }
    }

    void restFollowsTheDaysAndTheGestation()
    {
        const Plan early = plan(patient(Constitution::Neutral, {}, Management::Natural, LossKind::Miscarriage, 9));
        const Plan later = plan(patient(Constitution::Neutral, {}, Management::Natural, LossKind::Miscarriage, 16));
        QCOMPARE(early.day(1)->restId, QStringLiteral("daily-rest-days-1-3"));
        QCOMPARE(early.day(5)->restId, QStringLiteral("daily-rest-days-4-7"));
        QCOMPARE(early.day(10)->restId, QStringLiteral("daily-rest-early-loss-light"));
        QCOMPARE(early.day(20)->restId, QStringLiteral("daily-rest-early-loss-return"));
        QCOMPARE(later.day(10)->restId, QStringLiteral("daily-rest-later-loss-light"));
        QCOMPARE(later.day(20)->restId, QStringLiteral("daily-rest-later-loss-light")); // about a month over 13 weeks
        // An unknown week after a miscarriage gets the longer rest; after a biochemical, the shorter.
        QCOMPARE(plan(patient(Constitution::Neutral, {}, Management::Natural, LossKind::Miscarriage, std::nullopt))
                     .day(20)
                     ->restId,
            QStringLiteral("daily-rest-later-loss-light"));
        QCOMPARE(
            plan(patient(Constitution::Neutral, {}, Management::Natural, LossKind::BiochemicalPregnancy, std::nullopt))
                .day(20)
                ->restId,
            QStringLiteral("daily-rest-early-loss-return"));
        // The rest line never advises strenuous exercise or swimming in the first two weeks.
        for (int d = 1; d <= 14; ++d) {
            const QString text = m_planner.item(early.day(d)->restId)->description.en;
            QVERIFY(!text.contains(QLatin1String("150 minutes")));
        }
    }

    // A plan made when she comes 10 days after the loss starts that day, not 9 days in the past
    // (its printout would begin with a week already gone and a follow-up that never happened).
    void aNewPlanStartsNoEarlierThanToday()
    {
        Loss loss = test::makeLoss(lossDate, LossKind::Miscarriage, 8, Management::Natural);
        QCOMPARE(Planner::defaultSettings(loss, lossDate.addDays(10)).start, lossDate.addDays(10));
        QCOMPARE(Planner::defaultSettings(loss, lossDate).start, lossDate.addDays(1));
        QCOMPARE(Planner::defaultSettings(loss).start, lossDate.addDays(1));
    }

    void milestonesOnTheirDays()
    {
        const Plan pl = plan(patient());
        QVERIFY(
            pl.day(21)->milestoneIds.contains(QStringLiteral("milestone-pregnancy-test"))); // 3 weeks after the loss
        QVERIFY(pl.day(28)->milestoneIds.contains(QStringLiteral("milestone-next-period")));
        for (int d : {7, 14, 30})
            QVERIFY2(pl.day(d)->milestoneIds.contains(QStringLiteral("milestone-follow-up-visit")),
                qPrintable(QString::number(d)));
        QVERIFY(!pl.day(8)->milestoneIds.contains(QStringLiteral("milestone-follow-up-visit")));
        QVERIFY(pl.day(30)->milestoneIds.contains(QStringLiteral("milestone-trying-again")));
        QVERIFY(!itemsOf(pl).isEmpty());
        // The practitioner sets her own follow-up days.
        PlanSettings s = pl.settings;
        s.followUpDays = {3, 10};
        const Plan mine = m_planner.generate(patient(), s);
        QVERIFY(mine.day(3)->milestoneIds.contains(QStringLiteral("milestone-follow-up-visit")));
        QVERIFY(!mine.day(7)->milestoneIds.contains(QStringLiteral("milestone-follow-up-visit")));
        // Milestones count from the loss: a plan started 5 days after it has the test on day 17.
        s = pl.settings;
        s.start = lossDate.addDays(5);
        QVERIFY(m_planner.generate(patient(), s)
                    .day(17)
                    ->milestoneIds.contains(QStringLiteral("milestone-pregnancy-test")));
    }

    void failedIvfGetsItsOwnMilestones()
    {
        const Plan ivf
            = plan(patient(Constitution::Neutral, {}, Management::Natural, LossKind::FailedIvfTransfer, std::nullopt));
        bool review = false;
        for (const PlanDay &d : ivf.days)
            review |= d.milestoneIds.contains(QStringLiteral("milestone-ivf-cycle-review"));
        QVERIFY(review);
        QVERIFY(m_planner.item(QStringLiteral("milestone-ivf-cycle-review"))
                    ->description.en.contains(QLatin1String("full period")));
        for (const PlanDay &d : plan(patient()).days)
            QVERIFY(!d.milestoneIds.contains(QStringLiteral("milestone-ivf-cycle-review")));
    }

    // Every plan carries every general red flag, the crisis one included; the OHSS signs go with a
    // failed transfer or a pregnancy conceived by IVF, not with a natural pregnancy.
    void everyRedFlagGoesWithEveryPlan()
    {
        const QStringList miscarriage = m_planner.redFlagsFor(patient());
        const QStringList ivf = m_planner.redFlagsFor(
            patient(Constitution::Neutral, {}, Management::Natural, LossKind::FailedIvfTransfer));
        QVERIFY(miscarriage.contains(QStringLiteral("red-flag-heavy-bleeding")));
        QVERIFY(miscarriage.contains(QStringLiteral("red-flag-crisis")));
        QVERIFY(!miscarriage.contains(QStringLiteral("red-flag-ohss")));
        // Both read the ectopic signs; only after IVF are they told IVF raises the risk.
        QVERIFY(miscarriage.contains(QStringLiteral("red-flag-ectopic")));
        QVERIFY(!miscarriage.contains(QStringLiteral("red-flag-ectopic-ivf")));
        QVERIFY(!m_planner.item(QStringLiteral("red-flag-ectopic"))->description.en.contains(QLatin1String("IVF")));
        QVERIFY(ivf.contains(QStringLiteral("red-flag-ectopic-ivf")));
        QVERIFY(!ivf.contains(QStringLiteral("red-flag-ectopic")));
        QVERIFY(ivf.contains(QStringLiteral("red-flag-ohss")));
        QVERIFY(ivf.contains(QStringLiteral("red-flag-crisis")));
        QCOMPARE(ivf.size(), miscarriage.size() + 1);
        int all = 0;
        for (const LibraryItem &i : m_planner.library())
            all += i.kind == ItemKind::RedFlag;
        QCOMPARE(int(ivf.size()), all - 1); // one of the two ectopic lines
    }

    // A template's meals come over only where the rules allow them for her: a cold patient's
    // warming dishes and a ticked 生化湯 never reach a hot patient after a D&C.
    void aPlanFromATemplateKeepsOnlyWhatTheRulesAllowHer()
    {
        const Plan coldTemplate
            = plan(patient(Constitution::Cold), {QStringLiteral("sheng-hua-tang"), QStringLiteral("motherwort-egg")});
        QVERIFY(!daysWith(coldTemplate, QStringLiteral("sheng-hua-tang")).isEmpty());
        const PlanPatient hot = patient(Constitution::Heat, {Condition::Anticoagulants}, Management::Surgical);
        const Plan mine = m_planner.fromTemplate(hot, Planner::defaultSettings(hot.loss), coldTemplate);
        QVERIFY(!itemsOf(mine).contains(QStringLiteral("sheng-hua-tang")));
        QVERIFY(!itemsOf(mine).contains(QStringLiteral("motherwort-egg")));
        QVERIFY(!itemsOf(mine).contains(QStringLiteral("sesame-oil-chicken")));
        QVERIFY(m_planner.warnings(mine, hot).isEmpty());
        // What suits her is taken from the template as it was.
        int same = 0;
        for (int d = 1; d <= 30; ++d)
            for (const PlanEntry &e : coldTemplate.day(d)->entries)
                same += mine.day(d)->entry(e.slot) && mine.day(d)->entry(e.slot)->itemId == e.itemId;
        QVERIFY2(same >= 60, qPrintable(QString::number(same)));
    }

    // Limits count kept days wherever they fall: two locked liver soups later in week 1 leave no
    // room for a third on an earlier day.
    void limitsCountKeptDaysLaterInThePlan()
    {
        const PlanPatient p = patient();
        Plan pl = plan(p);
        for (int d : {5, 6}) {
            pl.day(d)->setEntry(Slot::Soup, QStringLiteral("pork-liver-soup"));
            pl.day(d)->locked = true;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            pl = m_planner.generate(p, pl.settings, &pl);
            QCOMPARE(daysWith(pl, QStringLiteral("pork-liver-soup")).mid(0, 2), (QList<int>{5, 6}));
            QVERIFY(m_planner.warnings(pl, p).isEmpty());
        }
    }

    void anUnassessedConstitutionGetsNeitherWarmingNorCoolingDishes()
    {
        const Plan pl = plan(patient(Constitution::NotAssessed));
        for (const QString &id : itemsOf(pl)) {
            const LibraryItem *item = m_planner.item(id);
            QVERIFY2(!item->tags.contains(Tag::HeatConstitution) && !item->tags.contains(Tag::ColdConstitution),
                qPrintable(id));
        }
    }

    void stillBleedingHeavilyHoldsTonicsAndBloodMovingItems()
    {
        const PlanPatient p = patient(Constitution::Cold);
        PlanSettings s = Planner::defaultSettings(p.loss);
        s.heavyBleeding = true;
        s.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        const Plan pl = m_planner.generate(p, s);
        for (const QString &id : itemsOf(pl))
            QVERIFY2(!m_planner.item(id)->tags.contains(Tag::HeavyBleeding), qPrintable(id));
        QVERIFY(m_planner.warnings(pl, p).isEmpty());
        Plan withTonic = pl;
        withTonic.day(20)->setEntry(Slot::Soup, QStringLiteral("donkey-hide-gelatin-chicken"));
        const auto warnings = m_planner.warnings(withTonic, p);
        QVERIFY(std::any_of(warnings.begin(), warnings.end(),
            [](const PlanWarning &w) { return w.reason.en.contains(QLatin1String("bleeding heavily")); }));
    }

    // Reaching the clinic late still brings the pregnancy-test reminder, on day 1.
    void aMilestoneAlreadyDueShowsOnDayOne()
    {
        PlanSettings s = Planner::defaultSettings(patient().loss);
        s.start = lossDate.addDays(25);
        const Plan late = m_planner.generate(patient(), s);
        QVERIFY(late.day(1)->milestoneIds.contains(QStringLiteral("milestone-pregnancy-test")));
        s.start = lossDate.addDays(60);
        QVERIFY(!m_planner.generate(patient(), s)
                     .day(1)
                     ->milestoneIds.contains(QStringLiteral("milestone-pregnancy-test")));
    }

    void shortPlansGetPhasesThatFit()
    {
        for (int days : {14, 18, 21, 30, 42}) {
            PlanSettings s = Planner::defaultSettings(patient().loss);
            s.days = days;
            std::tie(s.expelUntil, s.regulateUntil) = PlanSettings::defaultPhases(days);
            s.followUpDays = {days};
            QVERIFY2(Planner::checkSettings(s).isEmpty(), qPrintable(QString::number(days)));
        }
    }

    void repeatedLossesBringTheInvestigationMilestone()
    {
        PlanPatient p = patient();
        QVERIFY(!plan(p).day(30)->milestoneIds.contains(QStringLiteral("milestone-recurrent-loss")));
        p.lossCount = p.miscarriageCount = 2;
        QVERIFY(plan(p).day(30)->milestoneIds.contains(QStringLiteral("milestone-recurrent-loss")));
    }

    void regenerationKeepsLockedAndEditedDays()
    {
        const PlanPatient p = patient(Constitution::Cold);
        Plan first = plan(p);
        first.day(4)->locked = true;
        first.day(5)->setEntry(Slot::Tea, QStringLiteral("rose-tea"));
        first.day(5)->edited = true;
        first.day(5)->notes = QStringLiteral("She prefers rose tea.");
        const PlanDay day4 = *first.day(4), day5 = *first.day(5);

        PlanSettings s = first.settings;
        s.practitionerItems = {QStringLiteral("sheng-hua-tang")};
        const Plan again = m_planner.generate(p, s, &first);
        QCOMPARE(again.day(4)->entries, day4.entries);
        QCOMPARE(again.day(5)->entries, day5.entries);
        QCOMPARE(again.day(5)->notes, day5.notes);
        QVERIFY(again.day(4)->locked);
        // Unlocked days took the newly ticked formula.
        QVERIFY(!daysWith(again, QStringLiteral("sheng-hua-tang")).isEmpty());
        QVERIFY(!daysWith(again, QStringLiteral("sheng-hua-tang")).contains(4));
    }

    void aWarningForEachKindOfClash()
    {
        const PlanPatient p = patient(Constitution::Heat, {Condition::Diabetes});
        Plan pl = plan(p);
        pl.day(2)->setEntry(Slot::Dinner, QStringLiteral("sesame-oil-chicken")); // heat; tonify only; from day 15
        pl.day(12)->setEntry(Slot::Tea, QStringLiteral("sheng-hua-tang")); // not ticked, past day 7
        for (int d = 1; d <= 9; ++d)
            pl.day(d)->setEntry(Slot::Tea, QStringLiteral("brown-sugar-water")); // diabetes, 9 days > 7, past week 1
        for (int d = 15; d <= 17; ++d)
            pl.day(d)->setEntry(Slot::Soup, QStringLiteral("pork-liver-soup")); // 3 times in a week > 2, outside phase
        pl.day(20)->setEntry(Slot::Snack, QStringLiteral("no-such-item"));
        pl.day(22)->setEntry(Slot::Lunch, QStringLiteral("hakka-yellow-wine-chicken"),
            QStringLiteral("She asked for it; small portion."), {QStringLiteral("contraindicated:heat-constitution")});

        const auto warnings = m_planner.warnings(pl, p);
        auto has = [&](int day, const char *id, PlanWarning::Kind kind) {
            return std::any_of(warnings.begin(), warnings.end(),
                [&](const PlanWarning &w) { return w.day == day && w.itemId == QLatin1String(id) && w.kind == kind; });
        };
        QVERIFY(has(2, "sesame-oil-chicken", PlanWarning::Kind::Contraindicated));
        QVERIFY(has(2, "sesame-oil-chicken", PlanWarning::Kind::OutsidePhase));
        QVERIFY(has(2, "sesame-oil-chicken", PlanWarning::Kind::BeforeDay));
        QVERIFY(has(12, "sheng-hua-tang", PlanWarning::Kind::NotTicked));
        QVERIFY(has(12, "sheng-hua-tang", PlanWarning::Kind::AfterDay));
        QVERIFY(has(1, "brown-sugar-water", PlanWarning::Kind::Contraindicated));
        QVERIFY(has(8, "brown-sugar-water", PlanWarning::Kind::TooManyDays));
        QVERIFY(!has(7, "brown-sugar-water", PlanWarning::Kind::TooManyDays));
        QVERIFY(has(17, "pork-liver-soup", PlanWarning::Kind::TooOftenInWeek));
        QVERIFY(has(15, "pork-liver-soup", PlanWarning::Kind::OutsidePhase));
        QVERIFY(has(20, "no-such-item", PlanWarning::Kind::Missing));
        const auto kept
            = std::find_if(warnings.begin(), warnings.end(), [](const PlanWarning &w) { return w.day == 22; });
        QVERIFY(kept != warnings.end() && kept->keptAnyway());
        // The reason reads in all three languages.
        const auto diabetes = std::find_if(warnings.begin(), warnings.end(), [](const PlanWarning &w) {
            return w.day == 1 && w.kind == PlanWarning::Kind::Contraindicated
                && w.reason.en.contains(QLatin1String("diabetes"));
        });
        QVERIFY(diabetes != warnings.end());
        QCOMPARE(diabetes->reason.en, QStringLiteral("Brown-sugar water is not for her: she has diabetes."));
        QCOMPARE(diabetes->reason.hant, QStringLiteral("紅糖水不適合她：她有糖尿病。"));
        QCOMPARE(diabetes->reason.hans, QStringLiteral("红糖水不适合她：她有糖尿病。"));
    }

    // Liver is left out for her when she plans to conceive, and her avoid list says why: the
    // traditional blood tonic is not silently missing.
    void noLiverWhenPlanningToConceiveIsSaidInWords()
    {
        const PlanPatient trying = patient(Constitution::Neutral, {Condition::PlanningToConceive});
        const Plan pl = plan(trying);
        QVERIFY(m_planner.guidanceFor(ItemKind::Avoid, trying, pl.settings)
                    .contains(QStringLiteral("avoid-liver-conceiving")));
        QVERIFY(!m_planner.guidanceFor(ItemKind::Avoid, patient(), pl.settings)
                     .contains(QStringLiteral("avoid-liver-conceiving")));
        for (const PlanDay &d : pl.days)
            for (const PlanEntry &e : d.entries)
                QVERIFY2(!e.itemId.contains(QLatin1String("liver")), qPrintable(e.itemId));
    }

    // A day never has two dishes built on the same main ingredient (杜仲豬腰 stir-fried and in
    // the soup; motherwort egg and motherwort drink), for any constitution.
    void oneDishADayForEachMainIngredient()
    {
        for (Constitution c : allValues<Constitution>()) {
            const Plan pl = plan(patient(c));
            for (const PlanDay &d : pl.days) {
                QStringList mains;
                for (const PlanEntry &e : d.entries) {
                    const LibraryItem *item = m_planner.item(e.itemId);
                    if (item && !item->ingredients.isEmpty())
                        mains << item->ingredients.constFirst().id;
                }
                const int all = int(mains.size());
                mains.removeDuplicates();
                QVERIFY2(mains.size() == all, qPrintable(QStringLiteral("day %1").arg(d.day)));
            }
        }
    }

    // A reason answers the warnings she saw, not one that appears later.
    void aKeptItemWarnsAgainWhenSomethingNewRulesItOut()
    {
        PlanPatient p = patient(Constitution::Neutral, {Condition::PlanningToConceive});
        Plan pl = plan(p);
        pl.day(10)->setEntry(Slot::Soup, QStringLiteral("sea-bass-soup"));
        QVERIFY(m_planner.warnings(pl, p).isEmpty());
        pl.day(12)->setEntry(Slot::Soup, QStringLiteral("pork-liver-soup"));
        auto warnings = m_planner.warnings(pl, p);
        QCOMPARE(warnings.size(), 1);
        pl.day(12)->setEntry(Slot::Soup, QStringLiteral("pork-liver-soup"),
            QStringLiteral("Not trying for three months."), {warnings.constFirst().key()});
        warnings = m_planner.warnings(pl, p);
        QVERIFY(warnings.constFirst().keptAnyway());
        p.conditions << Condition::SeafoodAllergy << Condition::Anticoagulants;
        pl.day(12)->setEntry(Slot::Soup, QStringLiteral("pork-liver-soup"),
            QStringLiteral("Not trying for three months."), {warnings.constFirst().key()});
        warnings = m_planner.warnings(pl, p);
        const auto seafood
            = std::find_if(warnings.begin(), warnings.end(), [](const PlanWarning &w) { return w.day == 10; });
        QVERIFY(seafood != warnings.end());
        QVERIFY(!seafood->keptAnyway()); // the allergy is new, and open
        const auto liver
            = std::find_if(warnings.begin(), warnings.end(), [](const PlanWarning &w) { return w.day == 12; });
        QVERIFY(liver->keptAnyway());
    }

    void settingsAreChecked_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("expel");
        QTest::addColumn<int>("regulate");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << 30 << 7 << 14 << true;
        QTest::newRow("14 days") << 14 << 5 << 10 << true;
        QTest::newRow("42 days") << 42 << 7 << 14 << true;
        QTest::newRow("13 days") << 13 << 5 << 10 << false;
        QTest::newRow("43 days") << 43 << 7 << 14 << false;
        QTest::newRow("phases out of order") << 30 << 14 << 7 << false;
        QTest::newRow("tonify missing") << 30 << 7 << 30 << false;
    }
    void settingsAreChecked()
    {
        QFETCH(int, days);
        QFETCH(int, expel);
        QFETCH(int, regulate);
        QFETCH(bool, ok);
        PlanSettings s = Planner::defaultSettings(test::makeLoss(lossDate));
        s.days = days;
        s.expelUntil = expel;
        s.regulateUntil = regulate;
        s.followUpDays = {7};
        QCOMPARE(Planner::checkSettings(s).isEmpty(), ok);
    }

    void weeklyShoppingListAddsUp()
    {
        Plan pl = plan(patient());
        for (int d = 8; d <= 14; ++d) {
            pl.day(d)->clearEntry(Slot::Tea);
            pl.day(d)->clearEntry(Slot::Breakfast);
        }
        pl.day(8)->setEntry(Slot::Tea, QStringLiteral("red-date-longan-tea"));
        pl.day(10)->setEntry(Slot::Tea, QStringLiteral("red-date-longan-tea"));
        pl.day(9)->setEntry(Slot::Breakfast, QStringLiteral("astragalus-tangerine-peel-porridge"));
        const auto lines = m_planner.shoppingList(pl, patient(), 2);
        auto line = [&](const char *id) {
            return std::find_if(
                lines.begin(), lines.end(), [&](const ShoppingLine &l) { return l.id == QLatin1String(id); });
        };
        // Lines in grams add up; a dish that gives no amount is a line of its own.
        const auto longan = std::find_if(lines.begin(), lines.end(), [](const ShoppingLine &l) {
            return l.id == QLatin1String("dried-longan") && l.unit == QLatin1String("g");
        });
        QVERIFY(longan != lines.end());
        QCOMPARE(longan->dishes, 2);
        QCOMPARE(longan->amount.value_or(0), 20.0);
        // A dish with longan and no amount, after the measured ones, is still on the list: its
        // serving was once folded into the grams line and lost from the printout.
        auto servings = [](const QList<ShoppingLine> &list) {
            const auto it = std::find_if(list.begin(), list.end(),
                [](const ShoppingLine &l) { return l.id == QLatin1String("dried-longan") && !l.amount; });
            return it == list.end() ? 0 : it->dishes;
        };
        const int before = servings(lines);
        pl.day(12)->setEntry(Slot::Breakfast, QStringLiteral("eight-treasure-porridge"));
        QCOMPARE(servings(m_planner.shoppingList(pl, patient(), 2)), before + 1);
        // A medicinal herb is on the list without the sources' amount: that is the practitioner's.
        const auto astragalus = line("astragalus");
        QVERIFY(astragalus != lines.end());
        QVERIFY(astragalus->herb);
        QVERIFY(!astragalus->amount);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
