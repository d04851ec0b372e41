// The yardstick for the app's cold start: a bare Qt window with an empty table, which quits as
// soon as it is painted. recovery-planner-bench times both in the same run.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

namespace {

class QuitWhenPainted : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 8);
    auto *table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1200, 800);
    QuitWhenPainted quitter;
    window.installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
