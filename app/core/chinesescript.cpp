#include "chinesescript.h"

#include <QLoggingCategory>
#include <QMutex>
#include <opencc.h>

namespace rp {
namespace {

Q_LOGGING_CATEGORY(lcScript, "rp.script")

// One converter for the process: loading the dictionaries takes a few milliseconds.
class Converter
{
public:
    Converter()
    {
        m_handle = opencc_open("t2s.json");
        if (m_handle == reinterpret_cast<opencc_t>(-1)) {
            m_handle = nullptr;
            qCWarning(lcScript, "OpenCC could not load t2s.json (%s); searching will not match "
                                "Traditional and Simplified forms of the same name.",
                      opencc_error());
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

Converter &converter()
{
    static Converter instance;
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
    return hasHan(text) ? converter().convert(text) : text;
}

bool simplifiedConversionAvailable()
{
    return converter().isValid();
}

} // namespace rp
