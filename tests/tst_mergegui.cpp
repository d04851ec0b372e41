// Two records of one woman, as the practitioner meets them: a quiet flag on the list's rows,
// Patient ▸ Merge with possible duplicate…, the two records side by side, a question before
// anything is merged, and the kept record selected after. All of it without a mouse.
#include "guitestutil.h"
#include "testutil.h"

#include "core/settings.h"
#include "patients/mergedialog.h"
#include "patients/patientlistmodel.h"
#include "patients/patientlistpanel.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rp;

class TestMergeGui : public QObject
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
    Patient m_first, m_second, m_stranger;

    PatientListPanel *list() const { return m_window->patientList(); }
    QAction *mergeAction() const { return m_window->findChild<QAction *>(QStringLiteral("mergePatient")); }
    QModelIndex rowOf(qint64 id) const
    {
        auto *model = static_cast<PatientListModel *>(list()->table()->model());
        return model->indexOfId(id);
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::HongKong));
        m_workspace = std::make_unique<Workspace>();
        m_db = &m_workspace->database();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("merge%1.sqlite").arg(++m_n))));
        m_repo = &m_workspace->patients();
        // The same woman registered twice (the second time by phone, without a date of birth),
        // and someone else.
        m_first = test::makePatient(QStringLiteral("Chan Siu Ming"), QStringLiteral("陳小明"),
            QStringLiteral("HK-1234"), QStringLiteral("6612 3456"));
        m_first.losses << test::makeLoss(QDate(2026, 10, 2));
        m_second = test::makePatient(QStringLiteral("Chan Siu Ming"), QString(), QString(), QStringLiteral("66123456"));
        m_second.birthDate = QDate();
        m_second.losses << test::makeLoss(QDate(2024, 4, 8), LossKind::FailedIvfTransfer);
        m_second.notes = QStringLiteral("Phoned in.");
        m_stranger = test::makePatient(QStringLiteral("Wong Wing Sze"), QStringLiteral("黃詠詩"),
            QStringLiteral("HK-0007"), QStringLiteral("6345 6789"));
        for (Patient *p : {&m_first, &m_second, &m_stranger})
            QVERIFY(m_repo->save(*p));
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

    // The flag is on the two rows that share a phone and says so; the action follows the selection.
    void theListFlagsPossibleDuplicates()
    {
        const QModelIndex first = rowOf(m_first.id);
        QVERIFY(first.isValid());
        QVERIFY(first.siblingAtColumn(PatientListModel::FileNumber).data(Qt::DecorationRole).isValid());
        QCOMPARE(
            first.data(Qt::ToolTipRole).toString(), QStringLiteral("Possible duplicate of Chan Siu Ming (same phone)"));
        QCOMPARE(rowOf(m_second.id).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Possible duplicate of 陳小明 Chan Siu Ming (same phone)"));
        const QModelIndex stranger = rowOf(m_stranger.id);
        QVERIFY(!stranger.siblingAtColumn(PatientListModel::FileNumber).data(Qt::DecorationRole).isValid());
        QVERIFY(stranger.data(Qt::ToolTipRole).toString().isEmpty());

        list()->selectPatient(m_stranger.id);
        QVERIFY(!mergeAction()->isEnabled());
        list()->selectPatient(m_first.id);
        QVERIFY(mergeAction()->isEnabled());
    }

    // The right arrow chooses the other record, Tab reaches Merge…, Space presses it; the question
    // comes first, and then one record is left, selected, with both losses and no flag.
    void mergeWithTheKeyboard()
    {
        list()->selectPatient(m_first.id);
        bool asked = false;
        test::onNextDialog([&](QDialog *dialog) {
            QVERIFY(qobject_cast<MergeDialog *>(dialog));
            // Both records are shown, side by side.
            QStringList shown;
            for (QLabel *l : dialog->findChildren<QLabel *>())
                shown << l->text();
            QVERIFY(shown.contains(QStringLiteral("HK-1234")));
            QVERIFY(shown.contains(QStringLiteral("Phoned in."))
                || shown.join(u' ').contains(QStringLiteral("8 Apr 2024")));
            // The record with more in it (hers, with the file number) is offered to keep...
            auto *keepCurrent = dialog->findChild<QRadioButton *>(QStringLiteral("keepCurrent"));
            auto *keepOther = dialog->findChild<QRadioButton *>(QStringLiteral("keepOther"));
            QTRY_COMPARE(QApplication::focusWidget(), keepCurrent);
            QVERIFY(keepCurrent->isChecked());
            // ...and she keeps the other instead, then back: arrows move between the two.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            QVERIFY(keepOther->isChecked());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("mergeSummary"))
                        ->text()
                        .startsWith(QStringLiteral("The record of Chan Siu Ming is kept")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
            QVERIFY(keepCurrent->isChecked());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("mergeSummary"))
                        ->text()
                        .startsWith(QStringLiteral("The record of 陳小明 Chan Siu Ming (file HK-1234) is kept")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("mergeButton"));
            test::onNextDialog([&](QDialog *question) {
                asked = true;
                QVERIFY(qobject_cast<QMessageBox *>(question));
                // Cancel is the default: Enter alone does not merge.
                auto *confirm = question->findChild<QPushButton *>(QStringLiteral("confirmMerge"));
                QVERIFY(confirm && !confirm->isDefault());
                confirm->setFocus();
                QTest::keyClick(confirm, Qt::Key_Space);
            });
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        });
        mergeAction()->trigger();
        QVERIFY(asked);

        QCOMPARE(m_repo->count(true), 2);
        QVERIFY(!m_repo->load(m_second.id));
        const auto kept = m_repo->load(m_first.id);
        QCOMPARE(kept->losses.size(), 2);
        QCOMPARE(kept->notes, QStringLiteral("Phoned in."));
        QCOMPARE(list()->currentPatientId(), m_first.id);
        QCOMPARE(list()->table()->model()->rowCount(), 2);
        QVERIFY(!rowOf(m_first.id).siblingAtColumn(PatientListModel::FileNumber).data(Qt::DecorationRole).isValid());
        QVERIFY(!mergeAction()->isEnabled());
    }

    // Cancelling the question, or the dialog, changes nothing.
    void cancellingChangesNothing()
    {
        list()->selectPatient(m_second.id);
        test::onNextDialog([](QDialog *dialog) {
            test::onNextDialog([](QDialog *question) { QTest::keyClick(question, Qt::Key_Escape); });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        });
        mergeAction()->trigger();
        test::onNextDialog([](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        mergeAction()->trigger();
        QCOMPARE(m_repo->count(true), 3);
        QVERIFY(rowOf(m_second.id).siblingAtColumn(PatientListModel::FileNumber).data(Qt::DecorationRole).isValid());
    }

    // "Not the same person": nothing is merged and the flag is gone from both rows.
    void notTheSamePersonClearsTheFlag()
    {
        list()->selectPatient(m_first.id);
        test::onNextDialog([](QDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("notSameButton")), Qt::LeftButton);
        });
        mergeAction()->trigger();
        QCOMPARE(m_repo->count(true), 3);
        QVERIFY(!rowOf(m_first.id).siblingAtColumn(PatientListModel::FileNumber).data(Qt::DecorationRole).isValid());
        QVERIFY(!rowOf(m_second.id).siblingAtColumn(PatientListModel::FileNumber).data(Qt::DecorationRole).isValid());
        QVERIFY(!mergeAction()->isEnabled());
        QCOMPARE(list()->currentPatientId(), m_first.id);
    }

    // Every control can be reached with Tab and has a name a screen reader can say; no two share
    // an Alt+letter.
    void theDialogIsUsableWithoutAMouse()
    {
        MergeRecord a, b;
        a.patient = *m_repo->load(m_first.id);
        b.patient = *m_repo->load(m_second.id);
        b.samePhone = true;
        MergeRecord c = b;
        c.patient.id = m_stranger.id;
        MergeDialog dialog(a, {b, c}, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList texts;
        QSet<QWidget *> reached;
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        QCOMPARE(start->objectName(), QStringLiteral("candidateCombo"));
        QWidget *w = start;
        for (int i = 0; i < 12; ++i) {
            reached.insert(w);
            QVERIFY2(!w->accessibleName().isEmpty()
                    || (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty()),
                qPrintable(w->objectName()));
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
            QTest::keyClick(w, Qt::Key_Tab);
            w = QApplication::focusWidget();
            if (w == start)
                break;
        }
        QCOMPARE(w, start); // the order comes round
        for (const char *name : {"candidateCombo", "mergeButton", "notSameButton"})
            QVERIFY2(std::any_of(reached.cbegin(), reached.cend(),
                         [&](QWidget *r) { return r->objectName() == QLatin1String(name); }),
                name);
        QVERIFY(
            std::any_of(reached.cbegin(), reached.cend(), [](QWidget *r) { return qobject_cast<QRadioButton *>(r); }));
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->buddy())
                texts << l->text();
        QVERIFY2(test::mnemonicClash(texts).isEmpty(), qPrintable(test::mnemonicClash(texts)));
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("keepOther"))->accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestMergeGui)
#include "tst_mergegui.moc"
