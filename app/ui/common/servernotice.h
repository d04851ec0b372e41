#pragma once

#include <QLabel>
#include <QPointer>

namespace rp {

class ConnectionWatch;

// A line an editing window shows while the database server does not answer, and once it answers
// again: the practitioner keeps typing, and knows when Save can work. Words lead it ("Not
// connected", "Connected again"), so it reads without its colour. Hidden while all is well.
class ServerNotice : public QLabel
{
    Q_OBJECT
public:
    explicit ServerNotice(QWidget *parent = nullptr);

    // Follows the watch from now on (null: a database that cannot drop, such as a SQLite file).
    void follow(ConnectionWatch *watch);
    // Once a save went through: the "connected again" line has said what it had to.
    void saved();
    // The watch knows the connection is gone (said at once, before the notice shows it).
    bool serverLost() const;

signals:
    // The server answers again: a window's "the connection was lost" message is out of date.
    void answeringAgain();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Fine, Lost, Back };
    void enter(State state);
    void retranslate();

    State m_state = State::Fine;
    QPointer<ConnectionWatch> m_watch;
};

} // namespace rp
