// The practitioner's path through the real widgets: add a patient, find her, fix a mistake.
#include "guitestutil.h"
#include "testutil.h"

#include "core/library.h"
#include "core/language.h"
#include "core/planner.h"

#include "core/settings.h"
#include "core/terms.h"
#include "patients/patientcontroller.h"
#include "patients/patientdialog.h"
#include "patients/patientlistmodel.h"
#include "patients/patientlistpanel.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace rp;

class TestPatientGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Database *m_db = nullptr;
    PatientRepository *m_repo = nullptr;
    LibraryRepository *m_library = nullptr;
    PlanRepository *m_plans = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;

    static void clickSave(QDialog *dialog) { test::clickButton(dialog, QDialogButtonBox::Save); }

    static QLabel *errorLabel(QDialog *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("errorMessage")); }

    PatientListPanel *list() const { return m_window->patientList(); }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        m_workspace = std::make_unique<Workspace>();
        m_db = &m_workspace->database();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_n))));
        m_repo = &m_workspace->patients();
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_n)), QSettings::IniFormat));
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(Language::English);
        m_library = &m_workspace->library();
        m_plans = &m_workspace->plans();
        m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages, *m_settings);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_languages.reset();
        m_settings.reset();
        m_library = nullptr;
        m_plans = nullptr;
        m_repo = nullptr;
        m_db = nullptr;
        m_workspace.reset();
    }

    void addPatientThroughTheDialogAndFindHerBySearch()
    {
        test::onNextDialog([](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEn")), QStringLiteral("Chan Siu Ming"));
            test::commitText(dialog->findChild<QLineEdit *>(QStringLiteral("nameZh")), QStringLiteral("陳小明"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("6612 3456"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fileNumber")), QStringLiteral("HK-1234"));
            dialog->findChild<QCheckBox *>(QStringLiteral("condition-diabetes"))->setChecked(true);
            clickSave(dialog);
        });
        // Ctrl+N, as the practitioner would.
        QTest::keySequence(m_window.get(), QKeySequence::New);

        QCOMPARE(m_repo->count(true), 1);
        const auto stored = m_repo->load(m_repo->find({}).constFirst().id);
        QCOMPARE(stored->nameZh, QStringLiteral("陳小明"));
        QCOMPARE(stored->conditions, QList<Condition>{Condition::Diabetes});

        // She is in the list, selected, and counted.
        auto *table = list()->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(list()->currentPatientId(), stored->id);
        QCOMPARE(list()->findChild<QLabel *>(QStringLiteral("patientCount"))->text(), QStringLiteral("Patients: 1"));

        // Typing part of her Chinese name finds her; another name does not.
        QLineEdit *search = list()->searchField();
        test::commitText(search, QStringLiteral("小明"));
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();
        test::commitText(search, QStringLiteral("黃"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(list()->findChild<QLabel *>(QStringLiteral("patientCount"))->text().contains(QStringLiteral("黃")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("SIU"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void mistakesAreShownAndNothingTypedIsLost()
    {
        Patient existing
            = test::makePatient(QStringLiteral("Lee Ka Yan"), QStringLiteral("李嘉欣"), QStringLiteral("HK-0002"));
        QVERIFY(m_repo->save(existing));
        m_window->findChild<PatientListModel *>()->refresh();

        bool checked = false;
        test::onNextDialog([&checked](QDialog *dialog) {
            // No name at all: a message, and the dialog stays open.
            clickSave(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(errorLabel(dialog)->isVisible());
            QVERIFY(errorLabel(dialog)->text().contains(QLatin1String("English name or a Chinese name")));

            // A file number that belongs to someone else: told whose, the form kept as typed.
            auto *nameEn = dialog->findChild<QLineEdit *>(QStringLiteral("nameEn"));
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileNumber"));
            QTest::keyClicks(nameEn, QStringLiteral("Wong Wing Sze"));
            QTest::keyClicks(file, QStringLiteral("HK-0002"));
            clickSave(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(errorLabel(dialog)->text().contains(QStringLiteral("李嘉欣")));
            QCOMPARE(nameEn->text(), QStringLiteral("Wong Wing Sze"));
            QCOMPARE(dialog->focusWidget(), file); // the cursor waits in the field to fix

            file->clear();
            QTest::keyClicks(file, QStringLiteral("HK-0003"));
            clickSave(dialog);
            checked = true;
        });
        m_window->patientController()->addPatient();
        QVERIFY(checked);
        QCOMPARE(m_repo->count(true), 2);
    }

    // Escape, Cancel and the window's close button ask before her edits would go: "Keep editing"
    // keeps them on screen, Discard closes without saving, Save stores them. With nothing changed
    // the window closes without a question.
    void editsAreNeverLostWithoutAQuestion()
    {
        Patient p = test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"));
        QVERIFY(m_repo->save(p));
        auto answer = [](QMessageBox::StandardButton which, QStringList *asked) {
            test::onNextDialog([which, asked](QDialog *q) {
                *asked << q->objectName();
                auto *box = qobject_cast<QMessageBox *>(q);
                QVERIFY(box);
                // Every choice has its own Alt-letter.
                for (auto b : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
                    QVERIFY2(
                        !QKeySequence::mnemonic(box->button(b)->text()).isEmpty(), qPrintable(box->button(b)->text()));
                box->button(which)->click();
            });
        };
        QStringList asked;
        test::onNextDialog([&](QDialog *dialog) {
            auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
            QTest::keyClicks(phone, QStringLiteral("6123 4567"));
            answer(QMessageBox::Cancel, &asked);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(dialog->isVisible());
            QCOMPARE(phone->text(), QStringLiteral("6123 4567"));
            answer(QMessageBox::Discard, &asked);
            dialog->close(); // the title bar's close button
            QVERIFY(!dialog->isVisible());
        });
        m_window->patientController()->editPatient(p.id);
        QCOMPARE(asked, QStringList(2, QStringLiteral("unsavedQuestion")));
        QCOMPARE(m_repo->load(p.id)->phone, QString());

        test::onNextDialog([&](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("6123 4567"));
            answer(QMessageBox::Save, &asked);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->patientController()->editPatient(p.id);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(m_repo->load(p.id)->phone, QStringLiteral("6123 4567"));

        bool closed = false;
        test::onNextDialog([&](QDialog *dialog) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            closed = !dialog->isVisible();
        });
        m_window->patientController()->editPatient(p.id);
        QVERIFY(closed);
        QCOMPARE(asked.size(), 3);
    }

    // A loss that has a plan cannot be removed: she is told so when she presses Remove, and every
    // other edit of the record is still there to save.
    void aLossWithAPlanIsRefusedAtRemoveNotAtSave()
    {
        Patient p = test::makePatient(QStringLiteral("Tam Lok Yee"), QStringLiteral("譚樂怡"));
        p.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(m_repo->save(p));
        const Planner planner(content::builtInItems());
        const PlanPatient profile = PlanPatient::forLoss(p, p.losses.constFirst().id);
        Plan plan = planner.generate(profile, Planner::defaultSettings(profile.loss));
        plan.patientId = p.id;
        plan.lossId = profile.loss.id;
        QVERIFY(m_plans->save(plan));

        QString told;
        test::onNextDialog([&](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("2833 0000"));
            auto *table = dialog->findChild<QTableView *>(QStringLiteral("lossTable"));
            dialog->findChild<QTabWidget *>(QStringLiteral("patientTabs"))->setCurrentIndex(2);
            table->selectRow(0);
            test::onNextDialog([&](QDialog *refusal) {
                told = refusal->objectName() + QLatin1Char(':') + qobject_cast<QMessageBox *>(refusal)->text();
                refusal->accept();
            });
            dialog->findChild<QPushButton *>(QStringLiteral("removeLoss"))->click();
            QCOMPARE(table->model()->rowCount(), 1);
            // The tab's name for a screen reader is its words, count included, without the "&".
            auto *tabBar = dialog->findChild<QTabWidget *>(QStringLiteral("patientTabs"))->tabBar();
            QCOMPARE(tabBar->accessibleTabName(2), QStringLiteral("Loss history (1)"));
            clickSave(dialog);
            QVERIFY(!dialog->isVisible());
        });
        m_window->patientController()->editPatient(p.id);
        QVERIFY2(told.startsWith(QLatin1String("lossHasPlan:")) && told.contains(QLatin1String("recovery plan")),
            qPrintable(told));
        const auto stored = m_repo->load(p.id);
        QCOMPARE(stored->phone, QStringLiteral("2833 0000"));
        QCOMPARE(stored->losses.size(), 1);
    }

    // "Too long" and the other problems go as soon as she fixes them, not at the next Save.
    void aFixedProblemLeavesTheScreenAtOnce()
    {
        bool checked = false;
        test::onNextDialog([&](QDialog *dialog) {
            auto *nameEn = dialog->findChild<QLineEdit *>(QStringLiteral("nameEn"));
            nameEn->setText(QString(500, QLatin1Char('a')));
            clickSave(dialog);
            QVERIFY(errorLabel(dialog)->isVisible());
            QVERIFY(errorLabel(dialog)->text().contains(QLatin1String("too long")));
            nameEn->setText(QStringLiteral("Wong Wing Sze"));
            QVERIFY(!errorLabel(dialog)->isVisible());
            QTest::keyClick(nameEn, Qt::Key_Backspace);
            nameEn->clear();
            QVERIFY(errorLabel(dialog)->isVisible()); // an empty name is a problem again, said at once
            nameEn->setText(QStringLiteral("Wong Wing Sze"));
            clickSave(dialog);
            checked = !dialog->isVisible();
        });
        m_window->patientController()->addPatient();
        QVERIFY(checked);
        QCOMPARE(m_repo->count(true), 1);
    }

    // The language her printouts are made in is chosen in the dialog, stored, and shown again.
    void printLanguageIsChosenInTheDialog()
    {
        Patient p = test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"));
        QVERIFY(m_repo->save(p));

        bool checked = false;
        test::onNextDialog([&checked](QDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("printLanguage"));
            QVERIFY(combo);
            QCOMPARE(combo->currentText(), QStringLiteral("Not chosen yet"));
            QCOMPARE(combo->count(), 1 + allValues<PrintLanguage>().size());
            const int traditional = combo->findText(displayName(PrintLanguage::EnglishTraditional));
            QVERIFY(traditional > 0);
            combo->setCurrentIndex(traditional);
            clickSave(dialog);
            checked = true;
        });
        m_window->patientController()->editPatient(p.id);
        QVERIFY(checked);
        QCOMPARE(m_repo->load(p.id)->printLanguage, std::optional(PrintLanguage::EnglishTraditional));

        QString shown;
        test::onNextDialog([&shown](QDialog *dialog) {
            shown = dialog->findChild<QComboBox *>(QStringLiteral("printLanguage"))->currentText();
            dialog->reject();
        });
        m_window->patientController()->editPatient(p.id);
        QCOMPARE(shown, displayName(PrintLanguage::EnglishTraditional));
    }

    void enterOpensTheSelectedPatient()
    {
        Patient p = test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"));
        QVERIFY(m_repo->save(p));
        m_window->findChild<PatientListModel *>()->refresh();

        QString title;
        test::onNextDialog([&title](QDialog *dialog) {
            title = dialog->windowTitle();
            dialog->reject();
        });
        test::commitText(list()->searchField(), QStringLiteral("黃"));
        QTest::keyClick(list()->searchField(), Qt::Key_Return);
        QVERIFY(title.contains(QStringLiteral("黃詠詩")));
    }

    // Ticking "Show archived" on the list (not in the menu) still offers Restore, and the two
    // stay in step.
    void restoreIsReachableFromTheListCheckbox()
    {
        Patient p = test::makePatient(QStringLiteral("Ho Yuen Ting"), QStringLiteral("何婉婷"));
        p.archived = true;
        QVERIFY(m_repo->save(p));
        list()->findChild<QCheckBox *>(QStringLiteral("showArchived"))->setChecked(true);
        list()->selectPatient(p.id);
        auto *restore = m_window->findChild<QAction *>(QStringLiteral("restorePatient"));
        QVERIFY(restore->isVisible());
        QVERIFY(restore->isEnabled());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("showArchivedAction"))->isChecked());
        restore->trigger();
        QVERIFY(!m_repo->load(p.id)->archived);
    }

    // With every patient archived the list is empty, and says why rather than "no patients yet".
    void allArchivedIsSaidPlainly()
    {
        Patient p = test::makePatient(QStringLiteral("Ho Yuen Ting"), QStringLiteral("何婉婷"));
        p.archived = true;
        QVERIFY(m_repo->save(p));
        m_window->findChild<PatientListModel *>()->refresh();
        const QString text = list()->findChild<QLabel *>(QStringLiteral("patientCount"))->text();
        QVERIFY2(text.contains(QLatin1String("archived")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("No patients yet")));
    }

    // Alt+letter reaches exactly one control on each page of the patient dialog, in every language.
    void dialogAcceleratorsAreUnique_data()
    {
        QTest::addColumn<int>("language");
        for (Language l : allLanguages())
            QTest::newRow(qPrintable(languageCode(l))) << int(l);
    }
    void dialogAcceleratorsAreUnique()
    {
        QFETCH(int, language);
        m_languages->setLanguage(Language(language));
        PatientDialog dialog(Patient{});
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int page = 0; page < tabs->count(); ++page) {
            QStringList texts;
            for (int t = 0; t < tabs->count(); ++t)
                texts << tabs->tabText(t);
            const QWidget *widget = tabs->widget(page);
            for (auto *label : widget->findChildren<QLabel *>())
                texts << label->text();
            for (auto *button : widget->findChildren<QAbstractButton *>())
                texts << button->text();
            // The buttons under the tabs (Save, Cancel, History of changes) answer on every page.
            for (auto *button : dialog.findChild<QDialogButtonBox *>()->buttons())
                texts << button->text();
            const QString clash = test::mnemonicClash(texts);
            QVERIFY2(clash.isEmpty(), qPrintable(clash));
        }
        m_languages->setLanguage(Language::English);
    }

    void archiveAndShowArchived()
    {
        Patient p = test::makePatient(QStringLiteral("Ho Yuen Ting"), QStringLiteral("何婉婷"));
        QVERIFY(m_repo->save(p));
        auto *model = m_window->findChild<PatientListModel *>();
        model->refresh();
        list()->selectPatient(p.id);

        test::onNextDialog([](QDialog *box) {
            QVERIFY(box->findChild<QLabel *>() != nullptr);
            auto *buttons = box->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Yes), Qt::LeftButton);
        });
        m_window->patientController()->setArchived(p.id, true);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(m_repo->load(p.id)->archived); // hidden, not deleted

        list()->findChild<QCheckBox *>(QStringLiteral("showArchived"))->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
    }

    // Two desks edit her at once. The second save is told plainly; "Keep mine as a copy" stores
    // her version as a new record beside the other desk's, and nothing is overwritten.
    void aChangeAtAnotherDeskCanBeKeptAsACopy()
    {
        Patient p
            = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"), QStringLiteral("HK-0100"));
        QVERIFY(m_repo->save(p));
        Database otherDesk;
        QVERIFY(otherDesk.open(m_db->path()));
        PatientRepository other(otherDesk);

        bool asked = false;
        test::onNextDialog([&](QDialog *dialog) {
            // Meanwhile, the other desk saves a new phone number.
            Patient there = *other.load(p.id);
            there.phone = QStringLiteral("6000 1111");
            QVERIFY(other.save(there));

            auto *notes = dialog->findChild<QPlainTextEdit *>();
            QVERIFY(notes);
            notes->setPlainText(QStringLiteral("Sleeping better."));
            test::onNextDialog([&](QDialog *prompt) {
                QVERIFY(prompt->windowTitle().contains(QLatin1String("another desk")));
                QPushButton *copy = nullptr;
                for (auto *b : prompt->findChildren<QPushButton *>())
                    if (b->text().contains(QLatin1String("copy")))
                        copy = b;
                QVERIFY(copy && copy->text().contains(QLatin1String("copy")));
                asked = true;
                copy->click();
            });
            clickSave(dialog);
        });
        m_window->patientController()->editPatient(p.id);
        QVERIFY(asked);

        const auto all = m_repo->find({QStringLiteral("Chan Mei Ling"), true});
        QCOMPARE(all.size(), 2);
        const Patient original = *m_repo->load(p.id);
        QCOMPARE(original.phone, QStringLiteral("6000 1111")); // the other desk's save stands
        QVERIFY(original.notes.isEmpty());
        QCOMPARE(original.fileNumber, QStringLiteral("HK-0100"));
        const qint64 copyId = all.at(0).id == p.id ? all.at(1).id : all.at(0).id;
        const Patient copy = *m_repo->load(copyId);
        QCOMPARE(copy.notes, QStringLiteral("Sleeping better.")); // hers, kept
        QVERIFY(copy.fileNumber.isEmpty());
    }

    // "Show the latest" opens her record again as the other desk saved it.
    void aChangeAtAnotherDeskCanBeReloaded()
    {
        Patient p = test::makePatient(QStringLiteral("Ho Ka Yan"), QStringLiteral("何嘉欣"));
        QVERIFY(m_repo->save(p));
        Database otherDesk;
        QVERIFY(otherDesk.open(m_db->path()));
        PatientRepository other(otherDesk);

        QString phoneShownAgain;
        test::onNextDialog([&](QDialog *dialog) {
            Patient there = *other.load(p.id);
            there.phone = QStringLiteral("6000 2222");
            QVERIFY(other.save(there));
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEn"))->setText(QStringLiteral("Ho Ka-yan"));
            test::onNextDialog([&](QDialog *prompt) {
                // The dialog opens again, on the latest record.
                test::onNextDialog([&](QDialog *again) {
                    phoneShownAgain = again->findChild<QLineEdit *>(QStringLiteral("phone"))->text();
                    again->reject();
                });
                for (auto *b : prompt->findChildren<QPushButton *>())
                    if (b->text().contains(QLatin1String("latest")))
                        b->click();
            });
            clickSave(dialog);
        });
        m_window->patientController()->editPatient(p.id);
        QCOMPARE(phoneShownAgain, QStringLiteral("6000 2222"));
        QCOMPARE(m_repo->load(p.id)->nameEn, QStringLiteral("Ho Ka Yan")); // nothing of hers was forced in
        QCOMPARE(m_repo->find({QStringLiteral("Ho"), true}).size(), 1);
    }

    // Her window shows who changed what: the phone number changed here is listed, with this desk.
    void theHistoryOfChangesIsReadableFromHerWindow()
    {
        Patient p = test::makePatient(
            QStringLiteral("Yip Sze Wan"), QStringLiteral("葉詩韻"), {}, QStringLiteral("6123 4567"));
        QVERIFY(m_repo->save(p));
        p.phone = QStringLiteral("6000 3333");
        QVERIFY(m_repo->save(p));

        QStringList rows;
        test::onNextDialog([&](QDialog *dialog) {
            auto *history = dialog->findChild<QPushButton *>(QStringLiteral("historyButton"));
            QVERIFY(history && history->isVisible());
            test::onNextDialog([&](QDialog *log) {
                auto *table = log->findChild<QTableView *>(QStringLiteral("auditLog"));
                QVERIFY(table);
                for (int r = 0; r < table->model()->rowCount(); ++r) {
                    QStringList cells;
                    for (int c = 0; c < table->model()->columnCount(); ++c)
                        cells << table->model()->index(r, c).data().toString();
                    rows << cells.join(QStringLiteral(" | "));
                }
                log->reject();
            });
            history->click();
            dialog->reject();
        });
        m_window->patientController()->editPatient(p.id);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).contains(QStringLiteral("Phone: 6123 4567 → 6000 3333")), qPrintable(rows.at(0)));
        QVERIFY(rows.at(0).contains(QSysInfo::machineHostName()));
        // Dated as everywhere else in the app ("28 Nov 2026"), never an ambiguous 11/12/26.
        QVERIFY2(rows.at(0).startsWith(displayDate(QDate::currentDate()) + u' '), qPrintable(rows.at(0)));
        QVERIFY(rows.at(1).contains(QLatin1String("Added")));
    }
};

QTEST_MAIN(TestPatientGui)
#include "tst_patientgui.moc"
