#include "mergedialog.h"

#include "core/language.h"
#include "core/terms.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rp {

namespace {

enum Row { NameZh, NameEn, BirthDate, Phone, FileNumber, Registered, Losses, Plans, RowCount };

QString rowName(int row)
{
    switch (row) {
    case NameZh:
        return MergeDialog::tr("Chinese name");
    case NameEn:
        return MergeDialog::tr("English name");
    case BirthDate:
        return MergeDialog::tr("Date of birth");
    case Phone:
        return MergeDialog::tr("Phone");
    case FileNumber:
        return MergeDialog::tr("File number");
    case Registered:
        return MergeDialog::tr("Registered");
    case Losses:
        return MergeDialog::tr("Losses");
    case Plans:
        return MergeDialog::tr("Plans");
    }
    return {};
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? MergeDialog::tr("(none)") : text;
}

QString value(const MergeRecord &r, int row)
{
    const Patient &p = r.patient;
    switch (row) {
    case NameZh:
        return orNone(p.nameZh);
    case NameEn:
        return orNone(p.nameEn);
    case BirthDate:
        return orNone(displayDate(p.birthDate));
    case Phone:
        return orNone(p.phone);
    case FileNumber:
        return orNone(p.fileNumber);
    case Registered:
        return orNone(displayDate(p.createdAt.toLocalTime().date()));
    case Losses: {
        QStringList lines;
        for (const Loss &l : p.losses)
            lines << MergeDialog::tr("%1, %2").arg(displayDate(l.date), displayName(l.kind));
        return orNone(lines.join(u'\n'));
    }
    case Plans: {
        QString text = orNone(r.plans.join(u'\n'));
        if (r.printouts > 0)
            text += u'\n' + MergeDialog::tr("Printouts: %1").arg(r.printouts);
        return text;
    }
    }
    return {};
}

QString reasonOf(const MergeRecord &r)
{
    if (r.sameNames && r.samePhone)
        return MergeDialog::tr("the same names, date of birth and phone");
    return r.samePhone ? MergeDialog::tr("the same phone") : MergeDialog::tr("the same names and date of birth");
}

} // namespace

MergeDialog::MergeDialog(const MergeRecord &current, const QList<MergeRecord> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_candidates(candidates)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge with possible duplicate"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    if (m_candidates.size() > 1) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("Compare &with:"), this);
        m_candidateCombo = new QComboBox(this);
        m_candidateCombo->setObjectName(QStringLiteral("candidateCombo"));
        m_candidateCombo->setAccessibleName(tr("Possible duplicate to compare with"));
        label->setBuddy(m_candidateCombo);
        for (const MergeRecord &r : std::as_const(m_candidates))
            m_candidateCombo->addItem(tr("%1 (%2)").arg(r.patient.displayName(), reasonOf(r)));
        row->addWidget(label);
        row->addWidget(m_candidateCombo, 1);
        layout->addLayout(row);
    }

    // Two columns of values under a heading each; the row names on the left.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    m_keepGroup = new QButtonGroup(this);
    auto *currentTitle = new QLabel(tr("<b>This record</b>"), this);
    m_candidateTitle = new QLabel(this);
    grid->addWidget(currentTitle, 0, 1);
    grid->addWidget(m_candidateTitle, 0, 2);
    for (int side = 0; side < 2; ++side) {
        Side &s = m_sides[side];
        s.keep = new QRadioButton(side == 0 ? tr("&Keep this record") : tr("Keep &this one instead"), this);
        s.keep->setObjectName(side == 0 ? QStringLiteral("keepCurrent") : QStringLiteral("keepOther"));
        m_keepGroup->addButton(s.keep, side);
        grid->addWidget(s.keep, 1, side + 1);
        for (int row = 0; row < RowCount; ++row) {
            auto *label = new QLabel(this);
            label->setAccessibleName(rowName(row));
            label->setTextFormat(Qt::PlainText);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            s.values << label;
            grid->addWidget(label, row + 2, side + 1);
        }
    }
    for (int row = 0; row < RowCount; ++row) {
        auto *name = new QLabel(rowName(row), this);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QPalette quiet = name->palette();
        quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
        name->setPalette(quiet);
        grid->addWidget(name, row + 2, 0);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    auto *merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    auto *distinct = buttons->addButton(tr("&Not the same person"), QDialogButtonBox::ActionRole);
    distinct->setObjectName(QStringLiteral("notSameButton"));
    distinct->setToolTip(tr("These are two women: stop flagging these two records."));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter means "Merge…": it only asks, and the question's default is Cancel.
    merge->setDefault(true);
    layout->addWidget(buttons);
    connect(merge, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Merge;
        accept();
    });
    connect(distinct, &QPushButton::clicked, this, [this] {
        m_choice = Choice::NotSamePerson;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_keepGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateSummary();
    });
    if (m_candidateCombo)
        connect(m_candidateCombo, &QComboBox::currentIndexChanged, this, &MergeDialog::showCandidate);

    // Tab: which one to compare, which to keep, then the buttons.
    QWidget *previous = m_candidateCombo;
    for (QWidget *w : std::initializer_list<QWidget *>{m_sides[0].keep, m_sides[1].keep, merge, distinct, cancel}) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }

    showCandidate(0);
    if (m_candidateCombo)
        m_candidateCombo->setFocus();
    else
        m_keepGroup->checkedButton()->setFocus();
}

