#include "connectionwatch.h"

#include "database.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>

class ConnectionWatchText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionWatchText)
};

namespace rp {

ConnectionWatch::ConnectionWatch(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::probe);
    m_db.setLostHandler([this] { onLost(); });
}

ConnectionWatch::~ConnectionWatch()
{
    m_db.setLostHandler({});
}

void ConnectionWatch::onLost()
{
    if (m_lost)
        return;
    m_lost = true;
    m_why = ConnectionWatchText::tr("The database server %1 does not answer.").arg(m_db.path());
    m_timer.start();
    // Told after the failing call has returned: whoever listens may read the database again.
    QTimer::singleShot(0, this, [this] {
        if (m_lost)
            emit lost();
    });
    QTimer::singleShot(0, this, &ConnectionWatch::probe); // a restart is often over at once
}

void ConnectionWatch::probe()
{
    if (!m_lost)
        return;
    if (m_probe)
        m_probe->abort(); // the last try is still waiting: a slow network, count it as no answer
    else {
        m_probe = new QTcpSocket(this);
        connect(m_probe, &QTcpSocket::connected, this, &ConnectionWatch::answered);
    }
    const QUrl address(m_db.path());
    m_probe->connectToHost(address.host(), quint16(address.port(5432)));
}

void ConnectionWatch::answered()
{
    m_probe->abort();
    if (!m_lost)
        return;
    // The server takes connections again; a restarting one may still refuse logins for a moment.
    if (!m_db.reconnect()) {
        m_why = m_db.errorMessage();
        return;
    }
    m_lost = false;
    m_why.clear();
    m_timer.stop();
    emit restored();
}

} // namespace rp
