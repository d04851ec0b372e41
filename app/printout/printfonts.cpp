#include "printfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

namespace rp::printfonts {
namespace {

struct State
{
    bool tried = false;
    bool loaded = false;
    QString error;
};

State &state()
{
    static State s;
    return s;
}

QStringList searchDirs()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("RP_PRINT_FONT_DIR");
    if (!env.isEmpty())
        dirs << env;
    // Installed: <prefix>/bin/recovery-planner next to <prefix>/share/recovery-planner/fonts.
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/recovery-planner/fonts");
#ifdef RP_BUILD_FONT_DIR
    dirs << QStringLiteral(RP_BUILD_FONT_DIR);
#endif
    return dirs;
}

const char *const fontFiles[] = {"RPNotoSansCJKtc-Regular.otf", "RPNotoSansCJKtc-Bold.otf",
    "RPNotoSansCJKsc-Regular.otf", "RPNotoSansCJKsc-Bold.otf"};

} // namespace

bool ensureLoaded(QString *error)
{
    State &s = state();
    if (!s.tried) {
        s.tried = true;
        for (const QString &dir : searchDirs()) {
            if (!QFileInfo::exists(QDir(dir).filePath(QLatin1String(fontFiles[0]))))
                continue;
            bool all = true;
            for (const char *file : fontFiles)
                all = QFontDatabase::addApplicationFont(QDir(dir).filePath(QLatin1String(file))) >= 0 && all;
            s.loaded = all;
            break;
        }
        if (!s.loaded)
            s.error = QCoreApplication::translate("Print",
                "The print fonts were not found, so Chinese text copied out of a PDF may not "
                "match what is printed. Reinstall Recovery Planner to restore them.");
    }
    if (error)
        *error = s.error;
    return s.loaded;
}

QString family(Language script)
{
    const bool simplified = script == Language::SimplifiedChinese;
    if (ensureLoaded())
        return simplified ? QStringLiteral("RP Noto Sans CJK SC") : QStringLiteral("RP Noto Sans CJK TC");
    return simplified ? QStringLiteral("Noto Sans CJK SC") : QStringLiteral("Noto Sans CJK TC");
}

} // namespace rp::printfonts
