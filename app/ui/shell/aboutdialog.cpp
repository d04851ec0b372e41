#include "aboutdialog.h"

#include "core/library.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rp {

AboutDialog::AboutDialog(const QString &databaseLocation, QWidget *parent)
    : QDialog(parent)
    , m_database(databaseLocation)
    , m_header(new QLabel(this))
    , m_sourcesLabel(new QLabel(this))
    , m_sources(new QTextBrowser(this))
    , m_licences(new QPushButton(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sourcesLabel->setBuddy(m_sources);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_licences->setObjectName(QStringLiteral("licences"));
    buttons->addButton(m_licences, QDialogButtonBox::HelpRole);
    connect(m_licences, &QPushButton::clicked, this, &AboutDialog::showLicences);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_sourcesLabel);
    layout->addWidget(m_sources, 1);
    layout->addWidget(buttons);
    resize(620, 560);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    retranslate();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Recovery Planner"));
    const QString database = m_database.isEmpty() ? QString()
                                                  : QStringLiteral("<p>")
            + tr("Data: %1").arg(QDir::toNativeSeparators(m_database).toHtmlEscaped()) + QStringLiteral("</p>");
    m_header->setText(QStringLiteral("<h3>") + tr("Recovery Planner %1").arg(QApplication::applicationVersion())
        + QStringLiteral("</h3>") + QStringLiteral("<p>")
        + tr("Recovery plans for the weeks after a miscarriage or a failed IVF cycle, for "
             "Traditional Chinese Medicine clinics.")
        + QStringLiteral("</p>") + QStringLiteral("<p><b>")
        + tr("The plans support a practitioner's care; they do not replace a doctor's.") + QStringLiteral("</b></p>")
        + database + QStringLiteral("<p>")
        + tr("Recovery Planner is free software: you may share and change it under the "
             "GNU General Public License, version 3 or later. It comes with no warranty.")
        + QStringLiteral("</p>") + QStringLiteral("<p>")
        + tr("Built with Qt %1. The print fonts are a subset of Noto Sans CJK (SIL Open "
             "Font License 1.1); Traditional to Simplified conversion by OpenCC (Apache "
             "License 2.0); pinyin and Jyutping readings made from the Unicode Unihan "
             "database (Unicode licence).")
              .arg(QString::fromLatin1(qVersion()))
        + QStringLiteral("</p>"));
    m_licences->setText(tr("&Licences…"));
    m_sourcesLabel->setText(tr("&Sources of the content: each food, rest advice and warning names its "
                               "source codes"));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const Source &source : content::builtInSources()) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(source.code.toHtmlEscaped(), source.title.toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr></table>")
                .arg(content::clinicSourceCode(), tr("The clinic's own practice (items the clinic added)"));
    m_sources->setHtml(html);
    m_sources->setAccessibleName(tr("Sources"));
}

// The licence texts as shipped (compiled in, so they are there without the docs installed).
void AboutDialog::showLicences()
{
    QString text;
    for (const char *file :
        {":/licences/LICENSE", ":/licences/OFL-1.1.txt", ":/licences/Unicode.txt", ":/licences/Apache-2.0.txt"}) {
        QFile in(QString::fromLatin1(file));
        if (in.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(in.readAll()) + QStringLiteral("\n\n");
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("licencesDialog"));
    dialog.setWindowTitle(tr("Licences"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("licenceText"));
    browser->setPlainText(text);
    browser->setAccessibleName(tr("Licences"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(640, 600);
    dialog.exec();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace rp
