#include "printdialog.h"

#include "patients/formhelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rp {

PrintDialog::PrintDialog(const QString &patientName, const QString &planTitle, const PrintOptions &options, int today,
    int planDays, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_layout(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_large(new QCheckBox(tr("&Large print"), this))
    , m_calendarPrivate(
          new QCheckBox(tr("Leave private milestones &off the fridge calendar (pregnancy test, trying again)"), this))
    , m_fromToday(new QCheckBox(
          tr("Print from &today on: day %1 of %2, leaving out the days before").arg(today).arg(planDays), this))
    , m_today(today > 1 ? today : 0)
    , m_message(new QLabel(this))
    , m_preview(new QPushButton(tr("Pre&view…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_export(new QPushButton(tr("&Export PDF…"), this))
{
    setObjectName(QStringLiteral("printDialog"));
    setWindowTitle(tr("Print for %1").arg(patientName));
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b><br/>%2").arg(patientName.toHtmlEscaped(), planTitle.toHtmlEscaped()), this);
    heading->setWordWrap(true);

    m_documents.clear();
    auto *documents = checkGroup(tr("Documents"), allValues<PrintDocument>(), options.documents, &m_documents, this, 2,
        QStringLiteral("document-"));

    m_language->setObjectName(QStringLiteral("printLanguage"));
    m_layout->setObjectName(QStringLiteral("bilingualLayout"));
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_large->setObjectName(QStringLiteral("largePrint"));
    fillCombo(m_language, options.language);
    fillCombo(m_layout, options.layout);
    fillCombo(m_paper, options.paper);
    m_large->setChecked(options.largePrint);
    // Her own choice from last time: a calendar on the fridge is read by visitors too.
    m_calendarPrivate->setObjectName(QStringLiteral("calendarWithoutPrivate"));
    m_calendarPrivate->setChecked(options.calendarWithoutPrivate);
    // Only once the plan is under way; chosen for this printout, not remembered.
    m_fromToday->setObjectName(QStringLiteral("fromToday"));
    m_fromToday->setChecked(m_today && options.fromDay > 1);
    m_fromToday->setVisible(m_today != 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("Two languages &set:"), m_layout);
    form->addRow(tr("Pape&r:"), m_paper);
    form->addRow(QString(), m_large);

    m_message->setObjectName(QStringLiteral("printMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *note = new QLabel(tr("Every printout carries the red flags and says it does not replace medical care. "
                               "Your notes and keep-anyway reasons are never printed."),
        this);
    note->setWordWrap(true);

    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    // The three actions sit beside the box, not in it: Qt 6.4's button box sends Tab round and
    // round its own buttons when it holds Close and two or more actions.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_preview);
    buttonRow->addWidget(m_export);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);
    buttonRow->addWidget(m_print);
    m_print->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(documents);
    layout->addWidget(m_calendarPrivate);
    layout->addWidget(m_fromToday);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addLayout(buttonRow);

    // Tab follows the page: the documents, the choices under them, then the buttons left to right.
    QWidget *previous = nullptr;
    for (PrintDocument d : allValues<PrintDocument>()) {
        if (previous)
            setTabOrder(previous, m_documents.value(d));
        previous = m_documents.value(d);
    }
    setTabOrder(previous, m_calendarPrivate);
    setTabOrder(m_calendarPrivate, m_fromToday);
    setTabOrder(m_fromToday, m_language);
    setTabChain({m_language, m_layout, m_paper, m_large, m_preview, m_export, buttons->button(QDialogButtonBox::Close),
        m_print});
    m_documents.value(allValues<PrintDocument>().constFirst())->setFocus();

    connect(m_preview, &QPushButton::clicked, this, &PrintDialog::previewRequested);
    connect(m_print, &QPushButton::clicked, this, &PrintDialog::printRequested);
    connect(m_export, &QPushButton::clicked, this, &PrintDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PrintDialog::updateButtons);
    for (QCheckBox *box : std::as_const(m_documents))
        connect(box, &QCheckBox::toggled, this, &PrintDialog::updateButtons);
    updateButtons();
}

PrintOptions PrintDialog::options() const
{
    PrintOptions o;
    o.documents.clear();
    for (PrintDocument d : allValues<PrintDocument>()) {
        if (m_documents.value(d)->isChecked())
            o.documents << d;
    }
    o.language = comboValue<PrintLanguage>(m_language);
    o.layout = comboValue<BilingualLayout>(m_layout);
    o.paper = comboValue<PaperSize>(m_paper);
    o.largePrint = m_large->isChecked();
    // Kept even while the calendar is not chosen: it is her choice, remembered for next time.
    o.calendarWithoutPrivate = m_calendarPrivate->isChecked();
    o.fromDay = m_today && m_fromToday->isChecked() ? m_today : 1;
    return o;
}

void PrintDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a0281e;") : QString());
    m_message->show();
}

void PrintDialog::updateButtons()
{
    const PrintOptions o = options();
    m_layout->setEnabled(isBilingual(o.language));
    m_calendarPrivate->setEnabled(o.documents.contains(PrintDocument::Calendar));
    const bool any = !o.documents.isEmpty();
    for (QPushButton *b : {m_preview, m_print, m_export})
        b->setEnabled(any);
}

} // namespace rp
