// The main window as a practitioner meets it: the welcome on an empty database, where she left
// off on the next start, the text size, the user guide (F1) and About.
#include "guitestutil.h"
#include "testutil.h"

#include "core/settings.h"
#include "library/librarywindow.h"
#include "patients/patientcontroller.h"
#include "patients/patientlistpanel.h"
#include "shell/aboutdialog.h"
#include "shell/demolauncher.h"
#include "shell/helpwindow.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/welcomepanel.h"

#include <QSignalSpy>
#include "workspace/printservice.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/printhistoryrepository.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/upkeep.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMouseEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace rp;

// Drags the divider the way her mouse does, so that the window knows she chose the width.
static void dragDivider(QSplitter &splitter, int listWidth)
{
    QSplitterHandle *handle = splitter.handle(1);
    const QPoint from = handle->mapToGlobal(handle->rect().center());
    const QPoint to = from + QPoint(listWidth - splitter.sizes().first(), 0);
    const auto send = [handle](QEvent::Type type, QPoint global, Qt::MouseButtons held) {
        QMouseEvent event(
            type, handle->mapFromGlobal(QPointF(global)), QPointF(global), Qt::LeftButton, held, Qt::NoModifier);
        QApplication::sendEvent(handle, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

class TestShellGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> m_workspace;
    Database *m_db = nullptr;
    PatientRepository *m_patients = nullptr;
    PlanRepository *m_plans = nullptr;
    LibraryRepository *m_library = nullptr;
    ClinicRepository *m_clinic = nullptr;
    PrintHistoryRepository *m_history = nullptr;
    PrintService *m_print = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    QString m_settingsFile;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_workspace, *m_languages, *m_settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        return window;
    }
    static bool showsWelcome(MainWindow &window)
    {
        return window.welcomePanel()->isVisible() && !window.patientList()->isVisible();
    }
    qint64 addPatient(const QString &en, const QString &zh)
    {
        Patient p = test::makePatient(en, zh);
        p.losses << test::makeLoss(QDate(2026, 11, 1));
        return m_patients->save(p) ? p.id : 0;
    }
    // A new Settings object on the same file: what the next start reads.
    void restart()
    {
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat));
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QVERIFY(QDir().mkpath(folder));
        m_workspace = std::make_unique<Workspace>();
        m_db = &m_workspace->database();
        QVERIFY2(m_db->open(QDir(folder).filePath(QStringLiteral("clinic.sqlite"))), qPrintable(m_db->errorMessage()));
        QString message;
        QVERIFY2(m_workspace->bringUpToDate(&message), qPrintable(message));
        m_patients = &m_workspace->patients();
        m_plans = &m_workspace->plans();
        m_library = &m_workspace->library();
        m_clinic = &m_workspace->clinic();
        m_history = &m_workspace->printHistory();
        m_print = &m_workspace->printService();
        m_settingsFile = QDir(folder).filePath(QStringLiteral("settings.ini"));
        restart();
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(Language::English);
    }
    void cleanup()
    {
        m_languages.reset();
        m_settings.reset();
        m_print = nullptr;
        m_history = nullptr;
        m_clinic = nullptr;
        m_library = nullptr;
        m_plans = nullptr;
        m_patients = nullptr;
        m_db = nullptr;
        m_workspace.reset();
    }

    void anEmptyDatabaseWelcomesHerWithTheFirstStep()
    {
        auto window = openWindow();
        QVERIFY(showsWelcome(*window));
        // Enter starts the first patient: the button has the focus and is the default.
        QCOMPARE(QApplication::focusWidget(), window->welcomePanel()->addButton());
        auto *demo = window->findChild<QPushButton *>(QStringLiteral("tryDemo"));
        QVERIFY(demo->isVisible());
        // Enter on a focused button presses it, the demo one too.
        // (The window's own handler, which starts a second app, is unhooked: the spy is enough.)
        QObject::disconnect(window->welcomePanel(), &WelcomePanel::demoRequested, nullptr, nullptr);
        QSignalSpy demoAsked(window->welcomePanel(), &WelcomePanel::demoRequested);
        demo->setFocus();
        QTest::keyClick(demo, Qt::Key_Return);
        QCOMPARE(demoAsked.count(), 1);
        window->welcomePanel()->addButton()->setFocus();
        // The first patient saved: the list replaces the welcome, with her in it.
        const qint64 id = addPatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        QVERIFY(id);
        emit window->patientController()->patientChanged(id);
        QVERIFY(!showsWelcome(*window));
        QCOMPARE(window->patientList()->currentPatientId(), id);
    }

    void theClinicDetailsAreOfferedOnTheFirstStartOnly()
    {
        {
            auto window = openWindow();
            QVERIFY(window->welcomePanel()->clinicOffered());
        }
        restart();
        auto window = openWindow();
        QVERIFY(showsWelcome(*window));
        QVERIFY(!window->welcomePanel()->clinicOffered());
    }

    void archivedPatientsAloneAreNotAnEmptyDatabase()
    {
        const qint64 id = addPatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"));
        QVERIFY(m_patients->setArchived(id, true));
        auto window = openWindow();
        QVERIFY(!showsWelcome(*window));
        // A search that finds no one shows the list's own "no match", not the welcome.
        window->patientList()->searchField()->setText(QStringLiteral("nobody"));
        QVERIFY(!showsWelcome(*window));
    }

    void theNextStartGoesOnWhereSheLeftOff()
    {
        addPatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        const qint64 lee = addPatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"));
        addPatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"));
        QList<int> sizes;
        {
            auto window = openWindow();
            window->resize(1000, 640);
            window->patientList()->selectPatient(lee);
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            dragDivider(*splitter, 500);
            sizes = splitter->sizes();
            QCOMPARE(sizes.first(), 500);
            window->close();
        }
        restart();
        auto window = openWindow();
        QCOMPARE(window->patientList()->currentPatientId(), lee);
        QCOMPARE(window->size(), QSize(1000, 640));
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        // The search field still has the focus: she can type a name at once.
        QCOMPARE(QApplication::focusWidget(), window->patientList()->searchField());
    }

    void anUndraggedDividerGivesTheListItsColumns()
    {
        addPatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        auto window = openWindow();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *table = window->patientList()->findChild<QTableView *>();
        QVERIFY(table);
        QTRY_VERIFY(table->horizontalScrollBar()->maximum() == 0);
        // The plans panel keeps the room it needs beside them.
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter->sizes().at(1) >= splitter->widget(1)->minimumSizeHint().width());
        window->close();
        restart();
        // Nothing she chose is kept, so the next start shares the width out afresh.
        auto again = openWindow();
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QTRY_VERIFY(again->patientList()->findChild<QTableView *>()->horizontalScrollBar()->maximum() == 0);
    }

    void theLibraryWindowOpensAtItsLastSize()
    {
        {
            auto window = openWindow();
            QWidget *library = window->openLibrary();
            library->resize(900, 600);
            library->close();
        }
        restart();
        auto window = openWindow();
        QCOMPARE(window->openLibrary()->size(), QSize(900, 600));
    }

    void largerTextIsKeptForTheNextStart()
    {
        const double system = QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
        {
            auto window = openWindow();
            QAction *larger = window->findChild<QAction *>(QStringLiteral("largerText"));
            QVERIFY(larger->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
            larger->trigger();
            QCOMPARE(QApplication::font().pointSizeF(), system * 1.25);
            QVERIFY(window->findChild<QAction *>(QStringLiteral("textSize-125"))->isChecked());
            larger->trigger();
            QCOMPARE(QApplication::font().pointSizeF(), system * 1.5);
            QVERIFY(!larger->isEnabled());
        }
        restart();
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(Language::TraditionalChinese);
        auto window = openWindow();
        QCOMPARE(QApplication::font().pointSizeF(), system * 1.5);
        // The size goes with the script's font, not instead of it.
        QCOMPARE(QApplication::font().families().constFirst(), QStringLiteral("Noto Sans CJK TC"));
        window->findChild<QAction *>(QStringLiteral("textSize-100"))->trigger();
        QCOMPARE(QApplication::font().pointSizeF(), system);
    }

    void f1OpensTheGuideInTheScreensLanguage()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto *help = window->findChild<HelpWindow *>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QVERIFY2(help->text().contains(QStringLiteral("user guide")), qPrintable(help->text().left(200)));
        // It opens at the top, with its pictures as wide as the window allows, not thumbnails.
        auto *browser = help->findChild<QTextBrowser *>(QStringLiteral("guide"));
        QCOMPARE(browser->verticalScrollBar()->value(), 0);
        int widest = 0;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    widest = std::max(widest, int(it.fragment().charFormat().toImageFormat().width()));
        QVERIFY2(widest > browser->width() / 2, qPrintable(QString::number(widest)));
        m_languages->setLanguage(Language::TraditionalChinese);
        QTest::keyClick(window.get(), Qt::Key_F1);
        QVERIFY2(help->text().contains(QStringLiteral("調養計劃")), qPrintable(help->text().left(200)));
        m_languages->setLanguage(Language::SimplifiedChinese);
        window->showHelp();
        QVERIFY2(help->text().contains(QStringLiteral("调养计划")), qPrintable(help->text().left(200)));
        QVERIFY(!help->text().contains(QStringLiteral("調養計劃")));
    }

    void theGuidesPicturesAreBuiltIn()
    {
        for (Language language : {Language::English, Language::TraditionalChinese}) {
            QFile guide(HelpWindow::guideResource(language));
            QVERIFY(guide.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(guide.readAll());
            static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
            for (auto it = image.globalMatch(text); it.hasNext();) {
                const QString file = it.next().captured(1);
                QVERIFY2(QFile::exists(QStringLiteral(":/help/") + file), qPrintable(file));
            }
        }
    }

    // The licence is the GPL, and what the app carries keeps its own licence text (the OFL asks
    // for it with the fonts, Unicode's with the readings table).
    void aboutShowsEveryLicenceInFull()
    {
        AboutDialog about(m_db->path());
        about.show();
        QString shown;
        test::onNextDialog([&shown](QDialog *dialog) {
            shown = dialog->findChild<QTextBrowser *>(QStringLiteral("licenceText"))->toPlainText();
            dialog->reject();
        });
        QTest::mouseClick(about.findChild<QPushButton *>(QStringLiteral("licences")), Qt::LeftButton);
        for (const char *licence : {"GNU GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007",
                 "SIL OPEN FONT LICENSE Version 1.1", "Copyright 2014-2021 Adobe", "UNICODE, INC. LICENSE AGREEMENT",
                 "Apache License", "Version 2.0, January 2004"})
            QVERIFY2(shown.contains(QLatin1String(licence)), licence);
    }

    void aboutNamesTheVersionAndTheSources()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about(m_db->path());
        const QString text = about.findChild<QLabel *>()->text();
        QVERIFY(text.contains(QStringLiteral("9.8.7")));
        QVERIFY(text.contains(QStringLiteral("do not replace a doctor")));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License, version 3 or later")));
        const QString sources = about.findChild<QTextBrowser *>(QStringLiteral("sources"))->toPlainText();
        for (const Source &source : content::builtInSources())
            QVERIFY2(sources.contains(source.code), qPrintable(source.code));
    }

    void theDemoIsASeparateDatabaseFilledOnce()
    {
        QVERIFY(DemoLauncher::databasePath() != Database::defaultPath());
        QFile::remove(DemoLauncher::databasePath());
        QStringList args = DemoLauncher::arguments(Language::TraditionalChinese);
        QVERIFY(args.contains(QStringLiteral("--demo")));
        QCOMPARE(args.mid(0, 4),
            (QStringList{QStringLiteral("--database"), DemoLauncher::databasePath(), QStringLiteral("--language"),
                QStringLiteral("zh-Hant")}));
        QDir().mkpath(QFileInfo(DemoLauncher::databasePath()).absolutePath());
        QFile made(DemoLauncher::databasePath());
        QVERIFY(made.open(QIODevice::WriteOnly));
        made.close();
        QVERIFY(!DemoLauncher::arguments(Language::English).contains(QStringLiteral("--demo")));
        QFile::remove(DemoLauncher::databasePath());
    }
};

QTEST_MAIN(TestShellGui)
#include "tst_shellgui.moc"
