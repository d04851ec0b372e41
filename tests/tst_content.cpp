// The shipped content library: every item complete in three languages, traceable to its
// sources, free of medicine doses and unkind wording, and covering the domain facts.
#include "core/chinesescript.h"
#include "core/ingredients.h"
#include "core/library.h"
#include "core/terms.h"

#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rp;

class TestContent : public QObject
{
    Q_OBJECT
    QList<LibraryItem> m_items;
    QSet<QString> m_sources;

    const LibraryItem *byName(const QString &hant) const
    {
        for (const auto &i : m_items) {
            if (i.name.hant == hant)
                return &i;
        }
        return nullptr;
    }
    QList<LibraryItem> ofKind(ItemKind kind) const
    {
        QList<LibraryItem> out;
        for (const auto &i : m_items) {
            if (i.kind == kind)
                out << i;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_items = content::builtInItems(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        for (const Source &s : content::builtInSources())
            m_sources.insert(s.code);
        QVERIFY(m_sources.size() >= 80);
        QVERIFY(simplifiedConversionAvailable());
    }

    void everyItemPassesTheChecks()
    {
        QStringList problems;
        for (const LibraryItem &item : m_items) {
            for (const QString &p : content::check(item, m_sources))
                problems << item.id + QStringLiteral(": ") + p;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void idsAreUnique()
    {
        QSet<QString> seen;
        for (const LibraryItem &item : m_items) {
            QVERIFY2(!seen.contains(item.id), qPrintable(item.id));
            seen.insert(item.id);
        }
    }

    void jsonRoundTripKeepsEverything()
    {
        for (const LibraryItem &item : m_items) {
            QStringList errors;
            const auto back = content::itemFromJson(content::toJson(item), &errors);
            QVERIFY2(back && *back == item, qPrintable(item.id + errors.join(u',')));
        }
    }

    // Every dish, soup, tea and formula of the facts' table (§2), rows naming two dishes split.
    void coversTheFoodTable_data()
    {
        QTest::addColumn<QString>("hant");
        const char *names[] = {"生化湯", "木耳紅棗茶", "紅糖水", "紅糖薑棗茶", "雞蛋紅棗湯", "豆漿大米粥", "鱸魚湯",
            "清豬肝湯", "紅棗雞湯", "蒜蓉紅莧菜", "薑絲紅鳳菜", "蒜蓉地瓜葉", "益母草煮雞蛋", "紅糖益母草湯", "烏雞湯",
            "麻油豬肝", "麻油腰花", "四君子湯加四神湯", "四物湯", "八珍湯", "紅棗桂圓茶", "黃芪陳皮粥",
            "桂圓紅棗鯽魚湯", "北芪黨參燉乳鴿", "紅棗燉雪耳", "山藥雞湯", "黑糯米粥", "清炒絲瓜", "冬瓜湯", "清炒蓮藕",
            "蔬菜豆腐湯", "銀耳百合蓮子湯", "玫瑰花茶", "甘麥大棗粥", "八寶粥", "黑豆茶", "麻油雞", "杜仲腰花",
            "杜仲豬腰湯", "十全大補湯", "當歸生薑羊肉湯", "豬腳薑醋", "花生豬腳湯", "阿膠燉母雞", "海參牛肉湯",
            "人參雞湯", "醪糟雞蛋", "客家黃酒雞"};
        // The facts' table mixes Taiwan and Hong Kong words; the library says them as Hong Kong
        // and Macau do (recipe-facts.md §B), so the row is found under that name.
        const QList<QPair<QString, QString>> regional{{QStringLiteral("豬肝"), QStringLiteral("豬膶")},
            {QStringLiteral("地瓜葉"), QStringLiteral("番薯葉")}, {QStringLiteral("山藥"), QStringLiteral("淮山")},
            {QStringLiteral("腰花"), QStringLiteral("豬腰")}, {QStringLiteral("黃芪"), QStringLiteral("北芪")},
            {QStringLiteral("銀耳"), QStringLiteral("雪耳")}, {QStringLiteral("烏雞湯"), QStringLiteral("竹絲雞湯")},
            {QStringLiteral("大米粥"), QStringLiteral("白米粥")},
            // the cook reads every herb in the pot's name
            {QStringLiteral("人參雞湯"), QStringLiteral("人參當歸雞湯")}};
        for (const char *n : names) {
            QString hongKong = QString::fromUtf8(n);
            for (const auto &[taiwan, hk] : regional)
                hongKong.replace(taiwan, hk);
            QTest::newRow(n) << hongKong;
        }
    }
    void coversTheFoodTable()
    {
        QFETCH(QString, hant);
        const LibraryItem *item = byName(hant);
        QVERIFY2(item, qPrintable(hant));
        QVERIFY(isFood(item->kind));
        QVERIFY(!item->sources.isEmpty());
    }

    void formulasArePractitionerOnlyWithoutAmounts()
    {
        const QStringList formulas{
            QStringLiteral("生化湯"), QStringLiteral("四物湯"), QStringLiteral("八珍湯"), QStringLiteral("十全大補湯")};
        for (const QString &name : formulas) {
            const LibraryItem *item = byName(name);
            QVERIFY2(item && item->practitionerOnly && item->kind == ItemKind::Formula, qPrintable(name));
            // English screens show the name the practitioner and the herb shop know, too.
            QVERIFY(item->screenName(Language::English).startsWith(item->name.en));
            QVERIFY(item->screenName(Language::English).endsWith(name));
            QCOMPARE(item->screenName(Language::TraditionalChinese), name);
            for (const Ingredient &i : item->ingredients)
                QVERIFY(!i.amount);
        }
        // 生化湯: days 3 to 7 after the loss (so at most 5 days), never after surgical management.
        const LibraryItem *shenghua = byName(QStringLiteral("生化湯"));
        QCOMPARE(shenghua->fromDay, std::optional<int>(3));
        QCOMPARE(shenghua->untilDay, std::optional<int>(7));
        QCOMPARE(shenghua->maxDays, std::optional<int>(5));
        QVERIFY(shenghua->tags.contains(Tag::AfterSurgery));
    }

    void quantitiesFromTheFactsAreKept()
    {
        const LibraryItem *soup = byName(QStringLiteral("四君子湯加四神湯"));
        QVERIFY(soup);
        QCOMPARE(soup->ingredients.constFirst().name.hant, QStringLiteral("黨參"));
        QCOMPARE(soup->ingredients.constFirst().amount, std::optional<double>(30));
        QCOMPARE(soup->ingredients.constFirst().unit, QStringLiteral("g"));
        const LibraryItem *mutton = byName(QStringLiteral("當歸生薑羊肉湯"));
        QCOMPARE(mutton->ingredients.constLast().amount, std::optional<double>(50));
    }

    void conflictsShowBothSides_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("word"); // a word from each side must appear
        QTest::addColumn<QString>("other");
        QTest::newRow("trying again") << QStringLiteral("milestone-trying-again") << QStringLiteral("BMJ")
                                      << QStringLiteral("TCM");
        QTest::newRow("motherwort") << QStringLiteral("motherwort-egg") << QStringLiteral("Tradition")
                                    << QStringLiteral("bleeding continues");
        QTest::newRow("rice wine") << QStringLiteral("sesame-oil-chicken") << QStringLiteral("Traditional")
                                   << QStringLiteral("conceive");
        QTest::newRow("liver") << QStringLiteral("pork-liver-soup") << QStringLiteral("blood tonic")
                               << QStringLiteral("UK advice");
        QTest::newRow("lochia") << QStringLiteral("rest-bleeding-course") << QStringLiteral("4 to 6 weeks")
                                << QStringLiteral("2 weeks");
    }
    void conflictsShowBothSides()
    {
        QFETCH(QString, id);
        QFETCH(QString, word);
        QFETCH(QString, other);
        const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const LibraryItem &i) { return i.id == id; });
        QVERIFY2(it != m_items.end(), qPrintable(id));
        QString conflicts;
        for (const ItemNote &n : it->notes) {
            if (n.conflict)
                conflicts += n.text.en + u'\n';
        }
        QVERIFY2(conflicts.contains(word) && conflicts.contains(other), qPrintable(id + u':' + conflicts));
    }

    void redFlagsInTheirMostCautiousForm()
    {
        const auto flags = ofKind(ItemKind::RedFlag);
        QVERIFY(flags.size() >= 8);
        QString all;
        for (const auto &f : flags)
            all += f.description.en + u'\n';
        QVERIFY(all.contains(QLatin1String("a pad in an hour or less")));
        QVERIFY(all.contains(QLatin1String("walnut")));
        QVERIFY(all.contains(QStringLiteral("38 °C")));
        QVERIFY(!all.contains(QLatin1String("2 pads"))); // the less cautious forms are not printed
        QVERIFY(!all.contains(QLatin1String("50p")));
        const auto ohss = std::find_if(
            flags.begin(), flags.end(), [](const LibraryItem &i) { return i.id == QLatin1String("red-flag-ohss"); });
        QVERIFY(ohss != flags.end());
        // After IVF only: a failed transfer or a pregnancy conceived by IVF, not a natural one.
        QCOMPARE(ohss->onlyWhen, QList<PlanFact>{PlanFact::AfterIvf});
        const auto crisis = std::find_if(
            flags.begin(), flags.end(), [](const LibraryItem &i) { return i.id == QLatin1String("red-flag-crisis"); });
        QVERIFY(crisis != flags.end());
        QVERIFY(crisis->onlyWhen.isEmpty() && crisis->lossKinds.isEmpty()); // on every printout
        for (const QString &text : {crisis->description.en, crisis->description.hant, crisis->description.hans}) {
            QVERIFY2(text.contains(QLatin1String("{emergency}")) && text.contains(QLatin1String("{crisis-lines}")),
                qPrintable(text));
        }
        // Numbers she acts on are digits in Chinese too.
        for (const LibraryItem &f : flags) {
            for (const QString &text : {f.description.hant, f.description.hans})
                QVERIFY2(!text.contains(QStringLiteral("三十八")) && !text.contains(QStringLiteral("兩週"))
                        && !text.contains(QStringLiteral("两周")),
                    qPrintable(text));
        }
        QVERIFY(ohss->description.en.contains(QLatin1String("rapid weight gain")));
    }

    void milestonesAndRestGuidance()
    {
        QVERIFY(ofKind(ItemKind::Milestone).size() >= 5);
        QVERIFY(ofKind(ItemKind::Rest).size() >= 8);
        QVERIFY(ofKind(ItemKind::Avoid).size() >= 3);
    }

    // The checks themselves catch what they promise to.
    void checksCatchProblems()
    {
        LibraryItem item = m_items.constFirst();
        item.practitionerOnly = false;
        item.kind = ItemKind::Soup;
        item.description.en = QStringLiteral("Take paracetamol 500 mg for pain.");
        item.description.hans = QStringLiteral("生化湯");
        item.name.en = QStringLiteral("Soup for your baby");
        item.sources = {QStringLiteral("X99")};
        const QString problems = content::check(item, m_sources).join(u'\n');
        QVERIFY(problems.contains(QLatin1String("medicine or a dose")));
        QVERIFY(problems.contains(QLatin1String("unkind")));
        QVERIFY(problems.contains(QLatin1String("Traditional characters")));
        QVERIFY(problems.contains(QLatin1String("X99")));
        // IVF's own name (試管嬰兒) is not flagged.
        item = m_items.constFirst();
        item.description.hant = QStringLiteral("試管嬰兒療程");
        item.description.hans = QStringLiteral("试管婴儿疗程");
        QVERIFY(!content::check(item, m_sources).join(u'\n').contains(QLatin1String("unkind")));
        // Doses written in Chinese, or hidden in an ingredient's unit, are caught too.
        for (const char *dose : {"每天400微克。", "5毫克/日", "服用葉酸400微克"}) {
            item = m_items.constFirst();
            item.description.hant = QString::fromUtf8(dose);
            QVERIFY2(content::check(item, m_sources).join(u'\n').contains(QLatin1String("dose")), dose);
        }
        item = m_items.at(1);
        item.ingredients << Ingredient{
            {QStringLiteral("Folic acid"), QStringLiteral("葉酸"), QStringLiteral("叶酸")}, 5.0, QStringLiteral("mg")};
        QVERIFY(content::check(item, m_sources).join(u'\n').contains(QLatin1String("g, ml or piece")));
        // A clinic's own motherwort dish is practitioner-only or refused.
        item = m_items.at(1);
        Ingredient motherwort;
        motherwort.id = QStringLiteral("motherwort");
        item.ingredients << motherwort;
        QVERIFY(content::check(item, m_sources).join(u'\n').contains(QLatin1String("motherwort")));
        // A free-text ingredient cannot be read by the rules: it must come from the list.
        item = m_items.at(1);
        item.ingredients << Ingredient{
            {QStringLiteral("Mystery root"), QStringLiteral("神秘根"), QStringLiteral("神秘根")}, std::nullopt, {}};
        QVERIFY(content::check(item, m_sources).join(u'\n').contains(QLatin1String("ingredient list")));
        // Three medicinal herbs make a formula, whatever the dish is called.
        item = m_items.at(1);
        item.practitionerOnly = false;
        item.ingredients.clear();
        for (const char *herb : {"codonopsis", "poria", "atractylodes"}) {
            Ingredient i;
            i.id = QLatin1String(herb);
            item.ingredients << i;
        }
        QVERIFY(content::check(item, m_sources).join(u'\n').contains(QLatin1String("built on a formula")));
        // A pack amount belongs to a herb only.
        item = m_items.at(1);
        item.ingredients.first().packAmount = 10;
        item.ingredients.first().unit = QStringLiteral("g");
        if (!ingredients::find(item.ingredients.first().id)->herb)
            QVERIFY(content::check(item, m_sources).join(u'\n').contains(QLatin1String("pack amount")));
    }

    // The controlled ingredient list every rule reads: complete in three languages, sourced, and
    // every food names its ingredients from it.
    void theIngredientListIsCompleteAndUsedByEveryFood()
    {
        QStringList errors;
        const QList<IngredientInfo> &list = ingredients::all(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(list.size() > 50);
        QSet<QString> ids;
        for (const IngredientInfo &i : list) {
            QVERIFY2(!ids.contains(i.id), qPrintable(i.id));
            ids.insert(i.id);
            QVERIFY2(!i.name.en.isEmpty() && !i.name.hant.isEmpty() && !i.name.hans.isEmpty(), qPrintable(i.id));
            if (simplifiedConversionAvailable())
                QVERIFY2(simplifiedCharacters(i.name.hans) == i.name.hans, qPrintable(i.name.hans));
            QVERIFY2(!i.sources.isEmpty(), qPrintable(i.id));
            for (const QString &s : i.sources)
                QVERIFY2(m_sources.contains(s), qPrintable(i.id + u' ' + s));
            for (const ItemNote &n : i.notes) {
                QVERIFY2(!n.text.en.isEmpty() && !n.text.hant.isEmpty() && !n.text.hans.isEmpty(), qPrintable(i.id));
                for (const QString &s : n.sources)
                    QVERIFY2(m_sources.contains(s), qPrintable(i.id + u' ' + s));
            }
        }
        for (const LibraryItem &item : m_items)
            for (const Ingredient &line : item.ingredients)
                QVERIFY2(ingredients::find(line.id), qPrintable(item.id + u' ' + line.name.en));
        // Hong Kong and Macau market words in Traditional, mainland words in Simplified.
        QCOMPARE(ingredients::find(QStringLiteral("chinese-yam"))->name.hant, QStringLiteral("淮山"));
        QCOMPARE(ingredients::find(QStringLiteral("chinese-yam"))->name.hans, QStringLiteral("山药"));
        QCOMPARE(ingredients::find(QStringLiteral("astragalus"))->name.hant, QStringLiteral("北芪"));
        QCOMPARE(ingredients::find(QStringLiteral("astragalus"))->name.hans, QStringLiteral("黄芪"));
        QCOMPARE(ingredients::find(QStringLiteral("black-chicken"))->name.hant, QStringLiteral("竹絲雞"));
        QCOMPARE(ingredients::find(QStringLiteral("sweet-potato-leaves"))->name.hans, QStringLiteral("红薯叶"));
        // Sea cucumber (海參) is seafood, not a tonic herb like ginseng (人參).
        QVERIFY(!ingredients::find(QStringLiteral("sea-cucumber"))->has(IngredientProperty::Tonic));
        QVERIFY(ingredients::find(QStringLiteral("ginseng"))->has(IngredientProperty::Tonic));
    }

    // An old clinic item's free-text ingredient is read as the list entry it names.
    void oldFreeTextIngredientsAreMatchedToTheList()
    {
        const QByteArray json
            = R"json({"id": "clinic-stew", "kind": "dish", "name": {"en": "Stew", "zh-Hant": "燉菜", "zh-Hans": "炖菜"},
            "description": {"en": "x", "zh-Hant": "x", "zh-Hans": "x"}, "slots": ["lunch"], "phases": ["tonify"], "sources": ["CLINIC"],
            "ingredients": [{"name": {"en": "Brown sugar", "zh-Hant": "紅糖", "zh-Hans": "红糖"}, "amount": 30, "unit": "g"},
                            {"name": {"en": "Rice wine (optional)", "zh-Hant": "米酒（可不用）", "zh-Hans": "米酒（可不用）"}}]})json";
        QStringList errors;
        const auto item = content::itemFromJson(QJsonDocument::fromJson(json).object(), &errors);
        QVERIFY2(item, qPrintable(errors.join(u'\n')));
        QCOMPARE(item->ingredients.at(0).id, QStringLiteral("brown-sugar"));
        QCOMPARE(item->ingredients.at(0).amount, std::optional<double>(30));
        QCOMPARE(item->ingredients.at(1).id, QStringLiteral("rice-wine"));
        QVERIFY(item->ingredients.at(1).optional);
    }

    void fingerprintIsStable()
    {
        QCOMPARE(content::builtInFingerprint(), content::builtInFingerprint());
        QCOMPARE(content::builtInFingerprint().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
