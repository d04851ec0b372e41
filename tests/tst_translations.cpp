// The catalogues are complete and sound: every string in today's sources is translated, and no
// translation loses a placeholder or an accelerator.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Entry
    {
        QString context, source, translation, type;
    };

    static QList<Entry> read(const QString &file)
    {
        QList<Entry> out;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Entry e;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                e = {context, {}, {}, {}};
            else if (xml.name() == QLatin1String("source"))
                e.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                e.type = xml.attributes().value(QLatin1String("type")).toString();
                e.translation = xml.readElementText();
                out << e;
            }
        }
        return out;
    }

    static QStringList placeholders(const QString &s)
    {
        QStringList out;
        auto it = QRegularExpression(QStringLiteral("%(\\d|n)")).globalMatch(s);
        while (it.hasNext())
            out << it.next().captured(0);
        out.sort();
        return out;
    }

private slots:
    static void catalogues()
    {
        QTest::addColumn<QString>("ts");
        for (const char *lang : {"zh_TW", "zh_CN"})
            QTest::newRow(lang)
                << QStringLiteral(RP_SOURCE_DIR "/translations/recovery-planner_%1.ts").arg(QLatin1String(lang));
    }

    void noUnfinishedEntryAfterLupdate_data() { catalogues(); }

    void noUnfinishedEntryAfterLupdate()
    {
        QFETCH(QString, ts);
        // Run lupdate over today's sources into a copy, so a string added to the code but not
        // to the catalogue shows up as unfinished here.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(RP_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral(RP_SOURCE_DIR "/app"),
                QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const auto entries = read(copy);
        QVERIFY(entries.size() > 100);
        QStringList unfinished;
        for (const auto &e : entries) {
            if (e.type == QLatin1String("unfinished") || e.translation.isEmpty())
                unfinished << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + unfinished.join(u'\n')));
    }

    void translationsKeepPlaceholdersAndAccelerators_data() { catalogues(); }
    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, ts);
        for (const auto &e : read(ts)) {
            QVERIFY2(placeholders(e.source) == placeholders(e.translation),
                qPrintable(e.source + QStringLiteral(" → ") + e.translation));
            // Terms fill combo boxes and lists, where "&" is literal ("D&C"), never an accelerator.
            const bool sourceHasAccel
                = e.context != QLatin1String("Terms") && e.source.contains(QRegularExpression(QStringLiteral("&\\w")));
            if (sourceHasAccel)
                QVERIFY2(e.translation.contains(QRegularExpression(QStringLiteral("\\(&\\w\\)"))),
                    qPrintable(e.source + QStringLiteral(" → ") + e.translation));
        }
    }

    void simplifiedHasNoTraditionalOnlyCharacters()
    {
        // Characters that exist only in Traditional form: one of them in zh_CN means a string
        // was copied rather than converted. Chinese the English source already carries (a pattern's
        // name, "繁體中文" naming the script in itself) is exempt.
        const QString traditionalOnly
            = QStringLiteral("與個們來時為這說國會對機發經過還點開關問題資體電腦記錄設計劃紀線網頁擡");
        for (const auto &e : read(QStringLiteral(RP_SOURCE_DIR "/translations/recovery-planner_zh_CN.ts"))) {
            for (const QChar c : e.translation)
                QVERIFY2(!traditionalOnly.contains(c) || e.source.contains(c), qPrintable(e.translation));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
