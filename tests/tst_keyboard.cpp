// The day without a mouse: in every dialog and window Tab visits the controls in the order they
// are seen and the first field has the focus; every control it reaches has a name a screen reader
// can say; each Alt+letter has one target; the patient list, the plans and the plan editor answer
// to keys alone (search, Down, Enter; Enter in the grid, Delete, Ctrl+S, Ctrl+W).
#include "guitestutil.h"
#include "testutil.h"

#include "core/settings.h"
#include "library/itemdialog.h"
#include "library/librarywindow.h"
#include "patients/auditdialog.h"
#include "patients/auditmodel.h"
#include "patients/lossdialog.h"
#include "patients/patientcontroller.h"
#include "patients/datefield.h"
#include "patients/patientdialog.h"
#include "patients/patientlistpanel.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "plan/plangridmodel.h"
#include "plan/plansettingsdialog.h"
#include "plan/planspanel.h"
#include "plan/shoppinglistdialog.h"
#include "print/clinicsettingsdialog.h"
#include "print/printdialog.h"
#include "print/printhistorydialog.h"
#include "print/printhistorymodel.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/libraryservice.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/upkeep.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCalendarWidget>
#include <QTimer>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace rp;

namespace {

// The control a key press lands on, as she sees it: a date or a number box rather than the line
// edit inside it, a tab widget rather than its row of tabs.
QWidget *controlOf(QWidget *w)
{
    while (w && w->parentWidget()
        && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QTabWidget *>(w->parentWidget()) || w->parentWidget()->inherits("rp::DateField")))
        w = w->parentWidget();
    return w;
}

QString nameOf(QWidget *w)
{
    w = controlOf(w);
    if (!w)
        return QStringLiteral("<nothing>");
    if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
        return w->objectName();
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        return b->text().remove(u'&');
    return QString::fromLatin1(w->metaObject()->className());
}

// Something a screen reader can say for the control: its accessible name, its own text (a button,
// a check box, the tabs) or the text of the label that is its buddy.
bool hasName(QWidget *w)
{
    w = controlOf(w);
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        return !b->text().remove(u'&').trimmed().isEmpty();
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).trimmed().isEmpty())
                return false;
        }
        return tabs->count() > 0;
    }
    const auto labels = w->window()->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
        [w](const QLabel *l) { return l->buddy() == w && !l->text().trimmed().isEmpty(); });
}

struct Walk
{
    QStringList names;
    QStringList unnamed; // reached by Tab, but nothing to say what it is
};

// Presses Tab from the focused control until the focus comes back to it (or `limit` presses).
Walk tabWalk(int limit = 60)
{
    Walk walk;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return {{QStringLiteral("<no focus>")}, {}};
    QWidget *w = start;
    int stay = 0; // Tab presses a date box kept (it steps through day, month and year first)
    for (int i = 0; i < limit; ++i) {
        if (stay == 0) {
            walk.names << nameOf(w);
            if (!hasName(w))
                walk.unnamed << nameOf(w);
        }
        QWidget *before = controlOf(w);
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
        if (!w) {
            walk.names << QStringLiteral("<focus lost>");
            break;
        }
        if (controlOf(w) == before && qobject_cast<QDateTimeEdit *>(before) && ++stay < 3)
            continue;
        if (controlOf(w) == before) {
            walk.names << QStringLiteral("<Tab stays in %1>").arg(nameOf(w));
            break;
        }
        stay = 0;
        if (w == start)
            break;
    }
    return walk;
}

// The visible buttons of the window's button box, in the order the box shows them (it differs by
// desktop, so the expected orders below name the box, not its buttons).
QStringList boxButtons(QWidget *window)
{
    QStringList out;
    const auto boxes = window->findChildren<QDialogButtonBox *>();
    if (boxes.isEmpty())
        return out;
    QLayout *row = boxes.constFirst()->layout();
    for (int i = 0; row && i < row->count(); ++i) {
        QWidget *w = row->itemAt(i)->widget();
        if (w && w->isVisibleTo(window) && w->isEnabled() && w->focusPolicy() & Qt::TabFocus)
            out << nameOf(w);
    }
    return out;
}

QStringList expand(QWidget *window, const QStringList &expected)
{
    QStringList out;
    for (const QString &e : expected) {
        if (e == QLatin1String("<buttons>"))
            out << boxButtons(window);
        else
            out << e;
    }
    return out;
}

