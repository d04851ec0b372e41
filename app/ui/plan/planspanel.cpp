#include "planspanel.h"

#include "core/datetext.h"
#include "core/language.h"
#include "core/plan.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <cmath>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rp {

PlanListModel::PlanListModel(PlanService &plans, QObject *parent)
    : QAbstractListModel(parent)
    , m_plans(plans)
{ }

void PlanListModel::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    refresh();
}

void PlanListModel::refresh()
{
    beginResetModel();
    m_rows = m_patientId ? m_plans.plansFor(m_patientId).valueOr({}) : QList<PlanSummary>{};
    std::reverse(m_rows.begin(), m_rows.end());
    // Only plans saved under earlier rules are checked again: the rest were checked when saved.
    m_rulesChanged.clear();
    for (const PlanSummary &p : std::as_const(m_rows)) {
        if (p.rulesVersion >= planrules::version || !m_warningCount)
            continue;
        if (const int open = m_warningCount(p.id); open > 0)
            m_rulesChanged.insert(p.id, open);
    }
    endResetModel();
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanSummary &p = m_rows.at(index.row());
    const int changed = m_rulesChanged.value(p.id);
    // The title, then its dates; a line each for where she is today in a plan that is running
    // ("today: day 5 of 30") and for the rules mark, so no line runs past a narrow panel.
    if (role == Qt::DisplayRole) {
        QString text = tr("%1\n%2, %3 days").arg(shownPlanTitle(p.title), displayDate(p.start)).arg(p.days);
        if (const int today = planDayOn(p.start, p.days, QDate::currentDate()))
            text += u'\n' + tr("Today: day %1 of %2").arg(today).arg(p.days);
        if (changed)
            text += u'\n' + tr("Rules changed: check its warnings");
        return text;
    }
    if (role == Qt::ToolTipRole && changed)
        return tr("Made before the planner's rules changed. Open warnings now: %1. Open the plan to check "
                  "them; saving it clears this mark.")
            .arg(changed);
    if (role == Qt::DecorationRole && changed)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    if (role == RulesChangedRole)
        return changed;
    if (role == IdRole)
        return p.id;
    return {};
}

FollowUpModel::FollowUpModel(PlanService &plans, QObject *parent)
    : QAbstractListModel(parent)
    , m_plans(plans)
{ }

void FollowUpModel::refresh(const QDate &today)
{
    beginResetModel();
    m_rows = m_plans.followUpsDue(today).valueOr({});
    endResetModel();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FollowUpDue &f = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return tr("%1\nday %2 of her plan").arg(f.patientName).arg(f.day);
    if (role == PlanIdRole)
        return f.planId;
    if (role == PatientIdRole)
        return f.patientId;
    return {};
}

void PlansPanel::setWarningCount(PlanListModel::WarningCount count)
{
    m_planModel->setWarningCount(std::move(count));
    m_planModel->refresh();
    selectNewest();
}

namespace {

// A row as tall as its lines as they are painted: wrapped to the list's width, each line as tall as
// the font its script takes. The style's own measure counts every line at the Latin font's height,
// and a Chinese name's line is taller: the row's last line was cut off ("林淑芬 Lam Suk Fan…", no
// day).
class WrappedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize own = QStyledItemDelegate::sizeHint(option, index);
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        if (!view)
            return own;
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        QString text = index.data().toString();
        text.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(text, option.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(wrap);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(view->viewport()->width() - 2 * margin);
            height += line.height();
        }
        layout.endLayout();
        return {own.width(), std::max(own.height(), int(std::ceil(height)) + 2 * margin)};
    }
};

} // namespace

