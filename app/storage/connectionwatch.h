#pragma once

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace rp {

class Database;

// Brings a dropped server connection back by itself. While it is lost, every few seconds it asks
// whether the server takes a TCP connection, without holding up the windows (a network that drops
// packets would keep a blocking connect waiting for its whole timeout), and once one answers it
// connects the database again. A SQLite file never drops, so the watch is only for a server.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWatch(Database &database, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    bool isLost() const { return m_lost; }
    // How long between tries (tests try often).
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Why the last try did not connect, translated; empty while connected.
    QString why() const { return m_why; }

signals:
    void lost();
    void restored();

private:
    void onLost();
    void probe();
    void answered();

    Database &m_db;
    QTimer m_timer;
    QTcpSocket *m_probe = nullptr;
    bool m_lost = false;
    QString m_why;
};

} // namespace rp