// What is wrong with the window's Alt+letters on the page showing: two targets for one letter, a
// label with a letter but no buddy, or (in Chinese) a letter not in the "(&X)" form.
QString mnemonicProblems(QWidget *window, bool chinese)
{
    QStringList texts;
    QStringList problems;
    static const QRegularExpression chineseForm(QStringLiteral("\\(&[A-Za-z0-9]\\)"));
    const auto note = [&](const QString &text) {
        if (QKeySequence::mnemonic(text).isEmpty())
            return;
        texts << text;
        if (chinese && !chineseForm.match(text).hasMatch())
            problems << QStringLiteral("not in the (&X) form: ") + text;
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window))
            continue;
        // A label's letter works only through a buddy; rich text without one (a heading) has none.
        if (!label->buddy() && Qt::mightBeRichText(label->text()))
            continue;
        if (!QKeySequence::mnemonic(label->text()).isEmpty() && !label->buddy())
            problems << QStringLiteral("no buddy: ") + label->text();
        note(label->text());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(window) && !qobject_cast<QWidget *>(b->parent())->inherits("QTabBar"))
            note(b->text());
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (g->isVisibleTo(window))
            note(g->title());
    }
    for (QTabWidget *t : window->findChildren<QTabWidget *>()) {
        if (t->isVisibleTo(window)) {
            for (int i = 0; i < t->count(); ++i)
                note(t->tabText(i));
        }
    }
    if (const QString clash = test::mnemonicClash(texts); !clash.isEmpty())
        problems << QStringLiteral("same letter: ") + clash;
    return problems.join(QStringLiteral("; "));
}

// The same, for every page of the window's tab widgets.
QString allMnemonicProblems(QWidget *window, bool chinese)
{
    QStringList problems;
    const auto tabs = window->findChildren<QTabWidget *>();
    if (tabs.isEmpty())
        return mnemonicProblems(window, chinese);
    for (QTabWidget *t : tabs) {
        for (int i = 0; i < t->count(); ++i) {
            t->setCurrentIndex(i);
            if (const QString p = mnemonicProblems(window, chinese); !p.isEmpty())
                problems << QStringLiteral("page %1: %2").arg(i).arg(p);
        }
        t->setCurrentIndex(0);
    }
    return problems.join(QStringLiteral("; "));
}

// Runs `step` on the next modal dialog, however late it opens (a button's letter clicks it only
// after a moment, when test::onNextDialog has stopped looking).
void whenDialogOpens(std::function<void(QDialog *)> step)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, step] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            step(dialog);
        }
    });
    timer->start();
}

