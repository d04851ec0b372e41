// The safety work as the practitioner meets it: wine offered only where it may be, the heavy
// bleeding notice said at once, a failed transfer always IVF, the emergency and crisis numbers in
// Clinic settings, her calendar choice remembered, plans made under earlier rules marked, and an
// old printout's reprint asking first.
#include "guitestutil.h"
#include "testutil.h"

#include "core/planner.h"
#include "core/terms.h"
#include "patients/lossdialog.h"
#include "plan/plancontroller.h"
#include "plan/planeditor.h"
#include "plan/plansettingsdialog.h"
#include "plan/planspanel.h"
#include "print/clinicsettingsdialog.h"
#include "print/printcontroller.h"
#include "print/printdialog.h"
#include "print/printhistorydialog.h"
#include "workspace/printservice.h"
#include "shell/languagemanager.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"
#include "storage/upkeep.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
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

// Runs `step` on the next modal dialog of type T (one that opens after another closes, too).
template <typename T> void onNext(std::function<void(T *)> step)
{
    QTimer::singleShot(0, [step] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        step(dialog);
    });
}

// Saves `widget` as a picture when RP_SCREENSHOT_DIR is set (for docs and for reading it over).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestSafetyGui : public QObject
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
    LanguageManager m_languages;
    QWidget m_window;
    Planner m_planner{content::builtInItems()};
    Patient m_patient;
    Plan m_plan;

    Plan makePlan(const Patient &patient)
    {
        const PlanPatient profile = PlanPatient::forLoss(patient, patient.losses.constFirst().id);
        Plan plan = m_planner.generate(profile, Planner::defaultSettings(profile.loss));
        plan.patientId = patient.id;
        plan.lossId = profile.loss.id;
        plan.title = QStringLiteral("After 2 Nov");
        return plan;
    }

    bool setRulesVersion(const char *table, qint64 id, int version)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE %1 SET rules_version = ? WHERE id = ?").arg(QLatin1String(table)));
        q.addBindValue(version);
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(Language::English);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("safety.sqlite"))));
        QString message;
        QVERIFY2(m_workspace.bringUpToDate(&message), qPrintable(message));
        m_patients = &m_workspace.patients();
        m_plans = &m_workspace.plans();
        m_library = &m_workspace.library();
        m_clinic = &m_workspace.clinic();
        m_history = &m_workspace.printHistory();
        m_service = &m_workspace.printService();
        m_patient = test::makePatient(QStringLiteral("Ho Wing Sze"), QStringLiteral("何詠詩"), QStringLiteral("MO-78"));
        m_patient.losses << test::makeLoss(QDate(2026, 11, 2));
        QVERIFY(m_patients->save(m_patient));
        m_plan = makePlan(m_patient);
        QVERIFY(m_plans->save(m_plan));
        m_window.resize(900, 700);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void wineIsNotOfferedWhileSheIsPlanningToConceive()
    {
        Patient planning = m_patient;
        planning.conditions = {Condition::PlanningToConceive};
        PlanSettings chosen = m_plan.settings;
        chosen.wineChosen = true; // chosen once, before she said she is trying again
        PlanSettingsDialog dialog(m_planner, planning, chosen, m_plan.title, m_plan.lossId);
        dialog.show();
        auto *wine = dialog.findChild<QCheckBox *>(QStringLiteral("wineChosen"));
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("wineReason"));
        QVERIFY(wine && reason);
        QVERIFY(!wine->isEnabled());
        QVERIFY(!wine->isChecked());
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(displayName(Condition::PlanningToConceive)), qPrintable(reason->text()));
        dialog.accept();
        QVERIFY(!dialog.settings().wineChosen);

        // For a cold type without those conditions, the practitioner may choose it.
        Patient cold = m_patient;
        cold.constitution = Constitution::Cold;
        PlanSettingsDialog free(m_planner, cold, chosen, m_plan.title, m_plan.lossId);
        free.show();
        auto *offered = free.findChild<QCheckBox *>(QStringLiteral("wineChosen"));
        QVERIFY(offered->isEnabled());
        QVERIFY(offered->isChecked());
        QVERIFY(!free.findChild<QLabel *>(QStringLiteral("wineReason"))->isVisible());
        free.accept();
        QVERIFY(free.settings().wineChosen);
    }

    // The box follows the planner: whatever keeps wine dishes off her plan keeps the box unticked,
    // so the printout never says wine was chosen for her while it schedules none.
    void wineIsNotOfferedWhereThePlanCannotHaveIt()
    {
        PlanSettings chosen = m_plan.settings;
        chosen.wineChosen = true;
        PlanSettingsDialog unassessed(m_planner, m_patient, chosen, m_plan.title, m_plan.lossId);
        unassessed.show();
        QVERIFY(!unassessed.findChild<QCheckBox *>(QStringLiteral("wineChosen"))->isEnabled());
        QVERIFY(unassessed.findChild<QLabel *>(QStringLiteral("wineReason"))
                    ->text()
                    .contains(QStringLiteral("not yet assessed")));

        Patient cold = m_patient;
        cold.constitution = Constitution::Cold;
        PlanSettingsDialog dialog(m_planner, cold, chosen, m_plan.title, m_plan.lossId);
        dialog.show();
        auto *wine = dialog.findChild<QCheckBox *>(QStringLiteral("wineChosen"));
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("wineReason"));
        QVERIFY(wine->isEnabled());
        dialog.findChild<QCheckBox *>(QStringLiteral("heavyBleeding"))->setChecked(true);
        QVERIFY(!wine->isEnabled());
        QVERIFY(!wine->isChecked());
        QVERIFY2(reason->text().contains(displayName(Tag::HeavyBleeding)), qPrintable(reason->text()));
        dialog.accept();
        QVERIFY(!dialog.settings().wineChosen);
    }

    void heavyBleedingIsSaidPlainlyTheMomentItIsTicked()
    {
        PlanSettingsDialog dialog(m_planner, m_patient, m_plan.settings, m_plan.title, m_plan.lossId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *bleeding = dialog.findChild<QCheckBox *>(QStringLiteral("heavyBleeding"));
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("heavyBleedingNotice"));
        QVERIFY(bleeding && notice);
        QVERIFY(!notice->isVisible());
        bleeding->click();
        QVERIFY(bleeding->isChecked());
        QVERIFY(notice->isVisible());
        for (const char *words : {"red flag", "soaks a pad in an hour or less", "walnut", "faint",
                 "emergency department now", "holds tonics and blood-moving foods"})
            QVERIFY2(notice->text().contains(QLatin1String(words)), words);
        QVERIFY(notice->toolTip().isEmpty()); // said on the label, not hidden in a tooltip
        QTest::qWait(50); // the dialog grows to the notice's lines
        QVERIFY(notice->height() >= notice->heightForWidth(notice->width()));
        screenshot(&dialog, QStringLiteral("plan-settings-heavy-bleeding"));
        bleeding->setChecked(false);
        QVERIFY(!notice->isVisible());
    }

    void thePlanEditorShowsTheSameNoticeWhileTheSettingsSaySo()
    {
        Plan plan = m_plan;
        plan.settings.heavyBleeding = true;
        PlanEditor editor(m_workspace.planService(), std::make_unique<Planner>(content::builtInItems()), m_patient,
            PlanPatient::forLoss(m_patient, plan.lossId), plan);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *banner = editor.findChild<QLabel *>(QStringLiteral("heavyBleedingNotice"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("urgent care")));
        editor.close();

        PlanEditor calm(m_workspace.planService(), std::make_unique<Planner>(content::builtInItems()), m_patient,
            PlanPatient::forLoss(m_patient, m_plan.lossId), m_plan);
        calm.show();
        QVERIFY(!calm.findChild<QLabel *>(QStringLiteral("heavyBleedingNotice"))->isVisible());
        calm.close();
    }

    void aFailedTransferIsAlwaysIvf()
    {
        LossDialog dialog(test::makeLoss(QDate(2026, 11, 2)), QDate(1988, 6, 1));
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("lossKind"));
        auto *ivf = dialog.findChild<QCheckBox *>(QStringLiteral("conceivedByIvf"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("lossDateHint"));
        QVERIFY(kind && ivf && hint);
        QVERIFY(ivf->isEnabled());
        QVERIFY(!ivf->isChecked());

        kind->setCurrentIndex(kind->findData(codeOf(LossKind::FailedIvfTransfer)));
        QVERIFY(ivf->isChecked());
        QVERIFY(!ivf->isEnabled());
        QCOMPARE(hint->text(), QStringLiteral("The day of the negative test, when support medication stops."));
        QVERIFY(hint->isVisible());

        kind->setCurrentIndex(kind->findData(codeOf(LossKind::BiochemicalPregnancy)));
        QVERIFY(ivf->isEnabled());
        QVERIFY(!ivf->isChecked()); // her own choice comes back
        QCOMPARE(hint->text(), QStringLiteral("The day the test turned negative or bleeding began."));

        // A miscarriage of an IVF pregnancy, recorded as such.
        kind->setCurrentIndex(kind->findData(codeOf(LossKind::Miscarriage)));
        ivf->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.loss().conceivedByIvf);
        QCOMPARE(dialog.loss().kind, LossKind::Miscarriage);
    }

    void clinicSettingsAskForTheNumbersAndCheckThem()
    {
        ClinicInfo saved;
        ClinicSettingsDialog dialog(ClinicInfo{}, [&](const ClinicInfo &c, QString *) {
            saved = c;
            return true;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *emergency = dialog.findChild<QLineEdit *>(QStringLiteral("emergencyNumber"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("crisis1NameEn"));
        auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("crisis1Number"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("clinicError"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("crisisNumbersNote"));
        QVERIFY(emergency && name && number && error && note);
        QVERIFY(emergency->text().isEmpty()); // no number shipped as fact
        QVERIFY(note->text().contains(QLatin1String("your local emergency number")));
        QVERIFY(note->text().contains(QLatin1String("confirmed")));
        dialog.findChild<QLineEdit *>(QStringLiteral("clinicNameEn"))->setText(QStringLiteral("Harbour TCM Clinic"));
        screenshot(&dialog, QStringLiteral("clinic-settings"));

        emergency->setText(QStringLiteral("nine-nine-nine"));
        test::clickButton(&dialog, QDialogButtonBox::Save);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("digits")));
        QCOMPARE(dialog.focusWidget(), emergency);

        emergency->setText(QStringLiteral("999"));
        name->setText(QStringLiteral("24-hour crisis line"));
        test::clickButton(&dialog, QDialogButtonBox::Save);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->text().contains(QLatin1String("no number")));
        QCOMPARE(dialog.focusWidget(), number);
        QCOMPARE(name->text(), QStringLiteral("24-hour crisis line")); // what she typed stays

        number->setText(QStringLiteral("+853 2852 5222"));
        test::clickButton(&dialog, QDialogButtonBox::Save);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.emergencyNumber, QStringLiteral("999"));
        QCOMPARE(saved.crisisLines.size(), 1);
        QCOMPARE(saved.crisisLines.constFirst().number, QStringLiteral("+853 2852 5222"));
    }

    void theCalendarChoiceIsRememberedForHer()
    {
        PrintController controller(*m_service, &m_window);
        PrintDialog *dialog = controller.printPlan(m_plan.id);
        QVERIFY(dialog);
        auto *choice = dialog->findChild<QCheckBox *>(QStringLiteral("calendarWithoutPrivate"));
        auto *calendar = dialog->findChild<QCheckBox *>(QStringLiteral("document-calendar"));
        QVERIFY(choice && calendar);
        QVERIFY(!choice->isChecked());
        calendar->setChecked(false);
        QVERIFY(!choice->isEnabled()); // only for the calendar
        calendar->setChecked(true);
        QVERIFY(choice->isEnabled());
        choice->setChecked(true);
        for (PrintDocument d : allValues<PrintDocument>())
            dialog->findChild<QCheckBox *>(QStringLiteral("document-") + codeOf(d))
                ->setChecked(d == PrintDocument::Calendar);
        QString message;
        const QString pdf = m_dir.filePath(QStringLiteral("calendar.pdf"));
        QVERIFY2(controller.exportTo(dialog, pdf, &message), qPrintable(message));
        dialog->close();
        QVERIFY(!pdfText(pdf).contains(QLatin1String("Home pregnancy test")));
        QVERIFY(m_patients->load(m_patient.id)->calendarWithoutPrivate);
        QVERIFY(m_history->forPatient(m_patient.id).constFirst().options.calendarWithoutPrivate);

        // The next print for her starts from it.
        dialog = controller.printPlan(m_plan.id);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("calendarWithoutPrivate"))->isChecked());
        QVERIFY(dialog->options().calendarWithoutPrivate);
        dialog->close();

        // And a calendar printed with it unticked still shows the test.
        PrintOptions all;
        all.documents = {PrintDocument::Calendar};
        const auto document = m_service->build(*m_patients->load(m_patient.id), m_plan, all);
        QVERIFY2(document, qPrintable(document.error().message));
        QString html;
        for (const PrintBlock &b : document->blocks)
            html += b.html;
        QVERIFY(html.contains(QLatin1String("Home pregnancy test")));
    }

    void aPlanMadeUnderEarlierRulesIsMarkedUntilSaved()
    {
        // An item she did not tick in: an open warning under any rules.
        Plan plan = makePlan(m_patient);
        plan.title = QStringLiteral("Older plan");
        plan.day(3)->setEntry(Slot::Soup, QStringLiteral("sheng-hua-tang"));
        QVERIFY(m_plans->save(plan));
        QVERIFY(setRulesVersion("plans", plan.id, 1));
        QVERIFY(setRulesVersion("plans", m_plan.id, 1)); // no open warnings: no mark

        PlanController plans(m_workspace.planService(), &m_window);
        QVERIFY(plans.openWarnings(plan.id) > 0);
        PlansPanel panel(m_workspace.planService());
        panel.setWarningCount([&](qint64 id) { return plans.openWarnings(id); });
        panel.setPatient(m_patient.id, m_patient.displayName());
        QAbstractItemModel *model = panel.planList()->model();
        QModelIndex marked, quiet;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            (i.data(PlanListModel::IdRole).toLongLong() == plan.id ? marked : quiet) = i;
        }
        QVERIFY(marked.isValid() && quiet.isValid());
        QVERIFY2(marked.data().toString().contains(QLatin1String("Rules changed: check its warnings")),
            qPrintable(marked.data().toString()));
        QVERIFY(marked.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Open warnings now: %1").arg(plans.openWarnings(plan.id))));
        QVERIFY(!marked.data(Qt::DecorationRole).isNull());
        QVERIFY(!quiet.data().toString().contains(QLatin1String("Rules changed")));

        // Saved (from the editor, say): made under today's rules, and the mark goes.
        Plan again = *m_plans->load(plan.id);
        QVERIFY(m_plans->save(again));
        panel.refresh();
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(!model->index(r, 0).data().toString().contains(QLatin1String("Rules changed")));
    }

    void anOldPrintoutAsksBeforeItIsGivenAgain()
    {
        PrintController controller(*m_service, &m_window);
        const QList<PrintRecord> records = m_history->forPatient(m_patient.id);
        QVERIFY(!records.isEmpty());
        const PrintRecord old = records.constFirst();
        QVERIFY(setRulesVersion("print_history", old.id, 1));
        const qsizetype before = records.size();

        // Cancel: nothing is given.
        auto *history
            = qobject_cast<PrintHistoryDialog *>(controller.showHistory(m_patient.id, m_patient.displayName()));
        QVERIFY(history);
        bool asked = false;
        onNext<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            QCOMPARE(box->text(),
                QStringLiteral("This printout was made before the planner's rules changed. Reprint "
                               "it exactly as it was, or print the current plan instead?"));
            QVERIFY(box->findChild<QPushButton *>(QStringLiteral("reprintAsItWas")));
            QVERIFY(box->findChild<QPushButton *>(QStringLiteral("printCurrentPlan")));
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("reexportButton")), Qt::LeftButton);
        QTRY_VERIFY(asked);
        QCOMPARE(m_history->forPatient(m_patient.id).size(), before);

        // As it was: the same pages, recorded under the rules it was made with.
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        asked = false;
        onNext<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            onNext<QFileDialog>([&](QFileDialog *files) {
                files->selectFile(again);
                QMetaObject::invokeMethod(files, "accept");
            });
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("reprintAsItWas")), Qt::LeftButton);
        });
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("reexportButton")), Qt::LeftButton);
        QTRY_VERIFY(asked);
        QTRY_VERIFY(QFile::exists(again));
        QCOMPARE(pdfText(again), pdfText(m_dir.filePath(QStringLiteral("calendar.pdf"))));
        QCOMPARE(m_history->forPatient(m_patient.id).size(), before + 1);
        QCOMPARE(m_history->forPatient(m_patient.id).constFirst().rulesVersion, 1);

        // The current plan instead: the history closes and the print dialog opens with its choices.
        asked = false;
        onNext<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("printCurrentPlan")), Qt::LeftButton);
        });
        history->table()->selectRow(history->table()->model()->rowCount() - 1); // the oldest, of rules 1
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("reexportButton")), Qt::LeftButton);
        QTRY_VERIFY(asked);
        PrintDialog *print = nullptr;
        const auto openPrintDialog = [&] {
            for (PrintDialog *d : m_window.findChildren<PrintDialog *>())
                print = d->isVisible() ? d : print;
            return print != nullptr;
        };
        QTRY_VERIFY(openPrintDialog());
        QTRY_VERIFY(!history->isVisible());
        QVERIFY(print->options().calendarWithoutPrivate);
        QCOMPARE(print->options().documents, QList<PrintDocument>{PrintDocument::Calendar});
        print->close();
        QCOMPARE(m_history->forPatient(m_patient.id).size(), before + 1);
    }
};

QTEST_MAIN(TestSafetyGui)
#include "tst_safetygui.moc"
