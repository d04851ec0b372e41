#include "chinesescript.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <opencc.h>

namespace rp {
namespace {

Q_LOGGING_CATEGORY(lcScript, "rp.script")

// An OpenCC converter; loading its dictionaries takes a few milliseconds, so each is made once.
class Converter
{
public:
    explicit Converter(const QByteArray &config)
    {
        m_handle = opencc_open(config.constData());
        if (m_handle == reinterpret_cast<opencc_t>(-1)) {
            m_handle = nullptr;
            qCWarning(lcScript,
                "OpenCC could not load %s (%s): Traditional and Simplified forms "
                "will not match each other.",
                config.constData(), opencc_error());
        }
    }
    ~Converter()
    {
        if (m_handle)
            opencc_close(m_handle);
    }
    bool isValid() const { return m_handle != nullptr; }
    QString convert(const QString &text)
    {
        if (!m_handle)
            return text;
        const QByteArray utf8 = text.toUtf8();
        QMutexLocker lock(&m_mutex);
        char *out = opencc_convert_utf8(m_handle, utf8.constData(), size_t(utf8.size()));
        if (!out)
            return text;
        const QString result = QString::fromUtf8(out);
        opencc_convert_utf8_free(out);
        return result;
    }

private:
    opencc_t m_handle = nullptr;
    QMutex m_mutex;
};

// OpenCC reads its configuration from a file; the character-only one is not shipped, so it is
// written once to a private temporary folder. Its dictionary is found in OpenCC's data folder.
QByteArray characterConfig()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t2s-characters.json"));
    QFile f(path);
    if (dir.isValid() && f.open(QIODevice::WriteOnly)) {
        f.write(R"({"name": "Traditional to Simplified, character by character",
 "segmentation": {"type": "mmseg", "dict": {"type": "ocd2", "file": "TSCharacters.ocd2"}},
 "conversion_chain": [{"dict": {"type": "ocd2", "file": "TSCharacters.ocd2"}}]})");
    }
    return QFile::encodeName(path);
}

Converter &phrases()
{
    static Converter instance("tw2sp.json");
    return instance;
}

Converter &characters()
{
    static Converter instance(characterConfig());
    return instance;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}

} // namespace

QString toSimplified(const QString &text)
{
    return hasHan(text) ? phrases().convert(text) : text;
}

QString simplifiedCharacters(const QString &text)
{
    return hasHan(text) ? characters().convert(text) : text;
}

bool simplifiedConversionAvailable()
{
    return phrases().isValid() && characters().isValid();
}

} // namespace rp
