#pragma once

// Where a storage test keeps its databases. By default, SQLite files in a temporary folder. When
// CTest runs a test's *_postgresql variant, RP_TEST_POSTGRES names the folder of the throwaway
// cluster (tests/pgcluster.sh) and every location is a new, empty database on that server, dropped
// when the test ends. The same test code then checks both back ends.

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace rp::test {

class TestDatabases
{
public:
    TestDatabases()
    {
        const QString cluster = qEnvironmentVariable("RP_TEST_POSTGRES");
        if (cluster.isEmpty())
            return;
        QFile url(cluster + QStringLiteral("/url"));
        if (url.open(QIODevice::ReadOnly))
            m_server = QUrl(QString::fromUtf8(url.readAll().trimmed()));
        QFile password(cluster + QStringLiteral("/password"));
        if (password.open(QIODevice::ReadOnly))
            m_password = QString::fromUtf8(password.readAll().trimmed());
        if (!m_server.isValid())
            qFatal("RP_TEST_POSTGRES is set, but %s/url names no server", qPrintable(cluster));
    }
    ~TestDatabases()
    {
        if (m_created.isEmpty())
            return;
        admin([this](QSqlQuery &q) {
            for (const QString &name : std::as_const(m_created))
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        });
    }

    bool isServer() const { return m_server.isValid(); }
    // The server's address with another database name (and user), for tests that build their own.
    QUrl serverUrl(const QString &database, const QString &user = QStringLiteral("rp_test")) const
    {
        QUrl url = m_server;
        url.setPath(u'/' + database);
        url.setUserName(user);
        return url;
    }
    // The password-only role's password (tests/pgcluster.sh).
    QString password() const { return m_password; }

    // A new, empty database: a file path, or a postgresql:// address.
    QString newLocation(const QString &name)
    {
        if (!isServer())
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        const QString db = QStringLiteral("rp_%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_created.size())
                               .arg(name.toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]"))));
        bool made = false;
        admin([&](QSqlQuery &q) {
            made = q.exec(QStringLiteral("CREATE DATABASE %1").arg(db));
            if (!made)
                qWarning("CREATE DATABASE %s: %s", qPrintable(db), qPrintable(q.lastError().text()));
        });
        if (!made)
            return {};
        m_created << db;
        return serverUrl(db).toString();
    }
    // Runs statements in a server database as the trusted role (to set up what a test needs).
    bool exec(const QString &database, const QStringList &statements)
    {
        bool ok = true;
        admin(
            [&](QSqlQuery &q) {
                for (const QString &s : statements) {
                    if (!q.exec(s)) {
                        qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                        ok = false;
                    }
                }
            },
            database);
        return ok;
    }
    QString folder() const { return m_dir.path(); }

private:
    template <typename F> void admin(F &&f, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("rp-test-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server.host());
            db.setPort(m_server.port(5432));
            db.setUserName(m_server.userName());
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                f(q);
            } else {
                qWarning("Cannot reach the test server: %s", qPrintable(db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QTemporaryDir m_dir;
    QUrl m_server;
    QString m_password;
    QStringList m_created;
};

} // namespace rp::test
