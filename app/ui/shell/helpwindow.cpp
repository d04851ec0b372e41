#include "helpwindow.h"

#include "core/chinesescript.h"

#include <QEvent>
#include <QFile>
#include <QImageReader>
#include <QKeySequence>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace rp {

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(18);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(820, 760);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    setWindowTitle(tr("Recovery Planner user guide"));
    m_browser->setAccessibleName(tr("User guide"));
}

QString HelpWindow::guideResource(Language language)
{
    return language == Language::English ? QStringLiteral(":/help/user-guide.md")
                                         : QStringLiteral(":/help/user-guide.zh-Hant.md");
}

void HelpWindow::showGuide(Language language)
{
    // Shown first, so the pictures are fitted to the window's real width.
    show();
    raise();
    activateWindow();
    if (!m_loaded || language != m_language) {
        m_language = language;
        m_loaded = true;
        const QString path = guideResource(language);
        QFile file(path);
        QString markdown;
        if (file.open(QIODevice::ReadOnly))
            markdown = QString::fromUtf8(file.readAll());
        if (markdown.isEmpty())
            markdown = tr("The user guide could not be found in this build.");
        if (language == Language::SimplifiedChinese)
            markdown = toSimplified(markdown);
        // Relative image paths in the guide resolve against its own place in the resources.
        m_browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc") + path));
        m_browser->document()->setMarkdown(markdown);
        fitImages();
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->verticalScrollBar()->setValue(0);
    }
    m_browser->setFocus();
}

QString HelpWindow::text() const
{
    return m_browser->toPlainText();
}

// Read from the file's header once: fitting runs again on every resize.
QSize HelpWindow::pictureSize(const QString &path)
{
    auto known = m_pictureSizes.constFind(path);
    if (known == m_pictureSizes.cend())
        known = m_pictureSizes.insert(path, QImageReader(path).size());
    return *known;
}

// Screenshots are taken at full size; shown at that size they would need sideways scrolling.
void HelpWindow::fitImages()
{
    // The browser's width less its frame, margins and scroll bar (its viewport is not laid out
    // yet when the window first shows).
    const int room = std::max(200,
        m_browser->width() - 2 * int(m_browser->document()->documentMargin())
            - m_browser->verticalScrollBar()->sizeHint().width() - 32);
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QUrl url = document->baseUrl().resolved(QUrl(image.name()));
            const QSize picture = pictureSize(QLatin1Char(':') + url.path());
            if (picture.isEmpty())
                continue;
            const int width = std::min(picture.width(), room);
            image.setWidth(width);
            image.setHeight(double(picture.height()) * width / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void HelpWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_loaded)
        fitImages();
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Recovery Planner user guide"));
        m_browser->setAccessibleName(tr("User guide"));
    }
    QWidget::changeEvent(event);
}

} // namespace rp
