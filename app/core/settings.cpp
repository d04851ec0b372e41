#include "settings.h"

namespace rp {

namespace {

// ~/.config/recovery-planner/recovery-planner.conf. Earlier builds, having no organisation name,
// wrote "~/.config/Unknown Organization/recovery-planner.conf": its choices are carried over once.
std::unique_ptr<QSettings> userSettings()
{
    const QString app = QStringLiteral("recovery-planner");
    auto store = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, app, app);
    if (store->allKeys().isEmpty()) {
        QSettings old(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"), app);
        for (const QString &key : old.allKeys())
            store->setValue(key, old.value(key));
    }
    return store;
}

} // namespace

Settings::Settings(QObject *parent) : Settings(userSettings(), parent) { }

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent), m_store(std::move(store))
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Language: return QStringLiteral("ui/language");
    case Key::MainWindowGeometry: return QStringLiteral("mainWindow/geometry");
    case Key::MainWindowState: return QStringLiteral("mainWindow/state");
    case Key::DatabaseLocation: return QStringLiteral("database/location");
    case Key::NetworkShareWarned: return QStringLiteral("database/networkShareWarned");
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_store->value(keyName(key));
}

void Settings::setValue(Key key, const QVariant &v)
{
    if (m_store->value(keyName(key)) == v)
        return;
    m_store->setValue(keyName(key), v);
    m_store->sync();
    emit changed(key);
}

std::optional<Language> Settings::language() const
{
    return languageFromCode(value(Key::Language).toString());
}

void Settings::setLanguage(Language language)
{
    setValue(Key::Language, languageCode(language));
}

QString Settings::databaseLocation() const
{
    return value(Key::DatabaseLocation).toString();
}

void Settings::setDatabaseLocation(const QString &location)
{
    setValue(Key::DatabaseLocation, location);
}

bool Settings::takeNetworkShareWarning(const QString &databasePath)
{
    QStringList warned = value(Key::NetworkShareWarned).toStringList();
    if (warned.contains(databasePath))
        return false;
    warned << databasePath;
    setValue(Key::NetworkShareWarned, warned);
    return true;
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setValue(Key::MainWindowState, state);
}

} // namespace rp
