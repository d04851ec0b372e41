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
    enum class Key {
        Language,
        MainWindowGeometry,
        MainWindowState,
        MainSplitter,
        WindowGeometry,
        LastPatient,
        TextSize,
        FirstRunDone,
        DatabaseLocation,
        NetworkShareWarned
    };

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
    // The split between the patient list and the plans beside it.
    QByteArray mainSplitter() const;
    void setMainSplitter(const QByteArray &state);
    // Other windows' size and place, by the window's object name ("planEditor", "libraryWindow").
    QByteArray windowGeometry(const QString &window) const;
    void setWindowGeometry(const QString &window, const QByteArray &geometry);

    // The patient selected when the app last closed on this database (0: none), so the next
    // start opens where she left off. Kept per database: ids mean nothing in another one.
    qint64 lastPatient(const QString &database) const;
    void setLastPatient(const QString &database, qint64 patientId);

    // The screen's text size in percent of the system's (100, 125 or 150): "Larger text".
    int textSize() const;
    void setTextSize(int percent);
    static QList<int> textSizes() { return {100, 125, 150}; }

    // False until the first start has shown its welcome (the offer of the clinic settings is
    // made once, on that start).
    bool firstRunDone() const;
    void setFirstRunDone();

signals:
    void changed(rp::Settings::Key key);

private:
    static QString keyName(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace rp
