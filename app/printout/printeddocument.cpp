#include "printeddocument.h"

#include "core/terms.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

namespace rp {
namespace {
constexpr int formatVersion = 1;
}

QString htmlToPlainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QString PrintedDocument::plainText() const
{
    QStringList parts{htmlToPlainText(headerHtml)};
    for (const PrintBlock &b : blocks)
        parts << htmlToPlainText(b.html);
    parts << htmlToPlainText(footerHtml);
    return parts.join(QLatin1Char('\n'));
}

bool PrintedDocument::operator==(const PrintedDocument &o) const
{
    return options == o.options && title == o.title && headerHtml == o.headerHtml && logo == o.logo
        && footerHtml == o.footerHtml && pageLabel == o.pageLabel && blocks == o.blocks;
}

QByteArray PrintedDocument::toJson() const
{
    QJsonArray documents;
    for (PrintDocument d : options.documents)
        documents.append(codeOf(d));
    QJsonArray blockArray;
    for (const PrintBlock &b : blocks)
        blockArray.append(QJsonObject{{QStringLiteral("html"), b.html},
            {QStringLiteral("keepTogether"), b.keepTogether}, {QStringLiteral("newPage"), b.newPage},
            {QStringLiteral("fitOnePage"), b.fitOnePage}, {QStringLiteral("keepWithNext"), b.keepWithNext},
            {QStringLiteral("pieces"), QJsonArray::fromStringList(b.pieces)}});
    const QJsonObject root{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("language"), codeOf(options.language)},
        {QStringLiteral("layout"), codeOf(options.layout)},
        {QStringLiteral("paper"), codeOf(options.paper)},
        {QStringLiteral("largePrint"), options.largePrint},
        {QStringLiteral("calendarWithoutPrivate"), options.calendarWithoutPrivate},
        {QStringLiteral("fromDay"), options.fromDay},
        {QStringLiteral("title"), title},
        {QStringLiteral("header"), headerHtml},
        {QStringLiteral("logo"), QString::fromLatin1(logo.toBase64())},
        {QStringLiteral("footer"), footerHtml},
        {QStringLiteral("pageLabel"), pageLabel},
        {QStringLiteral("blocks"), blockArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<PrintedDocument> PrintedDocument::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<PrintedDocument> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("Print", "The saved printout cannot be read (%1).")
                        .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() > formatVersion)
        return fail(QCoreApplication::translate(
            "Print", "This printout was saved by a newer version of Recovery Planner. Update the app to reprint it."));
    PrintedDocument d;
    d.options.documents.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("documents")).toArray()) {
        if (auto kind = fromCode<PrintDocument>(v.toString()))
            d.options.documents << *kind;
    }
    const auto language = fromCode<PrintLanguage>(root.value(QStringLiteral("language")).toString());
    const auto layout = fromCode<BilingualLayout>(root.value(QStringLiteral("layout")).toString());
    const auto paper = fromCode<PaperSize>(root.value(QStringLiteral("paper")).toString());
    if (!language || !layout || !paper)
        return fail(QCoreApplication::translate("Print", "The saved printout cannot be read (unknown settings)."));
    d.options.language = *language;
    d.options.layout = *layout;
    d.options.paper = *paper;
    d.options.largePrint = root.value(QStringLiteral("largePrint")).toBool();
    d.options.calendarWithoutPrivate = root.value(QStringLiteral("calendarWithoutPrivate")).toBool();
    d.options.fromDay = std::max(1, root.value(QStringLiteral("fromDay")).toInt(1));
    d.title = root.value(QStringLiteral("title")).toString();
    d.headerHtml = root.value(QStringLiteral("header")).toString();
    d.logo = QByteArray::fromBase64(root.value(QStringLiteral("logo")).toString().toLatin1());
    d.footerHtml = root.value(QStringLiteral("footer")).toString();
    d.pageLabel = root.value(QStringLiteral("pageLabel")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        PrintBlock block;
        block.html = b.value(QStringLiteral("html")).toString();
        block.keepTogether = b.value(QStringLiteral("keepTogether")).toBool(true);
        block.newPage = b.value(QStringLiteral("newPage")).toBool();
        block.fitOnePage = b.value(QStringLiteral("fitOnePage")).toBool();
        block.keepWithNext = b.value(QStringLiteral("keepWithNext")).toBool();
        for (const QJsonValue &piece : b.value(QStringLiteral("pieces")).toArray())
            block.pieces << piece.toString();
        d.blocks << block;
    }
    if (d.blocks.isEmpty())
        return fail(QCoreApplication::translate("Print", "The saved printout is empty."));
    return d;
}

} // namespace rp