bool showActive(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Database &m_db = m_workspace.database();
    PatientRepository *m_patients = nullptr;
    PlanRepository *m_plans = nullptr;
    LibraryRepository *m_library = nullptr;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;
    Patient m_patient;
    std::unique_ptr<Planner> m_planner;
    Plan m_plan;
    PlanPatient m_profile;

    // Every dialog and window of the day, made afresh (in the current language).
    std::unique_ptr<QWidget> make(const QString &which)
    {
        if (which == QLatin1String("patient"))
            return std::make_unique<PatientDialog>(m_patient);
        if (which == QLatin1String("newPatient"))
            return std::make_unique<PatientDialog>(Patient{});
        if (which == QLatin1String("loss"))
            return std::make_unique<LossDialog>(Loss{}, QDate(1990, 1, 1));
        if (which == QLatin1String("audit"))
            return std::make_unique<AuditDialog>(m_patient.displayName(), new AuditModel);
        if (which == QLatin1String("planSettings"))
            return std::make_unique<PlanSettingsDialog>(*m_planner, m_patient,
                Planner::defaultSettings(m_patient.losses.constFirst()), QString(), 0,
                QList<QPair<QString, qint64>>{{QStringLiteral("Heat"), 1}});
        if (which == QLatin1String("picker"))
            return std::make_unique<ItemPickerDialog>(*m_planner, m_plan, m_profile, 3, Slot::Lunch);
        if (which == QLatin1String("shopping"))
            return std::make_unique<ShoppingListDialog>(*m_planner, m_plan, PlanPatient{});
        if (which == QLatin1String("print"))
            return std::make_unique<PrintDialog>(m_patient.displayName(), m_plan.title, PrintOptions{});
        if (which == QLatin1String("clinic"))
            return std::make_unique<ClinicSettingsDialog>(
                ClinicInfo{}, [](const ClinicInfo &, QString *) { return true; });
        if (which == QLatin1String("printHistory"))
            return std::make_unique<PrintHistoryDialog>(m_patient.displayName(), new PrintHistoryModel);
        if (which == QLatin1String("library"))
            return std::make_unique<LibraryWindow>(m_workspace.libraryService());
        if (which == QLatin1String("item")) {
            LibraryItem blank;
            blank.kind = ItemKind::Soup;
            return std::make_unique<ItemDialog>(blank, true);
        }
        if (which == QLatin1String("editor"))
            return std::make_unique<PlanEditor>(m_workspace.planService(),
                std::make_unique<Planner>(content::builtInItems()), m_patient, m_profile, m_plan);
        if (which == QLatin1String("main"))
            return std::make_unique<MainWindow>(m_workspace, m_languages, *m_settings);
        return nullptr;
    }

    static QStringList windows()
    {
        return {QStringLiteral("patient"), QStringLiteral("newPatient"), QStringLiteral("loss"),
            QStringLiteral("audit"), QStringLiteral("planSettings"), QStringLiteral("picker"),
            QStringLiteral("shopping"), QStringLiteral("print"), QStringLiteral("clinic"),
            QStringLiteral("printHistory"), QStringLiteral("library"), QStringLiteral("item"), QStringLiteral("editor"),
            QStringLiteral("main")};
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        m_languages.setLanguage(Language::English);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("keys.sqlite"))));
        QString message;
        QVERIFY2(m_workspace.bringUpToDate(&message), qPrintable(message));
        m_patients = &m_workspace.patients();
        m_plans = &m_workspace.plans();
        m_library = &m_workspace.library();
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat));
        for (const auto &[en, zh] : {std::pair{"Wong Mei Ling", "黃美玲"}, std::pair{"Chan Siu Ming", "陳小明"},
                 std::pair{"Lam Ka Yee", "林嘉儀"}, std::pair{"Cheung Wai Man", "張慧敏"}}) {
            Patient other = test::makePatient(QString::fromUtf8(en), QString::fromUtf8(zh));
            other.losses << test::makeLoss(QDate(2026, 10, 2));
            QVERIFY(m_patients->save(other));
        }
        m_patient
            = test::makePatient(QStringLiteral("Ho Wing Sze"), QStringLiteral("何詠詩"), QStringLiteral("HK-7001"));
        m_patient.losses << test::makeLoss(QDate(2026, 11, 2), LossKind::Miscarriage, 9, Management::Surgical);
        // Assessed, so every control of the plan settings is offered (wine waits for an assessment).
        m_patient.constitution = Constitution::Cold;
        QVERIFY(m_patients->save(m_patient));
        m_planner = std::make_unique<Planner>(content::builtInItems());
        m_profile = PlanPatient::forLoss(m_patient, m_patient.losses.constFirst().id);
        m_plan = m_planner->generate(m_profile, Planner::defaultSettings(m_profile.loss));
        m_plan.patientId = m_patient.id;
        m_plan.lossId = m_profile.loss.id;
        m_plan.title = QStringLiteral("After 2 Nov");
        QVERIFY(m_plans->save(m_plan));
    }

    // Tab goes round the controls in the order she sees them, starting at the first field.
    void tabFollowsTheScreen_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<int>("page"); // of its tab widget
        QTest::addColumn<QStringList>("expected");
        const auto row
            = [](const char *name, const QString &window, int page, std::initializer_list<const char *> order) {
                  QStringList names;
                  for (const char *n : order)
                      names << QString::fromLatin1(n);
                  QTest::newRow(name) << window << page << names;
              };
        row("patient details", QStringLiteral("newPatient"), 0,
            {"nameEn", "nameZh", "birthDate", "phone", "fileNumber", "constitution", "printLanguage", "notes",
                "<buttons>", "patientTabs"});
        row("patient losses", QStringLiteral("patient"), 2,
            {"patientTabs", "lossTable", "addLoss", "editLoss", "removeLoss", "<buttons>"});
        row("loss", QStringLiteral("loss"), 0,
            {"lossDate", "lossKind", "conceivedByIvf", "gestationalWeek", "management", "lossNotes", "<buttons>"});
        row("audit", QStringLiteral("audit"), 0, {"auditLog", "<buttons>"});
        row("plan settings", QStringLiteral("planSettings"), 0,
            {"planLoss", "startFrom", "planTitle", "planStart", "planDays", "expelUntil", "regulateUntil",
                "followUpDays", "heavyBleeding", "wineChosen", "*tick-", "<buttons>"});
        row("item picker", QStringLiteral("picker"), 0, {"pickerFilter", "pickerList", "<buttons>"});
        row("shopping list", QStringLiteral("shopping"), 0, {"shoppingWeek", "shoppingTable", "<buttons>"});
        row("print", QStringLiteral("print"), 0,
            {"document-diet", "document-rest", "document-calendar", "document-shopping", "calendarWithoutPrivate",
                "printLanguage", "paperSize", "largePrint", "previewButton", "exportButton", "Close", "printButton"});
        row("clinic settings", QStringLiteral("clinic"), 0,
            {"clinicNameEn", "clinicNameZh", "clinicAddressEn", "clinicAddressZh", "clinicPhone", "practitionerEn",
                "practitionerZh", "chooseLogo", "emergencyNumber", "crisis1NameEn", "crisis1NameZh", "crisis1Number",
                "crisis2NameEn", "crisis2NameZh", "crisis2Number", "<buttons>"});
        row("print history", QStringLiteral("printHistory"), 0, {"printHistory", "<buttons>"});
        row("library", QStringLiteral("library"), 0,
            {"librarySearch", "kindFilter", "phaseFilter", "slotFilter", "constitutionFilter", "tagFilter",
                "showHidden", "libraryTable", "itemDetails", "newItem", "editItem", "hideItem"});
        row("library item names", QStringLiteral("item"), 0,
            {"name-en", "name-zh-Hant", "name-zh-Hans", "description-en", "description-zh-Hant", "description-zh-Hans",
                "fillSimplified", "sources", "<buttons>", "itemTabs"});
        row("library item use", QStringLiteral("item"), 1,
            {"itemTabs", "itemKind", "fromDay", "untilDay", "maxDays", "perWeek", "*", "<buttons>"});
        row("library item ingredients", QStringLiteral("item"), 2,
            {"itemTabs", "ingredients", "addIngredient", "removeIngredient", "<buttons>"});
        row("plan editor", QStringLiteral("editor"), 0,
            {"planGrid", "restChoice", "dayLocked", "dayNotes", "warningList", "generateAgain", "planSettings",
                "shoppingListButton", "duplicatePlan", "saveAsTemplate", "printPlan", "savePlan"});
        row("main window", QStringLiteral("main"), 0,
            {"patientSearch", "patientTable", "showArchived", "todayList", "planList", "newPlanButton",
                "openPlanButton"});
    }
    void tabFollowsTheScreen()
    {
        QFETCH(QString, window);
        QFETCH(int, page);
        QFETCH(QStringList, expected);
        std::unique_ptr<QWidget> w = make(window);
        QVERIFY(w);
        if (auto *main = qobject_cast<MainWindow *>(w.get()))
            main->patientList()->selectPatient(m_patient.id);
        QVERIFY(showActive(w.get()));
        if (page > 0) {
            auto *tabs = w->findChild<QTabWidget *>();
            tabs->setCurrentIndex(page);
            tabs->setFocus(Qt::TabFocusReason);
            if (auto *table = w->findChild<QTableView *>(QStringLiteral("lossTable")))
                table->selectRow(0); // her loss, so Edit and Remove are on
        }
        const Walk walk = tabWalk();
        QStringList want = expand(w.get(), expected);
        // "*prefix" stands for the run of controls (check boxes) whose names start so.
        QStringList got = walk.names;
        for (int i = 0; i < want.size(); ++i) {
            if (!want.at(i).startsWith(u'*'))
                continue;
            const QString prefix = want.at(i).mid(1);
            int end = i;
            const QString after = i + 1 < want.size() ? want.at(i + 1) : QString();
            const QStringList afterNames
                = after == QLatin1String("<buttons>") ? boxButtons(w.get()) : QStringList{after};
            while (end < got.size() && got.at(end).startsWith(prefix) && !afterNames.contains(got.at(end)))
                ++end;
            QVERIFY2(end > i,
                qPrintable(QStringLiteral("no run of %1 at %2 in: %3").arg(want.at(i)).arg(i).arg(got.join(u' '))));
            got.remove(i, end - i);
            got.insert(i, want.at(i));
        }
        QCOMPARE(got.join(QStringLiteral(", ")), want.join(QStringLiteral(", ")));
        QVERIFY2(walk.unnamed.isEmpty(),
            qPrintable(QStringLiteral("no accessible name or label: ") + walk.unnamed.join(u' ')));
    }

    // Each Alt+letter has one target on each page, in every language; a label with one leads to its field.
    void lettersAreUniqueAndLead_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<int>("language");
        for (Language l : allLanguages()) {
            for (const QString &w : windows())
                QTest::newRow(qPrintable(w + u' ' + languageCode(l))) << w << int(l);
        }
    }
    void lettersAreUniqueAndLead()
    {
        QFETCH(QString, window);
        QFETCH(int, language);
        m_languages.setLanguage(Language(language));
        std::unique_ptr<QWidget> w = make(window);
        QVERIFY(w);
        w->show();
        const QString problems = allMnemonicProblems(w.get(), Language(language) != Language::English);
        m_languages.setLanguage(Language::English);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The controls without a visible label keep a name in the language she switches to.
    void namesFollowTheLanguage()
    {
        auto main = make(QStringLiteral("main"));
        auto library = make(QStringLiteral("library"));
        auto editor = make(QStringLiteral("editor"));
        m_languages.setLanguage(Language::TraditionalChinese);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QString search = main->findChild<QLineEdit *>(QStringLiteral("patientSearch"))->accessibleName();
        const QString grid = editor->findChild<QTableView *>(QStringLiteral("planGrid"))->accessibleName();
        const QString items = library->findChild<QTableView *>(QStringLiteral("libraryTable"))->accessibleName();
        m_languages.setLanguage(Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (const QString &name : {search, grid, items}) {
            QVERIFY2(!name.isEmpty(), "an empty name");
            QVERIFY2(name.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(name));
        }
        QCOMPARE(main->findChild<QLineEdit *>(QStringLiteral("patientSearch"))->accessibleName(),
            QStringLiteral("Search patients"));
    }

    // Find her by typing, go down into the list, Enter: her record opens. Keys only.
    void searchDownEnterOpensHer()
    {
        auto w = make(QStringLiteral("main"));
        auto *main = static_cast<MainWindow *>(w.get());
        QVERIFY(showActive(main));
        QLineEdit *search = main->patientList()->searchField();
        QTRY_COMPARE(QApplication::focusWidget(), search); // the window opens ready to search
        QTest::keyClicks(search, QStringLiteral("wing sze"));
        QTableView *table = main->patientList()->table();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(main->patientList()->currentPatientId(), m_patient.id);
        QString opened;
        test::onNextDialog([&opened](QDialog *dialog) {
            opened = dialog->findChild<QLineEdit *>(QStringLiteral("nameEn"))->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened, m_patient.nameEn);
        // Up from the first row goes back to the search field, to look for the next patient.
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(main->focusWidget(), search);
    }

    // With several matches, Down lands on the first and the arrows move on; Tab leaves the list.
    void downThenArrowsThroughSeveral()
    {
        auto w = make(QStringLiteral("main"));
        auto *main = static_cast<MainWindow *>(w.get());
        QVERIFY(showActive(main));
        QLineEdit *search = main->patientList()->searchField();
        QTest::keyClicks(search, QStringLiteral("m")); // Mei Ling, Siu Ming, Wai Man
        QTableView *table = main->patientList()->table();
        QTRY_VERIFY(table->model()->rowCount() >= 3);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("showArchived"));
    }

    // Her plans from the keyboard: Tab to the list, Enter opens the plan; Alt+N starts a new one.
    void plansPanelByKeys()
    {
        auto w = make(QStringLiteral("main"));
        auto *main = static_cast<MainWindow *>(w.get());
        QVERIFY(showActive(main));
        QTest::keyClicks(main->patientList()->searchField(), QStringLiteral("HK-7001"));
        QTest::keyClick(main->patientList()->searchField(), Qt::Key_Down);
        QListView *plans = main->plansPanel()->planList();
        for (int i = 0; i < 5 && QApplication::focusWidget() != plans; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), plans);
        QVERIFY(plans->currentIndex().isValid());
        QTest::keyClick(plans, Qt::Key_Return);
        PlanEditor *editor = nullptr;
        QTRY_VERIFY((editor = main->findChild<PlanEditor *>()) && editor->isVisible());
        QCOMPARE(editor->plan().id, m_plan.id);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTRY_COMPARE(QApplication::focusWidget(), editor->grid()); // ready to move through the days
        QApplication::setActiveWindow(editor); // offscreen, a new window is not always made active
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QPointer<PlanEditor> open(editor);
        QTest::keyClick(editor->grid(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(open.isNull() || !open->isVisible()); // closed (nothing to save)
        QTRY_VERIFY(open.isNull());

        QApplication::setActiveWindow(main);
        QVERIFY(QTest::qWaitForWindowActive(main));
        bool asked = false;
        whenDialogOpens([&asked](QDialog *dialog) {
            asked = dialog->objectName() == QLatin1String("planSettingsDialog");
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        auto *newPlan = main->plansPanel()->findChild<QPushButton *>(QStringLiteral("newPlanButton"));
        QVERIFY2(newPlan->isEnabled(), "New plan is off");
        QTest::keyClick(main->plansPanel()->planList(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(asked); // a button's letter clicks it a moment later, as a click is shown
    }

    // In the grid: arrows to a day and meal, Enter, type, Enter picks the one match; Delete
    // empties a meal; Ctrl+S saves; Escape closes.
    void planEditorByKeys()
    {
        auto w = make(QStringLiteral("editor"));
        auto *editor = static_cast<PlanEditor *>(w.release()); // deletes itself on close
        QPointer<PlanEditor> alive(editor);
        QVERIFY(showActive(editor));
        QTableView *grid = editor->grid();
        QCOMPARE(QApplication::focusWidget(), grid);
        QCOMPARE(grid->currentIndex().row(), 0);
        QTest::keyClick(grid, Qt::Key_Down);
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentIndex().row(), 2);
        while (PlanGridModel::slotOf(grid->currentIndex().column()) != Slot::Tea) {
            const int before = grid->currentIndex().column();
            QTest::keyClick(grid, Qt::Key_Right);
            QVERIFY(grid->currentIndex().column() != before);
        }
        test::onNextDialog([](QDialog *picker) {
            QWidget *filter = picker->focusWidget();
            QVERIFY(filter);
            QCOMPARE(filter->objectName(), QStringLiteral("pickerFilter"));
            QTest::keyClicks(filter, QStringLiteral("Red-date and longan tea"));
            QTest::keyClick(filter, Qt::Key_Return);
            if (picker->isVisible())
                picker->reject(); // let the test go on to report it
        });
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(editor->plan().day(3)->entry(Slot::Tea)->itemId, QStringLiteral("red-date-longan-tea"));
        QVERIFY(editor->isDirty());

        QApplication::setActiveWindow(editor); // back from the picker (offscreen does not do it)
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClick(grid, Qt::Key_Delete);
        QVERIFY(!editor->plan().day(3)->entry(Slot::Tea));

        QTest::keyClick(grid, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!editor->isDirty());
        QVERIFY(!m_plans->load(editor->plan().id)->day(3)->entry(Slot::Tea));
        QTest::keyClick(grid, Qt::Key_Escape);
        QTRY_VERIFY(alive.isNull());
    }

    // Several matches in the picker: Enter goes into the list on the first; Down then Enter picks.
    void pickerDownAndEnter()
    {
        auto w = make(QStringLiteral("picker"));
        auto *picker = static_cast<ItemPickerDialog *>(w.get());
        QVERIFY(showActive(picker));
        QWidget *filter = QApplication::focusWidget();
        QCOMPARE(filter->objectName(), QStringLiteral("pickerFilter"));
        auto *list = picker->findChild<QListView *>(QStringLiteral("pickerList"));
        // Enter at once keeps the meal she has (it is highlighted); what she types starts afresh.
        QVERIFY(list->currentIndex().isValid());
        QTest::keyClicks(filter, QStringLiteral("a"));
        QVERIFY(list->model()->rowCount() > 2);
        QVERIFY(!list->currentIndex().isValid());
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(picker->isVisible()); // nothing chosen behind her back
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(list, Qt::Key_Down);
        const QString second = list->currentIndex().data(Qt::UserRole).toString();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(picker->result(), int(QDialog::Accepted));
        QCOMPARE(picker->chosenId(), second);
    }

    // Date of birth "not recorded": Tab goes on to the phone, and a date typed there is taken.
    // A date field is one Tab stop; typing over a selected date replaces all of it.
    void blankBirthDateByKeys()
    {
        PatientDialog dialog(Patient{});
        QVERIFY(showActive(&dialog));
        auto *birth = dialog.findChild<DateField *>(QStringLiteral("birthDate"));
        birth->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(nameOf(dialog.focusWidget()), QStringLiteral("phone"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Backtab);
        QCOMPARE(nameOf(dialog.focusWidget()), QStringLiteral("birthDate"));
        QTest::keyClicks(dialog.focusWidget(), QStringLiteral("12 Apr 1989"));
        QCOMPARE(birth->date(), QDate(1989, 4, 12));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(nameOf(dialog.focusWidget()), QStringLiteral("phone"));
        QCOMPARE(dialog.collect().birthDate, QDate(1989, 4, 12));

        // "27 Nov 2026" typed over the whole loss date (Ctrl+A) is 27 November, day and all.
        LossDialog loss(Loss{}, QDate(1989, 4, 12));
        QVERIFY(showActive(&loss));
        auto *date = loss.findChild<DateField *>(QStringLiteral("lossDate"));
        QCOMPARE(nameOf(loss.focusWidget()), QStringLiteral("lossDate"));
        QTest::keyClick(loss.focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(loss.focusWidget(), QStringLiteral("27 Nov 2026"));
        QCOMPARE(date->date(), QDate(2026, 11, 27));
        // A date it cannot read stays as typed, is no date, and the dialog says why.
        QTest::keyClick(loss.focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(loss.focusWidget(), QStringLiteral("31 Sep 2026"));
        QVERIFY(!date->date().isValid());
        QCOMPARE(date->lineEdit()->text(), QStringLiteral("31 Sep 2026"));
        QVERIFY(date->problem().contains(QLatin1String("30 days")));
        QTest::keyClick(loss.focusWidget(), Qt::Key_Return);
        QVERIFY(loss.isVisible());
        QCOMPARE(date->lineEdit()->text(), QStringLiteral("31 Sep 2026"));
        // Alt+Down opens the calendar; choosing a day there fills the field.
        bool opened = false;
        QTimer::singleShot(0, [&] {
            auto *calendar = loss.findChild<QCalendarWidget *>(QStringLiteral("calendar"));
            opened = calendar && calendar->isVisible();
            if (calendar) {
                calendar->setSelectedDate(QDate(2026, 11, 3));
                emit calendar->activated(QDate(2026, 11, 3));
            }
        });
        QTest::keyClick(loss.focusWidget(), Qt::Key_Down, Qt::AltModifier);
        QTest::qWait(50);
        QVERIFY(opened);
        QCOMPARE(date->date(), QDate(2026, 11, 3));
    }

    // Enter on her loss edits it, and her record stays open (it used to be saved and closed too);
    // Ctrl+S then saves it.
    void enterOnALossEditsOnly()
    {
        PatientDialog dialog(m_patient);
        bool saved = false;
        dialog.setSaveHandler([&saved](Patient &, ValidationError *) { return saved = true; });
        QVERIFY(showActive(&dialog));
        dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("lossTable"));
        table->setFocus(Qt::TabFocusReason);
        table->selectRow(0);
        bool edited = false;
        whenDialogOpens([&edited](QDialog *loss) {
            edited = loss->objectName() == QLatin1String("lossDialog");
            QTest::keyClick(loss, Qt::Key_Escape);
        });
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(edited);
        QVERIFY(dialog.isVisible());
        QVERIFY(!saved);
        QApplication::setActiveWindow(&dialog); // back from the loss (offscreen does not do it)
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Enter does what the dialog is for and Escape leaves it, from the first field.
    void enterAndEscape()
    {
        {
            LossDialog loss(Loss{}, QDate(1990, 1, 1));
            QVERIFY(showActive(&loss));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(loss.result(), int(QDialog::Accepted));
        }
        {
            auto w = make(QStringLiteral("planSettings"));
            auto *dialog = static_cast<QDialog *>(w.get());
            QVERIFY(showActive(dialog));
            QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("planLoss"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        }
        {
            auto w = make(QStringLiteral("print"));
            auto *dialog = static_cast<PrintDialog *>(w.get());
            QSignalSpy print(dialog, &PrintDialog::printRequested);
            QVERIFY(showActive(dialog));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(print.count(), 1);
        }
        for (const QString &which : windows()) {
            if (which == QLatin1String("main") || which == QLatin1String("editor"))
                continue;
            auto w = make(which);
            QVERIFY(showActive(w.get()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QVERIFY2(!w->isVisible(), qPrintable(which + QStringLiteral(" stays open after Escape")));
        }
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
