// The Language menu switches the whole window at once, Qt's own buttons and dates included,
// and remembers the choice. Chinese text uses the font of its script.
#include "testutil.h"

#include "core/datetext.h"
#include "core/settings.h"
#include "core/terms.h"
#include "core/validation.h"
#include "patients/patientlistmodel.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace rp;

class TestLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Database &m_db = m_workspace.database();
    PatientRepository *m_repo = nullptr;
    LibraryRepository *m_library = nullptr;
    PlanRepository *m_plans = nullptr;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;

    QStringList menuTitles() const
    {
        QStringList out;
        for (QAction *a : m_window->menuBar()->actions())
            out << a->text();
        return out;
    }
    void choose(const QString &code)
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("language-") + code);
        QVERIFY(action);
        action->trigger();
        // QApplication posts LanguageChange to each window: it lands on the next turn of the
        // event loop, before anything is painted.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    QString header(int column) const
    {
        return m_window->findChild<PatientListModel *>()->headerData(column, Qt::Horizontal).toString();
    }
    QString cell(int column) const
    {
        auto *model = m_window->findChild<PatientListModel *>();
        return model->index(0, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(Language::English);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("lang.sqlite"))));
        m_repo = &m_workspace.patients();
        Patient p = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        p.birthDate = QDate(1989, 4, 12);
        p.constitution = Constitution::Cold;
        QVERIFY(m_repo->save(p));
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        m_library = &m_workspace.library();
        m_plans = &m_workspace.plans();
        m_window = std::make_unique<MainWindow>(m_workspace, m_languages, *m_settings);
        m_window->show();
    }

    void startsInEnglish()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Recovery Planner"));
        QVERIFY(menuTitles().contains(QStringLiteral("&File")));
        QCOMPARE(header(PatientListModel::NameZh), QStringLiteral("Chinese name"));
        QCOMPARE(cell(PatientListModel::BirthDate), QStringLiteral("12 Apr 1989"));
        QCOMPARE(cell(PatientListModel::Constitution), QStringLiteral("Cold (寒)"));
    }

    void switchesToTraditionalChinese()
    {
        choose(QStringLiteral("zh-Hant"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("調養計劃"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("調養計劃")); // title suffixes
        QVERIFY2(menuTitles().contains(QStringLiteral("檔案(&F)")), qPrintable(menuTitles().join(u',')));
        QCOMPARE(header(PatientListModel::NameZh), QStringLiteral("中文姓名"));
        QCOMPARE(cell(PatientListModel::BirthDate), QStringLiteral("1989年4月12日"));
        QCOMPARE(cell(PatientListModel::Constitution), QStringLiteral("寒"));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("patientCount"))->text(), QStringLiteral("病人：1 位"));
        QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"))
                    ->placeholderText()
                    .contains(QStringLiteral("搜尋")));
        QCOMPARE(m_settings->language(), std::optional<Language>(Language::TraditionalChinese));

        // Qt's own buttons follow (qtbase_zh_TW).
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));

        // Messages from the core and storage layers are translated too.
        QCOMPARE(displayName(LossKind::FailedIvfTransfer), QStringLiteral("試管嬰兒植入失敗"));
        QCOMPARE(validatePatient(Patient{}, QDate(2026, 1, 1)).constFirst().message,
            QStringLiteral("請輸入英文姓名或中文姓名。"));
        Patient twin = test::makePatient(QStringLiteral("Twin"), {}, QStringLiteral("HK-9"));
        Patient other = test::makePatient(QStringLiteral("Other"), {}, QStringLiteral("HK-9"));
        QVERIFY(m_repo->save(twin));
        QVERIFY(!m_repo->save(other));
        QVERIFY2(
            m_repo->lastError().message.contains(QStringLiteral("病歷編號")), qPrintable(m_repo->lastError().message));
    }

    void toolbarButtonsShowNoAccelerator()
    {
        for (QAction *a : m_window->findChild<QToolBar *>()->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(!a->iconText().contains(u'&') && !a->iconText().contains(u'('), qPrintable(a->iconText()));
            QVERIFY(!a->iconText().isEmpty());
        }
    }

    void traditionalUsesTheTcFont()
    {
        QCOMPARE(QApplication::font().families().constFirst(), QStringLiteral("Noto Sans CJK TC"));
        QCOMPARE(QFontInfo(QApplication::font()).family(), QStringLiteral("Noto Sans CJK TC"));
        QVERIFY2(LanguageManager::fontProblem().isEmpty(), qPrintable(LanguageManager::fontProblem()));
    }

    void aMissingFontIsNamedWithItsPackage()
    {
        const QString problem
            = LanguageManager::fontProblem({QStringLiteral("Noto Sans CJK TC"), QStringLiteral("No Such Font CJK XX")});
        QVERIFY(problem.contains(QLatin1String("No Such Font CJK XX")));
        QVERIFY(!problem.contains(QLatin1String("Noto Sans CJK TC")));
        QVERIFY(problem.contains(QLatin1String("fonts-noto-cjk")));
        QVERIFY(problem.contains(QStringLiteral("字型"))); // in the UI's language
    }

    void switchesToSimplifiedChinese()
    {
        choose(QStringLiteral("zh-Hans"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("调养计划"));
        QVERIFY(menuTitles().contains(QStringLiteral("文件(&F)")));
        QCOMPARE(header(PatientListModel::NameZh), QStringLiteral("中文姓名"));
        QCOMPARE(header(PatientListModel::Phone), QStringLiteral("电话"));
        QCOMPARE(QFontInfo(QApplication::font()).family(), QStringLiteral("Noto Sans CJK SC"));
        QCOMPARE(m_settings->language(), std::optional<Language>(Language::SimplifiedChinese));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    }

    // A title the app made ("Recovery after 27 Nov 2026", stored as made) follows the window's
    // language, whichever language it was made in; a title she typed is shown as she typed it.
    void aTitleTheAppMadeFollowsTheLanguage()
    {
        const QString english = QStringLiteral("Recovery after 27 Nov 2026");
        const QString hers = QStringLiteral("After the November transfer");
        choose(QStringLiteral("zh-Hans"));
        QCOMPARE(shownPlanTitle(english), QStringLiteral("2026年11月27日 之后的调养"));
        QCOMPARE(shownPlanTitle(hers), hers);
        const QString madeInSimplified = defaultPlanTitle(QDate(2026, 11, 27));
        choose(QStringLiteral("zh-Hant"));
        QCOMPARE(shownPlanTitle(english), QStringLiteral("2026年11月27日 之後的調養"));
        QCOMPARE(shownPlanTitle(madeInSimplified), QStringLiteral("2026年11月27日 之後的調養"));
        choose(QStringLiteral("en"));
        QCOMPARE(shownPlanTitle(madeInSimplified), english);
        QCOMPARE(shownPlanTitle(QStringLiteral("Recovery after the move")), QStringLiteral("Recovery after the move"));
    }

    void switchesBackToEnglish()
    {
        choose(QStringLiteral("en"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Recovery Planner"));
        QVERIFY(menuTitles().contains(QStringLiteral("&File")));
        QCOMPARE(cell(PatientListModel::BirthDate), QStringLiteral("12 Apr 1989"));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        // English keeps Chinese names in their Traditional forms through the TC fallback.
        QCOMPARE(QApplication::font().families().constLast(), QStringLiteral("Noto Sans CJK TC"));
    }

    void languageMenuCheckmarkFollows()
    {
        choose(QStringLiteral("zh-Hant"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("language-zh-Hant"))->isChecked());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("language-en"))->isChecked());
        choose(QStringLiteral("en"));
    }

    void firstStartFollowsTheSystemLocale_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Hong Kong") << QLocale(QLocale::Chinese, QLocale::HongKong) << QStringLiteral("zh-Hant");
        QTest::newRow("Macau") << QLocale(QLocale::Chinese, QLocale::Macao) << QStringLiteral("zh-Hant");
        QTest::newRow("Taiwan") << QLocale(QLocale::Chinese, QLocale::Taiwan) << QStringLiteral("zh-Hant");
        QTest::newRow("mainland") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("zh-Hans");
        QTest::newRow("Singapore") << QLocale(QLocale::Chinese, QLocale::Singapore) << QStringLiteral("zh-Hans");
        QTest::newRow("Portuguese (Macau)") << QLocale(QLocale::Portuguese, QLocale::Macao) << QStringLiteral("en");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
    }
    void firstStartFollowsTheSystemLocale()
    {
        QFETCH(QLocale, system);
        QFETCH(QString, expected);
        QCOMPARE(languageCode(languageForLocale(system)), expected);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
