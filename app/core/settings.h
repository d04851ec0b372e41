#pragma once

#include "language.h"

#include <QObject>
#include <QSettings>
#include <memory>
#include <optional>

namespace rp {

// The user's preferences, typed, with every key in one place. Widgets ask this class, never
// QSettings with a string key.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key { Language, MainWindowGeometry, MainWindowState, DatabaseLocation, NetworkShareWarned };

    // Uses the platform's usual settings file for this application.
    explicit Settings(QObject *parent = nullptr);
    // Uses the given store (tests pass a temporary INI file).
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    ~Settings() override;

    // Empty until the user has chosen; the first start then follows the system locale.
    std::optional<Language> language() const;
    void setLanguage(Language language);

    // The database to open when --database is not given: a file path or a postgresql:// address
    // (never with a password). Empty: the default file.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString &location);
    // The database files the practitioner was already warned are on a network share.
    // True the first time it is asked about a database file on a network share, false after:
    // the warning is said once per file, remembered across starts.
    bool takeNetworkShareWarning(const QString &databasePath);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

signals:
    void changed(rp::Settings::Key key);

private:
    static QString keyName(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace rp
