// Every window fits the screens clinics have, with nothing cut off: run on a 1024×768 screen at
// the normal text size and on a 1366×768 one at the larger size (CTest runs it twice, with the
// offscreen platform's screen set by tests/screens/*.json and RP_TEST_TEXT_SIZE), in each
// language. "Cut off" is what a reader sees: a window beyond the screen, a label or button
// narrower than its text, a column header narrower than its title.
#include "testutil.h"

#include "core/datetext.h"
#include "core/library.h"
#include "core/planner.h"
#include "core/settings.h"
#include "library/itemdialog.h"
#include "library/librarywindow.h"
#include "patients/lossdialog.h"
#include "patients/patientdialog.h"
#include "patients/patientlistpanel.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "plan/planspanel.h"
#include "plan/plansettingsdialog.h"
#include "print/clinicsettingsdialog.h"
#include "print/printdialog.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/upkeep.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QRegularExpression>
#include <functional>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QListView>
#include <QScrollBar>
#include <QLabel>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>

using namespace rp;

namespace {

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

// What a reader of this window would find cut off, as it is laid out now.
QStringList cutOff(QWidget *window)
{
    QStringList out;
    const QRect room = window->screen()->availableGeometry();
    if (!room.contains(window->frameGeometry()))
        out << QStringLiteral("%1: the window (%2×%3 at %4,%5) is beyond the screen %6×%7")
                   .arg(nameOf(window))
                   .arg(window->frameGeometry().width())
                   .arg(window->frameGeometry().height())
                   .arg(window->frameGeometry().x())
                   .arg(window->frameGeometry().y())
                   .arg(room.width())
                   .arg(room.height());
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            continue;
        if (label->width() < label->minimumSizeHint().width())
            out << QStringLiteral("%1: label “%2” is %3 px of %4")
                       .arg(nameOf(window), label->text())
                       .arg(label->width())
                       .arg(label->minimumSizeHint().width());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty() || button->inherits("QToolButton"))
            continue;
        if (button->width() < button->minimumSizeHint().width())
            out << QStringLiteral("%1: button “%2” is %3 px of %4")
                       .arg(nameOf(window), button->text())
                       .arg(button->width())
                       .arg(button->minimumSizeHint().width());
    }
    // A table's columns all in view: none past a scroll bar (the plan editor showed 4 of 7, the
    // patient list its last column half).
    for (QTableView *table : window->findChildren<QTableView *>()) {
        if (table->isVisibleTo(window) && table->horizontalHeader()->length() > table->viewport()->width())
            out << QStringLiteral("%1: %2 is %3 px too narrow for its columns")
                       .arg(nameOf(window), nameOf(table))
                       .arg(table->horizontalHeader()->length() - table->viewport()->width());
    }
    // A list's rows: a line (or, where the list wraps, a word) wider than the list runs off it.
    for (QListView *list : window->findChildren<QListView *>()) {
        if (!list->isVisibleTo(window) || !list->model())
            continue;
        const QFontMetrics metrics(list->font());
        const int room = list->viewport()->width() - 8; // the item's margins
        for (int r = 0; r < std::min(20, list->model()->rowCount()); ++r) {
            const QModelIndex index = list->model()->index(r, 0);
            const QString text = index.data().toString();
            // A row as tall as its lines, laid out as the style paints them (wrapped, each line as
            // tall as its script's font): a list of uniform rows takes one row's measure, and a
            // Chinese line is taller than the Latin one that measure counts (a day was cut off).
            const QRect row = list->visualRect(index);
            const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
            QString lines = text;
            lines.replace(u'\n', QChar::LineSeparator);
            QTextLayout layout(lines, list->font());
            QTextOption wrap;
            wrap.setWrapMode(list->wordWrap() ? QTextOption::WordWrap : QTextOption::ManualWrap);
            layout.setTextOption(wrap);
            qreal needed = 0;
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(row.width() - 2 * margin);
                needed += line.height();
            }
            layout.endLayout();
            if (row.height() < needed)
                out << QStringLiteral("%1: “%2” in a list has %3 px of the %4 its lines need")
                           .arg(nameOf(window), text)
                           .arg(row.height())
                           .arg(needed);
            const QRegularExpression pieces(list->wordWrap() ? QStringLiteral("\\s+") : QStringLiteral("\n"));
            for (const QString &piece : text.split(pieces, Qt::SkipEmptyParts))
                if (metrics.horizontalAdvance(piece) > room)
                    out << QStringLiteral("%1: “%2” in a list is %3 px of %4")
                               .arg(nameOf(window), piece)
                               .arg(room)
                               .arg(metrics.horizontalAdvance(piece));
        }
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(window) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const QFontMetrics metrics(header->font());
        for (int s = 0; s < header->count(); ++s) {
            if (header->isSectionHidden(s))
                continue;
            const QString title = header->model()->headerData(s, Qt::Horizontal).toString();
            // The title's text and the style's margins on both sides.
            const int needed = metrics.size(0, title).width() // a title may take two lines
                + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            if (header->sectionSize(s) < needed)
                out << QStringLiteral("%1: column “%2” is %3 px of %4")
                           .arg(nameOf(header->parentWidget()), title)
                           .arg(header->sectionSize(s))
                           .arg(needed);
        }
    }
    return out;
}