PlansPanel::PlansPanel(PlanService &plans, QWidget *parent)
    : QWidget(parent)
    , m_planModel(new PlanListModel(plans, this))
    , m_todayModel(new FollowUpModel(plans, this))
    , m_todayTitle(new QLabel(this))
    , m_todayList(new QListView(this))
    , m_plansTitle(new QLabel(this))
    , m_planList(new QListView(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("plansPanel"));
    m_todayList->setObjectName(QStringLiteral("todayList"));
    m_planList->setObjectName(QStringLiteral("planList"));
    m_new->setObjectName(QStringLiteral("newPlanButton"));
    m_open->setObjectName(QStringLiteral("openPlanButton"));
    m_todayList->setModel(m_todayModel);
    m_planList->setModel(m_planModel);
    for (QListView *v : {m_todayList, m_planList}) {
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->setAlternatingRowColors(true);
        // Long names and titles wrap inside the panel rather than run off under a scroll bar.
        v->setWordWrap(true);
        v->setResizeMode(QListView::Adjust);
        v->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    // A follow-up's row is two lines or three (a long name wraps), so rows are measured one by
    // one, in batches: thousands due on a busy group's server paint their first rows at once
    // instead of waiting for every row's text to be laid out.
    m_todayList->setLayoutMode(QListView::Batched);
    m_todayList->setBatchSize(100);
    for (QListView *v : {m_todayList, m_planList})
        v->setItemDelegate(new WrappedRowDelegate(v));
    m_todayTitle->setWordWrap(true);
    m_plansTitle->setWordWrap(true);
    // One above the other: side by side they set the panel's width, which the patient list needs
    // on a 1024-pixel screen.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_todayTitle);
    layout->addWidget(m_todayList, 1);
    layout->addWidget(m_plansTitle);
    layout->addWidget(m_planList, 2);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_planModel->patientId())
            emit newPlanRequested(m_planModel->patientId());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_planList->currentIndex().isValid())
            emit openPlanRequested(m_planList->currentIndex().data(PlanListModel::IdRole).toLongLong());
    });
    connect(m_planList, &QListView::activated, this,
        [this](const QModelIndex &i) { emit openPlanRequested(i.data(PlanListModel::IdRole).toLongLong()); });
    connect(m_todayList, &QListView::activated, this,
        [this](const QModelIndex &i) { emit openPlanRequested(i.data(FollowUpModel::PlanIdRole).toLongLong()); });
    m_todayList->viewport()->installEventFilter(this);
    m_planModel->refresh();
    selectNewest();
    retranslate();
}

bool PlansPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_todayList->viewport() && event->type() == QEvent::Paint && !m_todayAsked) {
        m_todayAsked = true;
        QTimer::singleShot(0, this, [this] {
            m_todayRead = true; // from here on refresh() reads it too
            m_todayModel->refresh(QDate::currentDate());
            retranslate();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void PlansPanel::setPatient(qint64 patientId, const QString &name)
{
    m_patientName = name;
    m_planModel->setPatient(patientId);
    selectNewest();
    retranslate();
}

void PlansPanel::refresh()
{
    m_planModel->refresh();
    if (m_todayRead)
        m_todayModel->refresh(QDate::currentDate());
    selectNewest();
    retranslate();
}

// After the list is read again, her newest plan is the one "Open plan" opens.
void PlansPanel::selectNewest()
{
    if (m_planModel->rowCount() > 0 && !m_planList->currentIndex().isValid())
        m_planList->setCurrentIndex(m_planModel->index(0, 0));
}

void PlansPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlansPanel::retranslate()
{
    if (!m_todayRead)
        m_todayTitle->setText(tr("<b>Today</b>: looking for follow-up visits due…"));
    else
        m_todayTitle->setText(m_todayModel->rowCount() == 0 ? tr("<b>Today</b>: no follow-up visits due.")
                                                            : tr("<b>Today</b>: follow-up visits due"));
    m_plansTitle->setText(m_planModel->patientId() ? tr("<b>Plans</b> for %1").arg(m_patientName.toHtmlEscaped())
                                                   : tr("<b>Plans</b>: select a patient."));
    m_new->setText(tr("&New plan…"));
    m_new->setEnabled(m_planModel->patientId() != 0);
    m_open->setText(tr("&Open plan"));
    m_open->setEnabled(m_planModel->rowCount() > 0);
    m_todayList->setAccessibleName(tr("Follow-ups due today"));
    m_planList->setAccessibleName(tr("The patient's plans"));
}

qint64 PlansPanel::currentPlanId() const
{
    QModelIndex index = m_planList->currentIndex();
    if (!index.isValid())
        index = m_planList->model()->index(0, 0);
    return index.isValid() ? index.data(PlanListModel::IdRole).toLongLong() : 0;
}

} // namespace rp
