#pragma once

#include "core/planner.h"

#include "common/unsavededits.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;

class QScrollArea;

namespace rp {

// A plan's settings: which loss, title, start, length, phase boundaries, follow-up days and the
// practitioner-only items ticked in for her. Checks them with the planner's rules.
class PlanSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `losses` empty: the plan's loss is fixed (editing an existing plan).
    // `templates`: the clinic's templates a new plan may start from (title, id).
    PlanSettingsDialog(const Planner &planner, const Patient &patient, const PlanSettings &settings,
        const QString &title, qint64 lossId, const QList<QPair<QString, qint64>> &templates = {},
        QWidget *parent = nullptr);

    PlanSettings settings() const { return m_settings; }
    QString title() const { return m_title; }
    qint64 lossId() const { return m_lossId; }
    // The template chosen to start from; 0 for "by the rules".
    qint64 templateId() const;

    void accept() override;
    void reject() override; // asks before throwing edits away

protected:
    void showEvent(QShowEvent *event) override;

private:
    PlanSettings collect() const;
    const Loss *chosenLoss() const;
    void lossChanged();
    // The heavy-bleeding and wine rows, with the notice and the reason shown beside them.
    void addSafetyRows(QFormLayout *form, const PlanSettings &settings);
    // Wine is never for her while she is planning to conceive, has hepatitis or is breastfeeding.
    void updateWine();

    const Planner &m_planner;
    Patient m_patient;
    PlanSettings m_settings;
    QString m_title;
    qint64 m_lossId;
    bool m_newPlan;
    QComboBox *m_loss;
    QComboBox *m_startFrom;
    QLineEdit *m_titleEdit;
    class DateField *m_start;
    QSpinBox *m_days;
    QSpinBox *m_expelUntil;
    QSpinBox *m_regulateUntil;
    QLineEdit *m_followUps;
    QCheckBox *m_heavyBleeding;
    QLabel *m_bleedingNotice;
    QCheckBox *m_wine;
    QLabel *m_wineReason;
    QMap<QString, QCheckBox *> m_items;
    QLabel *m_error;
    UnsavedEdits m_unsaved{this};
    QScrollArea *m_itemsScroll = nullptr;
};

// Chooses the item for one slot of one day: what fits her and the day first, then the rest
// with the reason each does not fit (she may still choose one, and say why in the plan).
class ItemPickerDialog : public QDialog
{
    Q_OBJECT
public:
    ItemPickerDialog(const Planner &planner, const Plan &plan, const PlanPatient &patient, int day, Slot slot,
        QWidget *parent = nullptr);
    // Empty when she cleared the slot.
    QString chosenId() const { return m_chosen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_chosen;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace rp
