#pragma once

#include "workspace/planservice.h"

#include <QAbstractListModel>
#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QListView;
class QPushButton;

namespace rp {

// The selected patient's plans, newest first.
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RulesChangedRole /* open warnings of a plan made under earlier rules */ };
    // Counts a plan's open warnings under today's rules (PlanController::openWarnings).
    using WarningCount = std::function<int(qint64 planId)>;
    explicit PlanListModel(PlanService &plans, QObject *parent = nullptr);
    void setWarningCount(WarningCount count) { m_warningCount = std::move(count); }
    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    void refresh();
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PlanService &m_plans;
    qint64 m_patientId = 0;
    QList<PlanSummary> m_rows;
    WarningCount m_warningCount;
    // Plans saved under earlier rules that have open warnings now, with how many.
    QHash<qint64, int> m_rulesChanged;
};

// Follow-up visits due today, across patients.
class FollowUpModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PlanIdRole = Qt::UserRole + 1, PatientIdRole };
    explicit FollowUpModel(PlanService &plans, QObject *parent = nullptr);
    void refresh(const QDate &today);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PlanService &m_plans;
    QList<FollowUpDue> m_rows;
};

// The side panel beside the patient list: today's follow-ups, and the selected patient's plans.
class PlansPanel : public QWidget
{
    Q_OBJECT
public:
    PlansPanel(PlanService &plans, QWidget *parent = nullptr);
    // Lets the list mark plans made under earlier rules that now have warnings.
    void setWarningCount(PlanListModel::WarningCount count);
    void setPatient(qint64 patientId, const QString &name);
    void refresh();
    QListView *planList() const { return m_planList; }
    // The plan selected in her list, else her newest; 0 when she has none.
    qint64 currentPlanId() const;
    QListView *todayList() const { return m_todayList; }
    // True once today's follow-ups have been read: just after the panel is first painted, so a
    // busy day's list (thousands at a clinic group) never holds up the window's first paint.
    bool todayRead() const { return m_todayRead; }

signals:
    void newPlanRequested(qint64 patientId);
    void openPlanRequested(qint64 planId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void selectNewest();

    PlanListModel *m_planModel;
    FollowUpModel *m_todayModel;
    QString m_patientName;
    QLabel *m_todayTitle;
    QListView *m_todayList;
    bool m_todayAsked = false;
    bool m_todayRead = false;
    QLabel *m_plansTitle;
    QListView *m_planList;
    QPushButton *m_new;
    QPushButton *m_open;
};

} // namespace rp