const MergeRecord &MergeDialog::candidate() const
{
    return m_candidates.at(m_candidateCombo ? std::max(0, m_candidateCombo->currentIndex()) : 0);
}

void MergeDialog::showCandidate(int)
{
    const MergeRecord &other = candidate();
    m_intro->setText(tr("These two records may be the same woman: they have %1. Compare them. If they are "
                        "the same woman, choose the record to keep and merge them; if not, say so and they "
                        "will not be flagged again.")
                         .arg(reasonOf(other)));
    m_candidateTitle->setText(tr("<b>Possible duplicate</b>"));
    const MergeRecord *records[2] = {&m_current, &other};
    for (int row = 0; row < RowCount; ++row) {
        const QString texts[2] = {value(m_current, row), value(other, row)};
        // What differs stands out; what is the same does not.
        const bool differs = texts[0] != texts[1];
        for (int side = 0; side < 2; ++side) {
            QLabel *label = m_sides[side].values.at(row);
            label->setText(texts[side]);
            QFont f = label->font();
            f.setBold(differs && row != Registered);
            label->setFont(f);
        }
    }
    for (int side = 0; side < 2; ++side) {
        const Patient &p = records[side]->patient;
        // A screen reader hears the record with the choice (the values are not in the tab order).
        QStringList parts;
        for (int row = 0; row < RowCount; ++row)
            parts << tr("%1: %2").arg(rowName(row), value(*records[side], row).replace(u'\n', QStringLiteral("; ")));
        m_sides[side].keep->setAccessibleName(tr("Keep the record of %1").arg(p.displayName()));
        m_sides[side].keep->setAccessibleDescription(parts.join(QStringLiteral(". ")));
    }
    // The record with more in it is offered to keep; when equal, the one registered first.
    auto weight = [](const MergeRecord &r) { return r.patient.losses.size() + r.plans.size() + r.printouts; };
    const bool keepOther = weight(other) > weight(m_current)
        || (weight(other) == weight(m_current) && other.patient.createdAt < m_current.patient.createdAt);
    m_sides[keepOther ? 1 : 0].keep->setChecked(true);
    updateSummary();
}

void MergeDialog::updateSummary()
{
    const Patient &keep = kept().patient;
    const Patient &gone = removed().patient;
    const QString keepName
        = keep.fileNumber.isEmpty() ? keep.displayName() : tr("%1 (file %2)").arg(keep.displayName(), keep.fileNumber);
    m_summary->setText(tr("The record of %1 is kept, with its own details. The losses, plans, printouts and "
                          "history of the other record of %2 move to it, and details it lacks are filled in "
                          "from the other record. Then the other record is removed. This cannot be undone.")
                           .arg(keepName, gone.displayName()));
}

qint64 MergeDialog::keepId() const
{
    return kept().patient.id;
}

qint64 MergeDialog::otherId() const
{
    return removed().patient.id;
}

const MergeRecord &MergeDialog::kept() const
{
    return m_keepGroup->checkedId() == 1 ? candidate() : m_current;
}

const MergeRecord &MergeDialog::removed() const
{
    return m_keepGroup->checkedId() == 1 ? m_current : candidate();
}

} // namespace rp
