// File ▸ Export patient… and Import patient… through the real window: the file she gets, the
// question when the patient is already here, and calm messages for files that cannot be used.
#include "guitestutil.h"
#include "testutil.h"

#include "core/patientfile.h"
#include "core/planner.h"
#include "core/settings.h"
#include "patients/patientlistpanel.h"
#include "patients/patienttransfercontroller.h"
#include "plan/planspanel.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/patienttransfer.h"
#include "storage/planrepository.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

namespace {

// Runs `step` on the next message box (a file dialog may still be closing when it is asked for).
void onNextMessageBox(std::function<void(QMessageBox *)> step)
{
    QTimer::singleShot(0, [step] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        step(box);
    });
}

void clickButton(QMessageBox *box, QMessageBox::StandardButton which)
{
    QVERIFY(box->button(which));
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

} // namespace

class TestPatientTransferGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> m_workspace;
    Database *m_db = nullptr;
    PatientRepository *m_patients = nullptr;
    LibraryRepository *m_library = nullptr;
    PlanRepository *m_plans = nullptr;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QString m_file; // a patient file from another computer
    Patient m_theirs;

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    PatientTransferController *controller() const { return m_window->transferController(); }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(Language::English);
        // Her record on the computer she comes from.
        Database other;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("other.sqlite"))));
        PatientRepository patients(other);
        m_theirs = test::makePatient(QStringLiteral("Ho Wing Sze"), QStringLiteral("何詠詩"), QStringLiteral("MO-77"),
            QStringLiteral("6612 3456"));
        m_theirs.losses << test::makeLoss(QDate(2026, 9, 2)) << test::makeLoss(QDate(2026, 11, 2));
        QVERIFY(patients.save(m_theirs));
        const Planner planner(content::builtInItems());
        const Loss &loss = m_theirs.losses.constLast();
        Plan plan = planner.generate(PlanPatient::forLoss(m_theirs, loss.id), Planner::defaultSettings(loss));
        plan.patientId = m_theirs.id;
        plan.lossId = loss.id;
        plan.title = QStringLiteral("After 2 Nov");
        PlanRepository plans(other);
        QVERIFY(plans.save(plan));
        PatientTransfer transfer(other);
        const auto file = transfer.exportPatient(m_theirs.id);
        QVERIFY(file);
        m_file = m_dir.filePath(QStringLiteral("from-the-other-clinic.rpatient.json"));
        QSaveFile out(m_file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(patientfile::toJson(*file));
        QVERIFY(out.commit());
    }

    void init()
    {
        m_workspace = std::make_unique<Workspace>();
        m_db = &m_workspace->database();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_n))));
        m_patients = &m_workspace->patients();
        m_library = &m_workspace->library();
        m_plans = &m_workspace->plans();
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_n)), QSettings::IniFormat));
        m_window = std::make_unique<MainWindow>(*m_workspace, m_languages, *m_settings);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_plans = nullptr;
        m_library = nullptr;
        m_patients = nullptr;
        m_db = nullptr;
        m_workspace.reset();
    }

    void theFileMenuHasBoth()
    {
        QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(action("exportPatient")));
        QVERIFY(file->actions().contains(action("importPatient")));
        QVERIFY(!action("exportPatient")->isEnabled()); // nobody selected
        QVERIFY(action("importPatient")->isEnabled());
        QStringList texts;
        for (QAction *a : file->actions())
            texts << a->text();
        QVERIFY2(test::mnemonicClash(texts).isEmpty(), qPrintable(test::mnemonicClash(texts)));
    }

    void exportWritesAFileOnlyHerComputerUserCanRead()
    {
        Patient p
            = test::makePatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"), QStringLiteral("HK/0002"));
        p.losses << test::makeLoss(QDate(2026, 10, 1));
        QVERIFY(m_patients->save(p));
        emit controller()->patientChanged(p.id); // the list refreshes and selects her
        QCOMPARE(m_window->patientList()->currentPatientId(), p.id);
        QVERIFY(action("exportPatient")->isEnabled());

        // An older file in the way, readable by all: replaced, and private afterwards.
        const QString path = m_dir.filePath(QStringLiteral("lee.rpatient.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QVERIFY(old.setPermissions(
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        QString report;
        test::onNextDialog([&](QDialog *d) {
            auto *files = qobject_cast<QFileDialog *>(d);
            QVERIFY(files);
            // Her file number (the slash made safe) and today's date.
            const QString suggested
                = QStringLiteral("HK_0002-%1.rpatient.json").arg(QDate::currentDate().toString(Qt::ISODate));
            QVERIFY2(files->selectedFiles().constFirst().endsWith(suggested),
                qPrintable(files->selectedFiles().constFirst()));
            // The file dialog asks before it replaces the older file; then the report.
            onNextMessageBox([&](QMessageBox *replace) {
                QVERIFY2(replace->text().contains(QLatin1String("already exists")), qPrintable(replace->text()));
                onNextMessageBox([&](QMessageBox *box) {
                    report = box->text();
                    clickButton(box, QMessageBox::Ok);
                });
                clickButton(replace, QMessageBox::Yes);
            });
            files->selectFile(path);
            QMetaObject::invokeMethod(files, "accept");
        });
        action("exportPatient")->trigger();
        QTRY_VERIFY(!report.isEmpty());
        QVERIFY2(report.contains(QLatin1String("Losses: 1")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("keep it safe")));

        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QString error;
        const auto file = patientfile::read(written.readAll(), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->patient.nameZh, QStringLiteral("李嘉欣"));
        QCOMPARE(file->patient.losses.size(), 1);
    }

    void aFailedWriteLeavesNoFile()
    {
        Patient p = test::makePatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"));
        QVERIFY(m_patients->save(p));
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/lee.rpatient.json"));
        QString message;
        QVERIFY(!controller()->exportTo(p.id, path, &message));
        QVERIFY2(message.contains(QLatin1String("No file was written")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no-such-folder"))).exists());
    }

    void importAddsHerAndSelectsHer()
    {
        QString report;
        test::onNextDialog([&](QDialog *d) {
            auto *files = qobject_cast<QFileDialog *>(d);
            QVERIFY(files);
            onNextMessageBox([&](QMessageBox *box) {
                report = box->text();
                clickButton(box, QMessageBox::Ok);
            });
            files->selectFile(m_file);
            QMetaObject::invokeMethod(files, "accept");
        });
        action("importPatient")->trigger();
        QTRY_VERIFY(!report.isEmpty());
        QVERIFY2(report.contains(QLatin1String("added as a new patient")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("Losses: 2")));
        QCOMPARE(m_patients->count(true), 1);
        const qint64 id = m_patients->find({}).constFirst().id;
        QCOMPARE(m_window->patientList()->currentPatientId(), id);
        QVERIFY(m_window->plansPanel()->currentPlanId() != 0); // her plan is listed beside her
        QCOMPARE(m_patients->load(id)->fileNumber, QStringLiteral("MO-77"));
    }

    void aPatientAlreadyHereIsOfferedAsAMerge()
    {
        // Same names and date of birth, no file number here: merge or add, she chooses.
        Patient mine = test::makePatient(QStringLiteral("Ho Wing Sze"), QStringLiteral("何詠詩"));
        mine.losses << test::makeLoss(QDate(2026, 11, 2));
        QVERIFY(m_patients->save(mine));
        emit controller()->patientChanged(mine.id); // she is selected, with no plan yet
        QCOMPARE(m_window->plansPanel()->currentPlanId(), 0);
        QString question, report;
        onNextMessageBox([&](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("importMatchQuestion"));
            question = box->informativeText();
            QVERIFY(box->findChild<QPushButton *>(QStringLiteral("importAsNewButton")));
            auto *merge = box->findChild<QPushButton *>(QStringLiteral("mergeButton"));
            QVERIFY(merge);
            QVERIFY(merge->text().contains(QStringLiteral("何詠詩")));
            onNextMessageBox([&](QMessageBox *done) {
                report = done->text();
                clickButton(done, QMessageBox::Ok);
            });
            QTest::mouseClick(merge, Qt::LeftButton);
        });
        QCOMPARE(controller()->importFrom(m_file), mine.id);
        QVERIFY2(question.contains(QLatin1String("same names and date of birth")), qPrintable(question));
        QVERIFY(question.contains(QLatin1String("Nothing is removed or duplicated")));
        QVERIFY2(report.contains(QLatin1String("losses 1, plans 1")), qPrintable(report));
        QCOMPARE(m_patients->count(true), 1);
        const Patient merged = *m_patients->load(mine.id);
        QCOMPARE(merged.losses.size(), 2);
        QCOMPARE(merged.fileNumber, QStringLiteral("MO-77"));
        QCOMPARE(merged.phone, QStringLiteral("6612 3456"));
        QCOMPARE(m_window->patientList()->currentPatientId(), mine.id);
        QVERIFY(m_window->plansPanel()->currentPlanId() != 0); // the plan from the file, on her loss here
        QCOMPARE(m_plans->load(m_window->plansPanel()->currentPlanId())->lossId, mine.losses.constFirst().id);

        // Again: everything is already here.
        onNextMessageBox([&](QMessageBox *box) {
            onNextMessageBox([&](QMessageBox *done) {
                report = done->text();
                clickButton(done, QMessageBox::Ok);
            });
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        });
        QCOMPARE(controller()->importFrom(m_file), mine.id);
        QVERIFY2(report.contains(QLatin1String("Nothing was changed")), qPrintable(report));
        QCOMPARE(m_patients->load(mine.id)->version, merged.version);
    }

    void aFileNumberMatchCannotBeAddedAgain()
    {
        Patient mine
            = test::makePatient(QStringLiteral("Someone Else"), QStringLiteral("別人"), QStringLiteral("MO-77"));
        QVERIFY(m_patients->save(mine));
        QString question;
        onNextMessageBox([&](QMessageBox *box) {
            question = box->informativeText();
            QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("importAsNewButton")));
            clickButton(box, QMessageBox::Cancel);
        });
        QCOMPARE(controller()->importFrom(m_file), 0);
        // Both women are named, so a practitioner sees at once that they differ.
        QVERIFY(question.contains(QStringLiteral("何詠詩")));
        QVERIFY(question.contains(QStringLiteral("別人")));
        QCOMPARE(m_patients->load(mine.id)->version, 1);
        QCOMPARE(m_patients->count(true), 1);
    }

    void filesThatCannotBeUsedAreExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a letter") << QByteArray("Dear colleague,") << QStringLiteral("damaged");
        QTest::newRow("another program's JSON") << QByteArray("{\"a\": 1}") << QStringLiteral("not a patient file");
        QFile good(m_file);
        QVERIFY(good.open(QIODevice::ReadOnly));
        QTest::newRow("cut short") << good.readAll().left(900) << QStringLiteral("damaged");
    }

    void filesThatCannotBeUsedAreExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        QString message;
        onNextMessageBox([&](QMessageBox *box) {
            message = box->text();
            clickButton(box, QMessageBox::Ok);
        });
        QCOMPARE(controller()->importFrom(path), 0);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(m_patients->count(true), 0);
    }

    void a200MegabyteFileIsRefusedUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.rpatient.json"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(200) * 1024 * 1024)); // sparse: no 200 MB written to disk
        huge.close();
        QString message;
        onNextMessageBox([&](QMessageBox *box) {
            message = box->text();
            clickButton(box, QMessageBox::Ok);
        });
        QCOMPARE(controller()->importFrom(path), 0);
        QVERIFY2(message.contains(QLatin1String("50 MB")), qPrintable(message));
        QCOMPARE(m_patients->count(true), 0);
        QFile::remove(path);
    }
};

QTEST_MAIN(TestPatientTransferGui)
#include "tst_patienttransfergui.moc"
