// The plan editor as the practitioner uses it: pick an item for a slot, see the warning, keep it
// with a reason, save; lock a day and generate again; start a plan from the main window.
#include "guitestutil.h"
#include "testutil.h"

#include "core/settings.h"
#include "patients/patientlistpanel.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "plan/plansettingsdialog.h"
#include "plan/plangridmodel.h"
#include "plan/planspanel.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/upkeep.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

using namespace rp;

class TestPlanGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Database &m_db = m_workspace.database();
    PatientRepository *m_patients = nullptr;
    PlanRepository *m_plans = nullptr;
    LibraryRepository *m_library = nullptr;
    LanguageManager m_languages;
    Patient m_patient;

    PlanEditor *openEditor()
    {
        auto planner = std::make_unique<Planner>(content::builtInItems());
        const PlanPatient profile = PlanPatient::forLoss(m_patient, m_patient.losses.constFirst().id);
        Plan plan = planner->generate(profile, Planner::defaultSettings(profile.loss));
        plan.patientId = m_patient.id;
        plan.lossId = profile.loss.id;
        plan.title = QStringLiteral("Test plan");
        if (!m_plans->save(plan))
            return nullptr;
        auto *editor = new PlanEditor(m_workspace.planService(), std::move(planner), m_patient, profile, plan);
        editor->show();
        return editor;
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(Language::English);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("plangui.sqlite"))));
        QString message;
        QVERIFY(m_workspace.bringUpToDate(&message));
        m_patients = &m_workspace.patients();
        m_plans = &m_workspace.plans();
        m_library = &m_workspace.library();
        m_patient
            = test::makePatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"), QStringLiteral("HK-0002"));
        m_patient.constitution = Constitution::Heat;
        m_patient.conditions = {Condition::Diabetes};
        m_patient.losses << test::makeLoss(QDate(2026, 11, 20), LossKind::Miscarriage, 11, Management::Surgical);
        QVERIFY(m_patients->save(m_patient));
    }

    // Every day's label fits its column, at any text size: a cut label loses the date below it.
    void theDayColumnFitsEveryDaysLabel()
    {
        for (int size : {100, 150}) {
            // The screen's own font, as the app sets it (the script's families, the text size).
            m_languages.setLanguage(Language::English);
            m_languages.setTextSize(size);
            std::unique_ptr<PlanEditor> editor(openEditor());
            QVERIFY(editor);
            QCoreApplication::processEvents();
            QTableView *grid = editor->grid();
            const int width = grid->horizontalHeader()->sectionSize(PlanGridModel::Day);
            for (int row = 0; row < grid->model()->rowCount(); ++row) {
                const QModelIndex index = grid->model()->index(row, PlanGridModel::Day);
                const QFont cellFont = index.data(Qt::FontRole).value<QFont>().resolve(grid->font());
                for (const QString &line : index.data().toString().split(QLatin1Char('\n')))
                    QVERIFY2(QFontMetrics(cellFont).horizontalAdvance(line) < width, qPrintable(line));
            }
        }
        m_languages.setTextSize(100);
    }

    void changingASlotShowsAWarning()
    {
        PlanEditor *editor = openEditor();
        QVERIFY(editor);
        QVERIFY(editor->warnings().isEmpty()); // a generated plan fits her
        auto *warnings = editor->findChild<QListView *>(QStringLiteral("warningList"));
        QCOMPARE(warnings->model()->rowCount(), 0);

        // Day 2's tea: brown-sugar water, which her diabetes rules out. Picked through the picker.
        const QModelIndex cell = editor->grid()->model()->index(1, PlanGridModel::columnOf(Slot::Tea));
        test::onNextDialog([](QDialog *picker) {
            auto *filter = picker->findChild<QLineEdit *>();
            filter->setText(QStringLiteral("Brown-sugar water"));
            auto *list = picker->findChild<QListView *>();
            QTRY_COMPARE(list->model()->rowCount(), 1);
            QVERIFY(list->model()->index(0, 0).data().toString().contains(QLatin1String("not for her")));
            list->setCurrentIndex(list->model()->index(0, 0));
            test::clickButton(picker, QDialogButtonBox::Ok);
        });
        emit editor->grid()->activated(cell);

        QCOMPARE(editor->plan().day(2)->entry(Slot::Tea)->itemId, QStringLiteral("brown-sugar-water"));
        QVERIFY(editor->plan().day(2)->edited);
        QVERIFY(editor->isDirty());
        QVERIFY(warnings->model()->rowCount() >= 1);
        QStringList shown;
        for (int r = 0; r < warnings->model()->rowCount(); ++r)
            shown << warnings->model()->index(r, 0).data().toString();
        QVERIFY2(shown.join(u'\n').contains(QLatin1String("she has diabetes")), qPrintable(shown.join(u'\n')));
        QVERIFY(cell.data(PlanGridModel::WarningRole).toBool());
        // Seen without colour too: a warning sign beside the name, and words for a screen reader.
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell.data(Qt::AccessibleDescriptionRole).toString().startsWith(QLatin1String("Warning: ")));
        QVERIFY(cell.siblingAtColumn(PlanGridModel::Lunch).data(Qt::DecorationRole).isNull());

        // Keep it anyway, with a reason (for each of its warnings); saved, and shown as kept.
        warnings->setCurrentIndex(warnings->model()->index(0, 0));
        // The reason box lets the keyboard go: Tab leaves it, Enter is OK.
        test::onNextDialog([](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            auto *box = input->findChild<QPlainTextEdit *>();
            QVERIFY(box);
            box->setFocus();
            QTest::keyClicks(box, QStringLiteral("Only a spoonful,"));
            QTest::keyClick(box, Qt::Key_Tab);
            QVERIFY(QApplication::focusWidget() != box);
            box->setFocus();
            QTest::keyClicks(box, QStringLiteral(" after discussing it."));
            QTest::keyClick(box, Qt::Key_Return);
            QCOMPARE(input->result(), int(QDialog::Accepted));
        });
        for (auto *b : editor->findChildren<QPushButton *>())
            if (b->text().remove(u'&') == QStringLiteral("Keep anyway…"))
                b->click();
        const QList<PlanWarning> after = editor->warnings();
        QVERIFY(
            std::all_of(after.begin(), after.end(), [](const PlanWarning &w) { return w.day != 2 || w.keptAnyway(); }));
        QVERIFY(editor->save());
        QVERIFY(!editor->isDirty());
        const auto stored = m_plans->load(editor->plan().id);
        QCOMPARE(stored->day(2)->entry(Slot::Tea)->keepReason, QStringLiteral("Only a spoonful, after discussing it."));
        editor->close();
    }

    // A running plan opens on today, marked as today; the patient's plans say which day she is on.
    void aRunningPlanOpensOnToday()
    {
        auto planner = std::make_unique<Planner>(content::builtInItems());
        const PlanPatient profile = PlanPatient::forLoss(m_patient, m_patient.losses.constFirst().id);
        PlanSettings settings = Planner::defaultSettings(profile.loss);
        settings.start = QDate::currentDate().addDays(-4);
        Plan plan = planner->generate(profile, settings);
        plan.patientId = m_patient.id;
        plan.lossId = profile.loss.id;
        QVERIFY(m_plans->save(plan));
        auto *editor = new PlanEditor(m_workspace.planService(), std::move(planner), m_patient, profile, plan);
        editor->show();
        QCOMPARE(editor->grid()->currentIndex().row(), 4);
        const QString day5 = editor->grid()->model()->index(4, PlanGridModel::Day).data().toString();
        QVERIFY2(day5.endsWith(QStringLiteral(" · today")), qPrintable(day5));
        QVERIFY(
            !editor->grid()->model()->index(3, PlanGridModel::Day).data().toString().contains(QLatin1String("today")));
        editor->close();

        PlanListModel list(m_workspace.planService());
        list.setPatient(m_patient.id);
        bool marked = false;
        for (int r = 0; r < list.rowCount(); ++r)
            marked |= list.index(r).data().toString().contains(
                QStringLiteral("\nToday: day 5 of %1").arg(plan.settings.days));
        QVERIFY(marked);
    }

    void aPlanStartsFromATemplate()
    {
        PlanEditor *editor = openEditor();
        qint64 templateId = 0;
        QVERIFY(m_plans->saveAsTemplate(editor->plan(), QStringLiteral("Heat, after D&C"), &templateId));
        const Plan templ = *m_plans->load(templateId);
        editor->close();
        Settings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        MainWindow window(m_workspace, m_languages, settings);
        window.show();
        window.patientList()->selectPatient(m_patient.id);
        test::onNextDialog([](QDialog *dialog) {
            auto *from = dialog->findChild<QComboBox *>(QStringLiteral("startFrom"));
            QVERIFY(from && from->isVisible() && from->count() == 2);
            from->setCurrentIndex(1);
            test::clickButton(dialog, QDialogButtonBox::Ok);
        });
        window.findChild<QAction *>(QStringLiteral("newPlan"))->trigger();
        auto *opened = window.findChild<PlanEditor *>();
        QVERIFY(opened);
        QCOMPARE(opened->plan().day(10)->entries, templ.day(10)->entries);
        QVERIFY(opened->findChild<QLabel *>(QStringLiteral("redFlags"))->text().contains(QLatin1String("Red flags")));
        opened->close();
    }

    // Keyboard only: Alt+O on the main window opens the selected patient's plan.
    void altOOpensThePlan()
    {
        Settings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("k.ini")), QSettings::IniFormat));
        MainWindow window(m_workspace, m_languages, settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.patientList()->selectPatient(m_patient.id);
        QVERIFY(window.plansPanel()->planList()->model()->rowCount() > 0);
        QTest::keyClick(window.patientList()->searchField(), Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(window.findChild<PlanEditor *>());
        window.findChild<PlanEditor *>()->close();
    }

    // Quitting with an unsaved plan asks first; Cancel keeps both windows open.
    // A patient whose constitution is recorded is judged by it: a neutral patient after a natural
    // loss may have 生化湯 ticked in.
    void practitionerItemsFollowHerOwnProfile()
    {
        Patient neutral = test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"));
        neutral.constitution = Constitution::Neutral;
        neutral.losses << test::makeLoss(
            QDate(2026, 11, 22), LossKind::FailedIvfTransfer, std::nullopt, Management::Natural);
        QVERIFY(m_patients->save(neutral));
        Planner planner(content::builtInItems());
        PlanSettingsDialog dialog(
            planner, neutral, Planner::defaultSettings(neutral.losses.constFirst()), QString(), 0);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("tick-sheng-hua-tang"))->isEnabled());
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("tick-shi-quan-da-bu-tang"))->isEnabled());
    }

    void quittingAsksAboutAnUnsavedPlan()
    {
        Settings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat));
        auto window = std::make_unique<MainWindow>(m_workspace, m_languages, settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->patientList()->selectPatient(m_patient.id);
        QTest::keyClick(window->patientList()->searchField(), Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(window->findChild<PlanEditor *>());
        PlanEditor *editor = window->findChild<PlanEditor *>();
        editor->setSlot(3, Slot::Snack, QStringLiteral("rose-tea"));
        QVERIFY(editor->isDirty());
        const qint64 planId = editor->plan().id;
        test::onNextDialog([](QDialog *box) { test::clickButton(box, QDialogButtonBox::Cancel); });
        QVERIFY(!window->close());
        QVERIFY(window->isVisible() && editor->isVisible());
        test::onNextDialog([](QDialog *box) { test::clickButton(box, QDialogButtonBox::Save); });
        QVERIFY(window->close());
        QCOMPARE(m_plans->load(planId)->day(3)->entry(Slot::Snack)->itemId, QStringLiteral("rose-tea"));
    }

    void lockedDaysSurviveGenerateAgain()
    {
        PlanEditor *editor = openEditor();
        editor->grid()->setCurrentIndex(editor->grid()->model()->index(4, PlanGridModel::columnOf(Slot::Soup)));
        editor->setSlot(5, Slot::Soup, QStringLiteral("sea-bass-soup"));
        editor->findChild<QCheckBox *>(QStringLiteral("dayLocked"))->setChecked(true);
        QVERIFY(editor->plan().day(5)->locked);
        editor->findChild<QPlainTextEdit *>(QStringLiteral("dayNotes"))->setPlainText(QStringLiteral("Likes fish."));
        // Her own choice of rest line for the day.
        auto *rest = editor->findChild<QComboBox *>(QStringLiteral("restChoice"));
        rest->setCurrentIndex(rest->findData(QStringLiteral("daily-rest-days-1-3")));
        emit rest->activated(rest->currentIndex());
        QCOMPARE(editor->plan().day(5)->restId, QStringLiteral("daily-rest-days-1-3"));
        const QList<PlanEntry> before = editor->plan().day(5)->entries;
        editor->regenerate();
        QCOMPARE(editor->plan().day(5)->entries, before);
        QCOMPARE(editor->plan().day(5)->notes, QStringLiteral("Likes fish."));
        QCOMPARE(editor->plan().day(5)->restId, QStringLiteral("daily-rest-days-1-3"));
        // Closing with unsaved changes asks; Discard closes without saving.
        test::onNextDialog([](QDialog *box) { test::clickButton(box, QDialogButtonBox::Discard); });
        QVERIFY(editor->close());
    }

    void startAPlanFromTheMainWindow()
    {
        Settings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        MainWindow window(m_workspace, m_languages, settings);
        window.show();
        window.patientList()->selectPatient(m_patient.id);
        const int before = int(m_plans->plansFor(m_patient.id).size());
        test::onNextDialog([](QDialog *dialog) {
            // 生化湯 cannot be ticked in after a D&C, and the box says why.
            auto *shenghua = dialog->findChild<QCheckBox *>(QStringLiteral("tick-sheng-hua-tang"));
            QVERIFY(shenghua && !shenghua->isEnabled());
            QVERIFY(shenghua->toolTip().contains(QLatin1String("After surgical management")));
            // 補中益氣湯 suits her (no heat tag, nothing she has rules it out).
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("tick-shen-ling-bai-zhu-san"))->isEnabled());
            test::clickButton(dialog, QDialogButtonBox::Ok);
        });
        window.findChild<QAction *>(QStringLiteral("newPlan"))->trigger();
        QCOMPARE(int(m_plans->plansFor(m_patient.id).size()), before + 1);
        auto *editor = window.findChild<PlanEditor *>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(window.plansPanel()->planList()->model()->rowCount(), before + 1);
        editor->close();
    }

    // "Today" lists the follow-up visits due today, read just after the window first paints (so
    // a clinic group's thousands never hold up the start), and opens the plan from there.
    void todayListsTheFollowUpsDue()
    {
        Patient due = test::makePatient(QStringLiteral("Ho Yuen Ting"), QStringLiteral("何婉婷"));
        due.losses << test::makeLoss(QDate::currentDate().addDays(-6));
        QVERIFY(m_patients->save(due));
        Planner planner(content::builtInItems());
        const PlanPatient profile = PlanPatient::forLoss(due, due.losses.constFirst().id);
        PlanSettings settings = Planner::defaultSettings(profile.loss);
        Plan plan = planner.generate(profile, settings);
        const auto today = std::find_if(
            plan.days.cbegin(), plan.days.cend(), [](const PlanDay &d) { return d.date == QDate::currentDate(); });
        QVERIFY(today != plan.days.cend());
        settings.followUpDays = {today->day};
        plan = planner.generate(profile, settings);
        plan.patientId = due.id;
        plan.lossId = profile.loss.id;
        plan.title = QStringLiteral("Follow-up today");
        QVERIFY(m_plans->save(plan));

        Settings appSettings(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        MainWindow window(m_workspace, m_languages, appSettings);
        PlansPanel *panel = window.plansPanel();
        QVERIFY(!panel->todayRead());
        window.show();
        QTRY_VERIFY(panel->todayRead());
        // Other patients' plans (fixed loss dates) can have a visit due today too: find hers.
        QAbstractItemModel *todayModel = panel->todayList()->model();
        const QModelIndexList hers = todayModel->match(
            todayModel->index(0, 0), Qt::DisplayRole, QStringLiteral("何婉婷"), -1, Qt::MatchContains);
        QCOMPARE(hers.size(), 1);
        QVERIFY(panel->findChildren<QLabel *>().constFirst()->text().contains(QStringLiteral("follow-up visits due")));
        emit panel->todayList()->activated(hers.constFirst());
        auto *editor = window.findChild<PlanEditor *>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->plan().id, plan.id);
        editor->close();
    }

    // Two desks edit the same plan: the second save is told, and "Keep mine as a copy" stores her
    // version as a new plan for the same loss; the other desk's save stands.
    void aPlanChangedAtAnotherDeskIsNeverOverwritten()
    {
        PlanEditor *editor = openEditor();
        QVERIFY(editor);
        const qint64 id = editor->plan().id;
        Database otherDesk;
        QVERIFY(otherDesk.open(m_db.path()));
        PlanRepository other(otherDesk);
        Plan there = *other.load(id);
        there.day(3)->notes = QStringLiteral("Other desk: she called about day 3.");
        QVERIFY(other.save(there));

        editor->setSlot(5, Slot::Tea, QStringLiteral("red-date-longan-tea"));
        QVERIFY(editor->isDirty());
        test::onNextDialog([](QDialog *prompt) {
            QVERIFY(prompt->windowTitle().contains(QLatin1String("another desk")));
            for (auto *b : prompt->findChildren<QPushButton *>())
                if (b->text().contains(QLatin1String("copy")))
                    b->click();
        });
        QVERIFY(editor->save());
        QVERIFY(editor->plan().id != id);
        QVERIFY(editor->plan().title.contains(QLatin1String("my copy")));
        QCOMPARE(m_plans->load(id)->day(3)->notes, QStringLiteral("Other desk: she called about day 3."));
        QCOMPARE(
            m_plans->load(editor->plan().id)->day(5)->entry(Slot::Tea)->itemId, QStringLiteral("red-date-longan-tea"));
        QCOMPARE(m_plans->load(editor->plan().id)->lossId, there.lossId);

        // And "Show the latest" puts the other desk's version on her screen.
        there = *other.load(editor->plan().id);
        there.day(7)->notes = QStringLiteral("Changed again elsewhere.");
        QVERIFY(other.save(there));
        editor->setSlot(8, Slot::Tea, QStringLiteral("red-date-longan-tea"));
        test::onNextDialog([](QDialog *prompt) {
            for (auto *b : prompt->findChildren<QPushButton *>())
                if (b->text().contains(QLatin1String("latest")))
                    b->click();
        });
        QVERIFY(!editor->save());
        QVERIFY(!editor->isDirty());
        QCOMPARE(editor->plan().day(7)->notes, QStringLiteral("Changed again elsewhere."));
        editor->close();
    }
};

QTEST_MAIN(TestPlanGui)
#include "tst_plangui.moc"