// Each page of each tab widget in turn, since only the current page is laid out on screen.
QStringList cutOffOnEveryPage(QWidget *window)
{
    QApplication::processEvents();
    QStringList out = cutOff(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            out << cutOff(window);
        }
        tabs->setCurrentIndex(0);
    }
    out.removeDuplicates();
    return out;
}

// Controls a screen reader would reach with no name, or with a label's accelerator or colon in it.
QStringList unnamed(QWidget *window)
{
    QStringList out;
    const QRegularExpression leftover(QStringLiteral("\\([A-Za-z]\\)|[:：]$"));
    if (window->inherits("rp::PlanEditor") || window->inherits("rp::LibraryWindow")) {
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(window);
        if (!face || face->role() != QAccessible::Window)
            out << nameOf(window) + QStringLiteral(": not a window to a screen reader");
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !(w->focusPolicy() & Qt::TabFocus) || w->inherits("QScrollBar")
            || qobject_cast<QComboBox *>(w->parentWidget()) || w->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            out << QStringLiteral("%1: %2 has no accessible name").arg(nameOf(window), nameOf(w));
        else if (leftover.match(name).hasMatch())
            out << QStringLiteral("%1: %2 is named “%3”").arg(nameOf(window), nameOf(w), name);
    }
    return out;
}

QStringList unnamedOnEveryPage(QWidget *window)
{
    QApplication::processEvents();
    QStringList out = unnamed(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            out << unnamed(window);
        }
        tabs->setCurrentIndex(0);
    }
    return out;
}

} // namespace

