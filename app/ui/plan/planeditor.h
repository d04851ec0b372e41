#pragma once

#include "core/planner.h"

#include <QWidget>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace rp {

class ConnectionWatch;
class PlanGridModel;
class ServerNotice;
class PlanService;
class WarningModel;

// Edits one plan: the day-by-slot grid grouped by phase and week, a day's rest line, milestones,
// notes and lock, and the warnings, recomputed live as she edits. Saving goes through the plan
// repository; closing with unsaved changes asks first.
class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    PlanEditor(PlanService &plans, std::unique_ptr<Planner> planner, const Patient &patient,
        const PlanPatient &planPatient, const Plan &plan, QWidget *parent = nullptr);
    ~PlanEditor() override;

    const Plan &plan() const { return m_plan; }
    QList<PlanWarning> warnings() const { return m_warnings; }
    bool isDirty() const { return m_dirty; }
    QTableView *grid() const { return m_grid; }

    // The editing steps, also reached from the grid, the buttons and the keyboard.
    void setSlot(int day, Slot slot, const QString &itemId);
    // Keeps the item against every warning it has now; a later warning stays open.
    void keepAnyway(int day, Slot slot, const QString &reason);
    bool save();
    void regenerate();

    // Print or export: the plan is saved first (she is asked), since a printout is of the stored plan.
    void requestPrint(bool exportPdf);
    // Says, above the grid, when the database server stops answering and when it is back.
    void followServer(ConnectionWatch *watch);

signals:
    void saved(qint64 planId);
    void printRequested(qint64 planId, bool exportPdf);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fitDayColumn();
    int fitMealColumns(int padding); // their widths, added up
    void arrangeForWidth();
    void refresh();
    void showDay();
    int currentDay() const;
    void pickItem(const QModelIndex &index);
    void keepSelectedWarning();
    void editSettings();
    void showShoppingList();
    void saveAsTemplate();
    void duplicate();
    void markDirty();
    bool resolveConflict();

    PlanService &m_plans;
    std::unique_ptr<Planner> m_planner;
    Patient m_patient;
    PlanPatient m_planPatient;
    Plan m_plan;
    QList<PlanWarning> m_warnings;
    bool m_dirty = false;
    // A window too narrow for every column and the day's panel beside them: the panel goes under
    // the grid, in two columns; narrower still (a 1024-px screen), the grid's rest and milestone
    // columns are left to the panel, so every meal fits across.
    bool m_compact = false;
    int m_columnsWidth = 0; // every column at its fitted width
    QSplitter *m_splitter = nullptr;
    QBoxLayout *m_sideLayout = nullptr;

    PlanGridModel *m_gridModel;
    WarningModel *m_warningModel;
    QTableView *m_grid;
    QLabel *m_heading;
    QLabel *m_dayTitle;
    QLabel *m_rest;
    QComboBox *m_restChoice;
    QLabel *m_milestones;
    QCheckBox *m_locked;
    QPlainTextEdit *m_notes;
    QLabel *m_warningTitle;
    QListView *m_warningList;
    QPushButton *m_keep;
    QPushButton *m_save;
    QPushButton *m_generate;
    QPushButton *m_settings;
    QPushButton *m_shopping;
    QPushButton *m_duplicate;
    QPushButton *m_template;
    QPushButton *m_print;
    QLabel *m_dayNotesLabel;
    QLabel *m_redFlags;
    QLabel *m_bleedingNotice;
    ServerNotice *m_serverNotice; // shown while the plan's settings say she is still bleeding heavily
};

} // namespace rp
