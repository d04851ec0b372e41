#include "languagemanager.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLibraryInfo>

namespace rp {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

bool LanguageManager::setLanguage(Language language)
{
    // The locale first: widgets re-read dates when the LanguageChange event reaches them.
    QLocale::setDefault(localeFor(language));
    applyFont(language);

    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    bool ok = true;
    if (language != Language::English) {
        const QString suffix = catalogueSuffix(language);
        ok = m_appTranslator.load(QStringLiteral(":/i18n/recovery-planner_%1.qm").arg(suffix));
        // Qt's own buttons and dialogs (OK, Cancel, the print dialog) from qt6-translations-l10n.
        const bool qtOk = m_qtTranslator.load(
            QStringLiteral("qtbase_%1").arg(suffix), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (qtOk)
            QCoreApplication::installTranslator(&m_qtTranslator);
        if (ok)
            QCoreApplication::installTranslator(&m_appTranslator);
        m_installed = true;
    }
    m_language = language;
    // Window titles end with the application's name on Linux ("病人：陳美玲 — 調養計劃").
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(tr("Recovery Planner"));
    emit languageChanged(language);
    return ok;
}

void LanguageManager::applyFont(Language language)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    QFont font = QApplication::font();
    const QString cjk = cjkFontFamily(language);
    // The family the system font really is ("DejaVu Sans"), not its alias: a list of families
    // does not resolve "Sans Serif" (X11's system font), and English text would then fall to the
    // CJK face, with full-width quotes.
    const QString system = QFontInfo(QFontDatabase::systemFont(QFontDatabase::GeneralFont)).family();
    // Chinese screens put the CJK family first so punctuation takes its Chinese form; English
    // keeps the system face for Latin and falls back to the matching CJK family for names.
    font.setFamilies(language == Language::English ? QStringList{system, cjk} : QStringList{cjk, system});
    const QFont systemFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (systemFont.pointSizeF() > 0)
        font.setPointSizeF(systemFont.pointSizeF() * m_textSize / 100.0);
    QApplication::setFont(font);
}

void LanguageManager::setTextSize(int percent)
{
    if (percent == m_textSize)
        return;
    m_textSize = percent;
    applyFont(m_language);
}

QString LanguageManager::fontProblem()
{
    return fontProblem({cjkFontFamily(Language::TraditionalChinese), cjkFontFamily(Language::SimplifiedChinese)});
}

QString LanguageManager::fontProblem(const QStringList &families)
{
    QStringList missing;
    for (const QString &family : families) {
        // QFontInfo tells what the font system actually chose, not what was asked for.
        if (QFontInfo(QFont(family)).family().compare(family, Qt::CaseInsensitive) != 0)
            missing << family;
    }
    if (missing.isEmpty())
        return {};
    return tr("Chinese text cannot be shown correctly: the font %1 is not installed. Install the "
              "Debian package fonts-noto-cjk (sudo apt install fonts-noto-cjk) and restart "
              "Recovery Planner.")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace rp
