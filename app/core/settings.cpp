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

Settings::Settings(QObject *parent)
    : Settings(userSettings(), parent)
{ }

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{ }

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::MainWindowGeometry:
        return QStringLiteral("mainWindow/geometry");
    case Key::MainWindowState:
        return QStringLiteral("mainWindow/state");
    case Key::MainSplitter:
        return QStringLiteral("mainWindow/splitter");
    case Key::WindowGeometry:
        return QStringLiteral("windows/geometry");
    case Key::LastPatient:
        return QStringLiteral("session/lastPatient");
    case Key::TextSize:
        return QStringLiteral("ui/textSize");
    case Key::FirstRunDone:
        return QStringLiteral("session/firstRunDone");
    case Key::DatabaseLocation:
        return QStringLiteral("database/location");
    case Key::NetworkShareWarned:
        return QStringLiteral("database/networkShareWarned");
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

QByteArray Settings::mainSplitter() const
{
    return value(Key::MainSplitter).toByteArray();
}

void Settings::setMainSplitter(const QByteArray &state)
{
    setValue(Key::MainSplitter, state);
}

QByteArray Settings::windowGeometry(const QString &window) const
{
    return value(Key::WindowGeometry).toMap().value(window).toByteArray();
}

void Settings::setWindowGeometry(const QString &window, const QByteArray &geometry)
{
    QVariantMap all = value(Key::WindowGeometry).toMap();
    all.insert(window, geometry);
    setValue(Key::WindowGeometry, all);
}

qint64 Settings::lastPatient(const QString &database) const
{
    return value(Key::LastPatient).toMap().value(database).toLongLong();
}

void Settings::setLastPatient(const QString &database, qint64 patientId)
{
    QVariantMap all = value(Key::LastPatient).toMap();
    if (patientId == 0)
        all.remove(database);
    else
        all.insert(database, patientId);
    setValue(Key::LastPatient, all);
}

int Settings::textSize() const
{
    const int percent = value(Key::TextSize).toInt();
    return textSizes().contains(percent) ? percent : 100;
}

void Settings::setTextSize(int percent)
{
    setValue(Key::TextSize, textSizes().contains(percent) ? percent : 100);
}

bool Settings::firstRunDone() const
{
    return value(Key::FirstRunDone).toBool();
}

void Settings::setFirstRunDone()
{
    setValue(Key::FirstRunDone, true);
}

} // namespace rp
