// The Library window as the practitioner uses it: open it from the main window, search and
// filter, read an item, edit and reset it, hide and show it, add her own, switch language.
#include "guitestutil.h"
#include "testutil.h"

#include "core/settings.h"
#include "library/librarymodel.h"
#include "library/librarywindow.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/upkeep.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

using namespace rp;

class TestLibraryGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Database &m_db = m_workspace.database();
    PatientRepository *m_patients = nullptr;
    LibraryRepository *m_library = nullptr;
    PlanRepository *m_plans = nullptr;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    LibraryWindow *m_lib = nullptr;

    QPushButton *button(const QString &text) const
    {
        for (auto *b : m_lib->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }
    int rows() const { return m_lib->model()->rowCount(); }
    const LibraryEntry *currentEntry() const { return m_lib->model()->itemAt(m_lib->table()->currentIndex()); }
    void clearFilters()
    {
        m_lib->findChild<QLineEdit *>(QStringLiteral("librarySearch"))->clear();
        for (auto *c : m_lib->findChildren<QComboBox *>())
            c->setCurrentIndex(0);
        m_lib->findChild<QCheckBox *>(QStringLiteral("showHidden"))->setChecked(false);
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(Language::English);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("libgui.sqlite"))));
        QString message;
        QVERIFY2(m_workspace.bringUpToDate(&message), qPrintable(message));
        m_patients = &m_workspace.patients();
        m_library = &m_workspace.library();
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        m_plans = &m_workspace.plans();
        m_window = std::make_unique<MainWindow>(m_workspace, m_languages, *m_settings);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void init()
    {
        if (m_lib)
            clearFilters();
    }

    void opensFromTheMainWindowWithEveryItem()
    {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        m_lib = m_window->findChild<LibraryWindow *>();
        QVERIFY(m_lib);
        QTRY_VERIFY(m_lib->isVisible());
        QCOMPARE(rows(), int(content::builtInItems().size()));
        QVERIFY(m_lib->findChild<QLabel *>(QStringLiteral("libraryCount"))->text().contains(QString::number(rows())));
    }

    void searchInChineseAndReadTheDetails()
    {
        test::commitText(m_lib->findChild<QLineEdit *>(QStringLiteral("librarySearch")), QStringLiteral("麻油"));
        QCOMPARE(rows(), 4); // the three sesame-oil dishes and Okinawa spinach, cooked with a little of it
        m_lib->table()->setCurrentIndex(m_lib->model()->indexOfId(QStringLiteral("sesame-oil-chicken")));
        const QString details = m_lib->details()->toPlainText();
        QVERIFY(details.contains(QStringLiteral("麻油雞")));
        QVERIFY(details.contains(QLatin1String("Sources differ")));
        QVERIFY(details.contains(QLatin1String("T8"))); // traceable to its source
        QVERIFY(details.contains(QLatin1String("tvboxnow")));
    }

    void filterByPhaseAndContraindication()
    {
        auto *phase = m_lib->findChild<QComboBox *>(QStringLiteral("phaseFilter"));
        phase->setCurrentIndex(phase->findData(QStringLiteral("expel")));
        QVERIFY(rows() > 5);
        for (int r = 0; r < rows(); ++r)
            QVERIFY(m_lib->model()->itemAt(m_lib->model()->index(r, 0))->item.phases.contains(Phase::Expel));
        auto *tag = m_lib->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("diabetes")));
        for (int r = 0; r < rows(); ++r)
            QVERIFY(m_lib->model()->itemAt(m_lib->model()->index(r, 0))->item.tags.contains(Tag::Diabetes));
        QVERIFY(m_lib->model()->indexOfId(QStringLiteral("brown-sugar-water")).isValid());
    }

    void editThenResetABuiltInItem()
    {
        m_lib->selectItem(QStringLiteral("rose-tea"));
        test::onNextDialog([](QDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("description-en"))
                ->setPlainText(QStringLiteral("Our clinic gives one bud a cup."));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        button(QStringLiteral("Edit…"))->click();
        QCOMPARE(currentEntry()->item.id, QStringLiteral("rose-tea"));
        QCOMPARE(currentEntry()->origin, ItemOrigin::ClinicEdited);
        QVERIFY(m_lib->details()->toPlainText().contains(QLatin1String("Our clinic gives one bud")));
        QVERIFY(button(QStringLiteral("Reset to original"))->isEnabled());

        test::onNextDialog([](QDialog *box) {
            QTest::mouseClick(box->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Yes), Qt::LeftButton);
        });
        button(QStringLiteral("Reset to original"))->click();
        QCOMPARE(currentEntry()->origin, ItemOrigin::BuiltIn);
        QVERIFY(!m_lib->details()->toPlainText().contains(QLatin1String("Our clinic")));
    }

    void hideAndShowAgain()
    {
        m_lib->selectItem(QStringLiteral("black-bean-tea"));
        button(QStringLiteral("Hide"))->click();
        QVERIFY(!m_lib->model()->indexOfId(QStringLiteral("black-bean-tea")).isValid());
        m_lib->findChild<QCheckBox *>(QStringLiteral("showHidden"))->setChecked(true);
        m_lib->selectItem(QStringLiteral("black-bean-tea"));
        QVERIFY(currentEntry()->hidden);
        button(QStringLiteral("Show again"))->click();
        QVERIFY(!currentEntry()->hidden);
    }

    void redFlagsCannotBeEditedOrHidden()
    {
        m_lib->selectItem(QStringLiteral("red-flag-heavy-bleeding"));
        QCOMPARE(currentEntry()->item.id, QStringLiteral("red-flag-heavy-bleeding"));
        QVERIFY(!button(QStringLiteral("Edit…"))->isEnabled());
        QVERIFY(!button(QStringLiteral("Hide"))->isEnabled());
        QVERIFY(m_lib->details()->toPlainText().contains(QLatin1String("emergency department")));
    }

    void addTheClinicsOwnItem()
    {
        const int before = m_lib->model()->totalCount();
        test::onNextDialog([](QDialog *dialog) {
            // An empty form is refused with reasons, and stays open.
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(
                dialog->findChild<QLabel *>(QStringLiteral("errorMessage"))->text().contains(QLatin1String("empty")));

            auto line = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
            auto text = [dialog](const char *name) { return dialog->findChild<QPlainTextEdit *>(QLatin1String(name)); };
            line("name-en")->setText(QStringLiteral("Lotus root and peanut soup"));
            line("name-zh-Hant")->setText(QStringLiteral("蓮藕花生湯"));
            text("description-en")->setPlainText(QStringLiteral("A mild soup for the second week."));
            text("description-zh-Hant")->setPlainText(QStringLiteral("第二週飲用的溫和湯水。"));
            for (auto *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().contains(QStringLiteral("简体")))
                    b->click(); // fills the Simplified name and description
            }
            QCOMPARE(line("name-zh-Hans")->text(), QStringLiteral("莲藕花生汤"));
            for (auto *c : dialog->findChildren<QCheckBox *>()) {
                if (c->text() == QLatin1String("Soup") || c->text().startsWith(QLatin1String("Regulate")))
                    c->setChecked(true);
            }
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        button(QStringLiteral("New item…"))->click();
        QCOMPARE(m_lib->model()->totalCount(), before + 1);
        QCOMPARE(currentEntry()->origin, ItemOrigin::ClinicOwn);
        QCOMPARE(currentEntry()->item.name.hant, QStringLiteral("蓮藕花生湯"));
        QCOMPARE(currentEntry()->item.sources, QStringList{QStringLiteral("CLINIC")});
    }

    // Ingredients come from the controlled list, so the rules read a clinic's dish as they read
    // the library's: she types "yam" or 淮山 and picks; a herb takes the clinic's pack amount and
    // nothing else does. The contraindications offer no tag the planner sets itself.
    void aClinicDishTakesItsIngredientsFromTheList()
    {
        test::onNextDialog([](QDialog *dialog) {
            auto line = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
            auto text = [dialog](const char *name) { return dialog->findChild<QPlainTextEdit *>(QLatin1String(name)); };
            line("name-en")->setText(QStringLiteral("Yam and angelica soup"));
            line("name-zh-Hant")->setText(QStringLiteral("淮山當歸湯"));
            line("name-zh-Hans")->setText(QStringLiteral("山药当归汤"));
            text("description-en")->setPlainText(QStringLiteral("A clinic soup for the tonify weeks."));
            text("description-zh-Hant")->setPlainText(QStringLiteral("補養期的診所湯水。"));
            text("description-zh-Hans")->setPlainText(QStringLiteral("补养期的诊所汤水。"));
            for (auto *c : dialog->findChildren<QCheckBox *>()) {
                QVERIFY2(!c->text().contains(QLatin1String("wine"), Qt::CaseInsensitive), qPrintable(c->text()));
                if (c->text() == QLatin1String("Soup") || c->text().startsWith(QLatin1String("Tonify")))
                    c->setChecked(true);
            }
            auto *table = dialog->findChild<QTableView *>(QStringLiteral("ingredients"));
            auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("itemTabs"));
            tabs->setCurrentWidget(table->parentWidget());
            auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addIngredient"));
            auto pick = [&](const QString &typed) {
                add->click();
                QComboBox *box = nullptr; // the open editor; a closed one is hidden until deleted
                for (auto *b : table->findChildren<QComboBox *>()) {
                    if (b->isVisible())
                        box = b;
                }
                QVERIFY(box);
                box->lineEdit()->setText(typed);
                QTest::keyClick(box, Qt::Key_Return);
                QCoreApplication::processEvents(); // the choice finishes the line (queued)
            };
            pick(QStringLiteral("淮山"));
            pick(QStringLiteral("angelica"));
            QAbstractItemModel *model = table->model();
            QCOMPARE(model->rowCount(), 2);
            QCOMPARE(model->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("chinese-yam"));
            QCOMPARE(model->index(1, 0).data(Qt::EditRole).toString(), QStringLiteral("dang-gui"));
            const int pack = model->columnCount() - 1;
            QVERIFY(!(model->flags(model->index(0, pack)) & Qt::ItemIsEditable)); // yam is food
            QVERIFY(model->flags(model->index(1, pack)) & Qt::ItemIsEditable); // angelica is a herb
            QVERIFY(!model->setData(model->index(0, pack), 20.0));
            QVERIFY(model->setData(model->index(0, 1), 30.0));
            QVERIFY(model->setData(model->index(1, pack), 10.0));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            if (dialog->isVisible()) { // refused: say why, and do not leave the dialog open
                const QString why = dialog->findChild<QLabel *>(QStringLiteral("errorMessage"))->text();
                dialog->reject();
                QFAIL(qPrintable(why));
            }
        });
        button(QStringLiteral("New item…"))->click();
        const LibraryItem &item = currentEntry()->item;
        QCOMPARE(item.name.en, QStringLiteral("Yam and angelica soup"));
        QCOMPARE(item.ingredients.size(), 2);
        QCOMPARE(item.ingredients.at(0).id, QStringLiteral("chinese-yam"));
        QCOMPARE(item.ingredients.at(0).amount, std::optional<double>(30.0));
        QCOMPARE(item.ingredients.at(0).name.hant, QStringLiteral("淮山"));
        QCOMPARE(item.ingredients.at(1).id, QStringLiteral("dang-gui"));
        QCOMPARE(item.ingredients.at(1).packAmount, std::optional<double>(10.0));
    }

    void followsALanguageSwitch()
    {
        m_lib->selectItem(QStringLiteral("sesame-oil-chicken"));
        m_window->findChild<QAction *>(QStringLiteral("language-zh-Hant"))->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(m_lib->windowTitle(), QStringLiteral("調養目錄"));
        QCOMPARE(m_lib->model()->index(m_lib->table()->currentIndex().row(), LibraryModel::Name).data().toString(),
            QStringLiteral("麻油雞"));
        QVERIFY(m_lib->details()->toPlainText().contains(QStringLiteral("各方說法不同")));
        m_window->findChild<QAction *>(QStringLiteral("language-zh-Hans"))->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(m_lib->model()->index(m_lib->table()->currentIndex().row(), LibraryModel::Name).data().toString(),
            QStringLiteral("麻油鸡"));
        m_window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestLibraryGui)
#include "tst_librarygui.moc"
