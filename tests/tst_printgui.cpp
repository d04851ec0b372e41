// Printing as the practitioner does it: Clinic settings, the print dialog opening in the
// patient's language, exporting a PDF that lands in her print history, reprinting exactly what
// she was given after the plan changed, and saving an edited plan before it prints.
#include "guitestutil.h"
#include "testutil.h"

#include "core/settings.h"
#include "core/terms.h"
#include "patients/patientlistpanel.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "plan/planspanel.h"
#include "print/clinicsettingsdialog.h"
#include "print/printcontroller.h"
#include "print/printdialog.h"
#include "print/printhistorydialog.h"
#include "print/printhistorymodel.h"
#include "printout/printeddocument.h"
#include "workspace/printservice.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"
#include "storage/upkeep.h"

#include <QPrintEngine>
#include <QPrinter>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTableView>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rp;

namespace {
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestPrintGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Database &m_db = m_workspace.database();
    PatientRepository *m_patients = nullptr;
    PlanRepository *m_plans = nullptr;
    LibraryRepository *m_library = nullptr;
    ClinicRepository *m_clinic = nullptr;
    PrintHistoryRepository *m_history = nullptr;
    PrintService *m_service = nullptr;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    Patient m_patient;
    Plan m_plan;
    Patient m_underWay;

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    PrintDialog *openPrintDialog()
    {
        m_window->patientList()->selectPatient(m_patient.id);
        QAction *print = action("printPlan");
        if (!print || !print->isEnabled())
            return nullptr;
        print->trigger();
        return m_window->findChild<PrintDialog *>();
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(Language::English);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("printgui.sqlite"))));
        QString message;
        QVERIFY(m_workspace.bringUpToDate(&message));
        m_patients = &m_workspace.patients();
        m_plans = &m_workspace.plans();
        m_library = &m_workspace.library();
        m_clinic = &m_workspace.clinic();
        m_history = &m_workspace.printHistory();
        m_service = &m_workspace.printService();
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));

        m_patient = test::makePatient(QStringLiteral("Ho Wing Sze"), QStringLiteral("何詠詩"), QStringLiteral("MO-77"));
        m_patient.printLanguage = PrintLanguage::Traditional;
        m_patient.losses << test::makeLoss(QDate(2026, 11, 2));
        QVERIFY(m_patients->save(m_patient));
        const Planner planner(content::builtInItems());
        m_plan = planner.generate(PlanPatient::forLoss(m_patient, m_patient.losses.constFirst().id),
            Planner::defaultSettings(m_patient.losses.constFirst()));
        m_plan.patientId = m_patient.id;
        m_plan.lossId = m_patient.losses.constFirst().id;
        m_plan.title = QStringLiteral("After 2 Nov");
        QVERIFY(m_plans->save(m_plan));

        // A patient whose plan is under way: today is its day 10.
        m_underWay
            = test::makePatient(QStringLiteral("Lam Siu Fong"), QStringLiteral("林小芳"), QStringLiteral("MO-78"));
        m_underWay.printLanguage = PrintLanguage::English;
        m_underWay.losses << test::makeLoss(QDate::currentDate().addDays(-10));
        QVERIFY(m_patients->save(m_underWay));
        const Loss &loss = m_underWay.losses.constFirst();
        const PlanSettings settings = Planner::defaultSettings(loss); // starts the day after the loss
        Plan underWay = planner.generate(PlanPatient::forLoss(m_underWay, loss.id), settings);
        underWay.patientId = m_underWay.id;
        underWay.lossId = loss.id;
        QVERIFY(m_plans->save(underWay));
        QCOMPARE(settings.dayOn(QDate::currentDate()), 10);

        m_window = std::make_unique<MainWindow>(m_workspace, m_languages, *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void clinicSettingsRefuseBadInputAndKeepWhatWasTyped()
    {
        const QString logo = m_dir.filePath(QStringLiteral("logo.png"));
        QImage image(2000, 1000, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(logo));
        const QString notAPicture = m_dir.filePath(QStringLiteral("logo.txt"));
        QFile f(notAPicture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
        f.close();

        bool checked = false;
        test::onNextDialog([&](QDialog *d) {
            auto *dialog = qobject_cast<ClinicSettingsDialog *>(d);
            QVERIFY(dialog);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("clinicError"));
            dialog->findChild<QLineEdit *>(QStringLiteral("clinicNameEn"))
                ->setText(QStringLiteral("Harbour TCM Clinic"));
            auto *nameZh = dialog->findChild<QLineEdit *>(QStringLiteral("clinicNameZh"));
            nameZh->setFocus();
            test::commitText(nameZh, QStringLiteral("海港中醫診所"));
            dialog->findChild<QLineEdit *>(QStringLiteral("clinicPhone"))->setText(QStringLiteral("+853 2833 0000"));

            QVERIFY(!dialog->setLogoFile(notAPicture));
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QLatin1String("logo.txt")));
            QVERIFY(dialog->setLogoFile(logo));
            QImage stored;
            QVERIFY(stored.loadFromData(dialog->clinic().logo));
            QCOMPARE(stored.width(), 512); // scaled down for the header

            // Too long: refused with a message, everything typed still there.
            auto *practitioner = dialog->findChild<QLineEdit *>(QStringLiteral("practitionerEn"));
            practitioner->setText(QString(201, u'x'));
            test::clickButton(dialog, QDialogButtonBox::Save);
            QVERIFY(dialog->isVisible());
            QVERIFY(error->text().contains(QLatin1String("too long")));
            QCOMPARE(nameZh->text(), QStringLiteral("海港中醫診所"));
            practitioner->setText(QStringLiteral("Dr Wong Ka Yan"));
            test::clickButton(dialog, QDialogButtonBox::Save);
            checked = true;
        });
        action("clinicSettings")->trigger();
        QVERIFY(checked);
        const ClinicInfo saved = m_clinic->load();
        QCOMPARE(saved.nameZh, QStringLiteral("海港中醫診所"));
        QCOMPARE(saved.practitionerEn, QStringLiteral("Dr Wong Ka Yan"));
        QVERIFY(!saved.logo.isEmpty());
    }

    void thePrintDialogOpensInHerLanguage()
    {
        PrintDialog *dialog = openPrintDialog();
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("printLanguage"));
        auto *layout = dialog->findChild<QComboBox *>(QStringLiteral("bilingualLayout"));
        QCOMPARE(comboValueOf(language), codeOf(PrintLanguage::Traditional)); // hers, not the screen's English
        QVERIFY(!layout->isEnabled());
        language->setCurrentIndex(language->findData(codeOf(PrintLanguage::EnglishTraditional)));
        QVERIFY(layout->isEnabled());

        // No document ticked: nothing to print, and the buttons say so.
        QList<QCheckBox *> boxes;
        for (PrintDocument d : allValues<PrintDocument>())
            boxes << dialog->findChild<QCheckBox *>(QStringLiteral("document-") + codeOf(d));
        for (QCheckBox *b : boxes)
            b->setChecked(false);
        QVERIFY(!dialog->exportButton()->isEnabled());
        boxes.constFirst()->setChecked(true);
        QVERIFY(dialog->exportButton()->isEnabled());
        dialog->close();
    }

    void exportingAPdfRecordsItOnHerAndRemembersTheLanguage()
    {
        PrintDialog *dialog = openPrintDialog();
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("printLanguage"));
        language->setCurrentIndex(language->findData(codeOf(PrintLanguage::Simplified)));
        for (PrintDocument d : allValues<PrintDocument>())
            dialog->findChild<QCheckBox *>(QStringLiteral("document-") + codeOf(d))
                ->setChecked(d == PrintDocument::Diet);

        // Through the button, as she would: the file dialog offers a name, she accepts a path.
        const QString pdf = m_dir.filePath(QStringLiteral("given.pdf"));
        test::onNextDialog([&](QDialog *d) {
            auto *files = qobject_cast<QFileDialog *>(d);
            QVERIFY(files);
            QVERIFY(files->selectedFiles().constFirst().contains(QLatin1String("Ho Wing Sze diet 2026-11-03 zh-Hans")));
            files->selectFile(pdf);
            QMetaObject::invokeMethod(files, "accept");
        });
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("printMessage"));
        QVERIFY2(message->text().contains(QLatin1String("given.pdf")), qPrintable(message->text()));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("饮食安排")));
        QVERIFY(text.contains(QStringLiteral("何詠詩"))); // her name as registered
        QVERIFY(text.contains(QStringLiteral("海港中医诊所"))); // the clinic, converted for a Simplified page
        dialog->close();

        const QList<PrintRecord> records = m_history->forPatient(m_patient.id);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().options.language, PrintLanguage::Simplified);
        QCOMPARE(records.constFirst().options.documents, QList<PrintDocument>{PrintDocument::Diet});
        QCOMPARE(records.constFirst().output, PrintOutput::Pdf);
        QCOMPARE(records.constFirst().fileName, pdf);
        QCOMPARE(m_patients->load(m_patient.id)->printLanguage, PrintLanguage::Simplified);
    }

    void aReprintIsExactlyWhatWasGivenEvenAfterThePlanChanged()
    {
        const QList<PrintRecord> before = m_history->forPatient(m_patient.id);
        QVERIFY(!before.isEmpty());
        // The plan changes after the printout was given.
        Plan changed = *m_plans->load(m_plan.id);
        changed.day(1)->setEntry(Slot::Breakfast, QStringLiteral("eight-treasure-porridge"));
        changed.title = QStringLiteral("Changed later");
        QVERIFY(m_plans->save(changed));

        m_window->patientList()->selectPatient(m_patient.id);
        action("printHistory")->trigger();
        auto *history = m_window->findChild<PrintHistoryDialog *>();
        QVERIFY(history);
        QCOMPARE(history->table()->model()->rowCount(), 1);
        QVERIFY(history->table()->model()->index(0, 2).data().toString().contains(QLatin1String("Simplified")));
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        QString message;
        QVERIFY2(
            m_window->printController()->exportAgain(history->currentRecordId(), again, &message), qPrintable(message));
        QCOMPARE(pdfText(again), pdfText(m_dir.filePath(QStringLiteral("given.pdf"))));
        QCOMPARE(m_history->forPatient(m_patient.id).size(), 2);
        history->close();
    }

    void anEditedPlanIsSavedBeforeItPrints()
    {
        m_window->patientList()->selectPatient(m_patient.id);
        PlanEditor *editor = m_window->planController()->openPlan(m_plan.id);
        QVERIFY(editor);
        editor->setSlot(2, Slot::Snack, QStringLiteral("red-date-white-fungus"));
        QVERIFY(editor->isDirty());
        test::onNextDialog([](QDialog *d) {
            auto *box = qobject_cast<QMessageBox *>(d);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
        });
        editor->requestPrint(false);
        QTRY_VERIFY(!editor->isDirty());
        // The print dialog belongs to the editor it was asked from: the main window is not
        // raised over the editor, and closing the dialog leaves her in the editor.
        QTRY_VERIFY(editor->findChild<PrintDialog *>());
        QCOMPARE(editor->findChild<PrintDialog *>()->parentWidget(), editor);
        QCOMPARE(m_plans->load(m_plan.id)->day(2)->entry(Slot::Snack)->itemId, QStringLiteral("red-date-white-fungus"));
        editor->findChild<PrintDialog *>()->close();
        editor->close();
    }

    // The printer dialog's page range, current page or odd/even pages are refused in words:
    // a printout goes out whole, so her print history says exactly what she was given.
    void onlyWholePrintoutsArePrinted()
    {
        QPrinter printer(QPrinter::HighResolution);
        QVERIFY(PrintController::partOfThePrintout(printer).isEmpty());
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(1, 1);
        QVERIFY(PrintController::partOfThePrintout(printer).contains(QLatin1String("all pages")));
        printer.setPrintRange(QPrinter::AllPages);
        printer.setFromTo(0, 0);
        QVERIFY(PrintController::partOfThePrintout(printer).isEmpty());
        // Odd or even pages come as a CUPS job option, where the CUPS engine keeps them.
        const QStringList odd{QStringLiteral("page-set"), QStringLiteral("odd")};
        printer.printEngine()->setProperty(QPrintEngine::PPK_CustomBase, odd);
        if (printer.printEngine()->property(QPrintEngine::PPK_CustomBase).toStringList() == odd)
            QVERIFY(!PrintController::partOfThePrintout(printer).isEmpty());
    }

    // A plan under way prints from today on if she asks: the days before are left out of every
    // document, the pages say from which day, and her print history records exactly that.
    void aPlanUnderWayPrintsFromTodayOn()
    {
        const Patient &lam = m_underWay;

        m_window->patientList()->selectPatient(lam.id);
        QAction *print = action("printPlan");
        QVERIFY(print && print->isEnabled());
        print->trigger();
        PrintDialog *dialog = nullptr;
        for (PrintDialog *d : m_window->findChildren<PrintDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(QLatin1String("Lam Siu Fong")), qPrintable(dialog->windowTitle()));
        auto *fromToday = dialog->findChild<QCheckBox *>(QStringLiteral("fromToday"));
        QVERIFY(fromToday && fromToday->isVisible());
        QVERIFY(fromToday->text().contains(QLatin1String("day 10 of 30")));
        QVERIFY2(!fromToday->isChecked(), "the whole plan unless she asks");
        QCOMPARE(dialog->options().fromDay, 1);
        fromToday->setChecked(true);
        QCOMPARE(dialog->options().fromDay, 10);

        const QString pdf = m_dir.filePath(QStringLiteral("from-today.pdf"));
        test::onNextDialog([&](QDialog *d) {
            auto *files = qobject_cast<QFileDialog *>(d);
            QVERIFY(files);
            QVERIFY(files->selectedFiles().constFirst().contains(QLatin1String("from day 10")));
            files->selectFile(pdf);
            QMetaObject::invokeMethod(files, "accept");
        });
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        dialog->close();
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("from day 10")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\bDay 10\\b"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\bDay 30\\b"))));
        for (int day = 1; day < 10; ++day)
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\bDay %1\\b").arg(day))),
                qPrintable(QString::number(day)));

        const QList<PrintRecord> records = m_history->forPatient(lam.id);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().options.fromDay, 10);
        PrintHistoryModel model;
        model.setRecords(records);
        QVERIFY(
            model.data(model.index(0, PrintHistoryModel::Documents)).toString().contains(QLatin1String("from day 10")));
        // The reprint is the printout she was given, from day 10.
        const auto stored = m_history->load(records.constFirst().id);
        QVERIFY(stored);
        const auto reprinted = PrintedDocument::fromJson(stored->snapshot);
        QVERIFY(reprinted);
        QCOMPARE(reprinted->options.fromDay, 10);
    }

    // Alt+letter reaches exactly one control in each print dialog, in every language.
    void printDialogAcceleratorsAreUnique_data()
    {
        QTest::addColumn<int>("language");
        for (Language l : allLanguages())
            QTest::newRow(qPrintable(languageCode(l))) << int(l);
    }
    void printDialogAcceleratorsAreUnique()
    {
        QFETCH(int, language);
        m_languages.setLanguage(Language(language));
        PrintDialog print(QStringLiteral("何詠詩 Ho Wing Sze"), QStringLiteral("After 2 Nov"), PrintOptions{}, 12, 30);
        ClinicSettingsDialog clinic(ClinicInfo{}, [](const ClinicInfo &, QString *) { return true; });
        PrintHistoryDialog history(QStringLiteral("何詠詩"), new PrintHistoryModel);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&print, &clinic, &history}) {
            QStringList texts;
            for (auto *label : dialog->findChildren<QLabel *>())
                texts << label->text();
            for (auto *button : dialog->findChildren<QAbstractButton *>())
                texts << button->text();
            const QString clash = test::mnemonicClash(texts);
            QVERIFY2(clash.isEmpty(), qPrintable(clash));
        }
        m_languages.setLanguage(Language::English);
    }

private:
    static QString comboValueOf(QComboBox *combo) { return combo->currentData().toString(); }
};

QTEST_MAIN(TestPrintGui)
#include "tst_printgui.moc"