class TestScreens : public QObject
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
    std::unique_ptr<MainWindow> m_window;
    Patient m_patient;
    qint64 m_planId = 0;

    void show(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }

    // Opens each window and dialog in the UI's language as she would meet it, and runs `check`
    // over it: the main window with her selected, the plan editor, the library, her record, a
    // loss, plan settings, a library item, the clinic's settings and the print dialog.
    QStringList overEveryWindow(const QString &language, const std::function<QStringList(QWidget *)> &check)
    {
        m_languages.setLanguage(*languageFromCode(language));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QTest::qWait(50); // the list refits its columns on the next turn of the event loop
        QStringList problems;

        m_window->patientList()->selectPatient(m_patient.id);
        problems << check(m_window.get());

        PlanEditor *editor = m_window->planController()->openPlan(m_planId);
        if (!editor || !QTest::qWaitForWindowExposed(editor))
            return {QStringLiteral("the plan editor did not open")};
        problems << check(editor);
        editor->close();

        LibraryWindow *library = m_window->openLibrary();
        if (!QTest::qWaitForWindowExposed(library))
            return {QStringLiteral("the library did not open")};
        problems << check(library);
        library->close();

        const Patient stored = *m_patients->load(m_patient.id);
        const Planner planner(content::builtInItems());
        PatientDialog patient(stored, m_window.get());
        LossDialog loss(stored.losses.constLast(), stored.birthDate, m_window.get());
        PlanSettingsDialog settings(
            planner, stored, Planner::defaultSettings(stored.losses.constLast()), QString(), 0, {}, m_window.get());
        ItemDialog item(*planner.item(QStringLiteral("sesame-oil-chicken")), false, m_window.get());
        ClinicSettingsDialog clinic(
            ClinicInfo{}, [](const ClinicInfo &, QString *) { return true; }, m_window.get());
        // With "from today on" showing: its label is the longest.
        PrintDialog print(stored.displayName(), defaultPlanTitle(stored.losses.constLast().date), PrintOptions{}, 12,
            30, m_window.get());
        for (QDialog *dialog : std::initializer_list<QDialog *>{&patient, &loss, &settings, &item, &clinic, &print}) {
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                return {nameOf(dialog) + QStringLiteral(" did not open")};
            problems << check(dialog);
            dialog->done(QDialog::Rejected);
        }
        problems.removeDuplicates();
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("screens.sqlite"))));
        QString message;
        QVERIFY2(m_workspace.bringUpToDate(&message), qPrintable(message));
        m_patients = &m_workspace.patients();
        m_plans = &m_workspace.plans();
        m_library = &m_workspace.library();
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        m_settings->setTextSize(qEnvironmentVariableIntValue("RP_TEST_TEXT_SIZE")
                ? qEnvironmentVariableIntValue("RP_TEST_TEXT_SIZE")
                : 100);

        // Two more women due today, as the demo has them: one with an English name only and one
        // whose short Chinese name does not wrap. The today list's rows are all one height, and a
        // Chinese line is taller than a Latin one.
        const Planner planner(content::builtInItems());
        for (const auto &[en, zh] : {std::pair{QStringLiteral("Alves Maria"), QString()},
                 std::pair{QStringLiteral("Lam Suk Fan"), QStringLiteral("林淑芬")}}) {
            Patient other = test::makePatient(en, zh);
            other.losses << test::makeLoss(QDate::currentDate().addDays(-7));
            QVERIFY(m_patients->save(other));
            const PlanPatient hers = PlanPatient::forLoss(other, other.losses.constLast().id);
            Plan theirs = planner.generate(hers, Planner::defaultSettings(hers.loss));
            theirs.patientId = other.id;
            theirs.lossId = hers.loss.id;
            theirs.title = defaultPlanTitle(hers.loss.date);
            QVERIFY(m_plans->save(theirs));
        }
        // Long names as clinics have them: both names, a full phone, a file number.
        m_patient = test::makePatient(QStringLiteral("Cheung Hiu Tung Winnie"), QStringLiteral("張曉彤"),
            QStringLiteral("MO-0104"), QStringLiteral("+853 6612 3456"));
        m_patient.losses << test::makeLoss(QDate(2026, 11, 20), LossKind::FailedIvfTransfer, std::nullopt);
        // Her plan is under way, with a follow-up due today: the lists then hold their longest rows.
        m_patient.losses << test::makeLoss(QDate::currentDate().addDays(-7));
        QVERIFY(m_patients->save(m_patient));
        const PlanPatient profile = PlanPatient::forLoss(m_patient, m_patient.losses.constLast().id);
        Plan plan = planner.generate(profile, Planner::defaultSettings(profile.loss));
        plan.patientId = m_patient.id;
        plan.lossId = profile.loss.id;
        plan.title = defaultPlanTitle(profile.loss.date);
        QVERIFY(m_plans->save(plan));
        m_planId = plan.id;
        m_window = std::make_unique<MainWindow>(m_workspace, m_languages, *m_settings);
        show(m_window.get());
    }

    void theScreenIsTheOneAsked()
    {
        const QSize size = QGuiApplication::primaryScreen()->size();
        QVERIFY2(size == QSize(1024, 768) || size == QSize(1366, 768),
            qPrintable(QStringLiteral("%1×%2: tests/screens did not apply").arg(size.width()).arg(size.height())));
    }

    void everyWindowFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("繁體") << QStringLiteral("zh-Hant");
        QTest::newRow("简体") << QStringLiteral("zh-Hans");
    }
    void everyWindowFits()
    {
        QFETCH(QString, language);
        const QStringList problems = overEveryWindow(language, cutOffOnEveryPage);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A screen reader hears each control by its visible label, in the UI's language, without the
    // accelerator or the colon ("英文姓名", not "英文姓名(E)："); the editor and the library are
    // windows to it, not "filler".
    void everyControlIsNamedByItsLabel_data() { everyWindowFits_data(); }
    void everyControlIsNamedByItsLabel()
    {
        QFETCH(QString, language);
        const QStringList problems = overEveryWindow(language, unnamedOnEveryPage);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_languages.setLanguage(Language::English);
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
