#include "demolauncher.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace rp {

QString DemoLauncher::databasePath()
{
    return QFileInfo(Database::defaultPath()).dir().filePath(QStringLiteral("demo-patients.sqlite"));
}

QStringList DemoLauncher::arguments(Language language)
{
    QStringList args{
        QStringLiteral("--database"), databasePath(), QStringLiteral("--language"), languageCode(language)};
    // --demo fills an empty database and refuses one with patients: only the first time.
    if (!QFileInfo::exists(databasePath()))
        args << QStringLiteral("--demo");
    return args;
}

bool DemoLauncher::start(Language language, QString *message)
{
    QDir().mkpath(QFileInfo(databasePath()).absolutePath());
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments(language)))
        return true;
    if (message)
        *message = QCoreApplication::translate("rp::DemoLauncher", "The demo window could not be started.");
    return false;
}

} // namespace rp
