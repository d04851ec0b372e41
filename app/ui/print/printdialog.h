#pragma once

#include "core/printjob.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace rp {

// Chooses what to print for the patient and how: the documents, the language (hers by default,
// apart from the screen's), the bilingual layout, the paper and large print. The buttons ask for
// the output; PrintController does the printing.
class PrintDialog : public QDialog
{
    Q_OBJECT
public:
    // `today`: the plan day today falls on (0 when the plan is not running), offered as "from
    // today on" when the plan is under way.
    PrintDialog(const QString &patientName, const QString &planTitle, const PrintOptions &options, int today = 0,
        int planDays = 0, QWidget *parent = nullptr);

    PrintOptions options() const;
    // A line under the options: a problem with the last print, or where the PDF went.
    void showMessage(const QString &text, bool problem);
    QPushButton *exportButton() const { return m_export; }

signals:
    void previewRequested();
    void printRequested();
    void exportRequested();

private:
    void updateButtons();

    QMap<PrintDocument, QCheckBox *> m_documents;
    QComboBox *m_language;
    QComboBox *m_layout;
    QComboBox *m_paper;
    QCheckBox *m_large;
    QCheckBox *m_calendarPrivate; // only for the calendar: leave the private milestones off it
    QCheckBox *m_fromToday; // hidden unless the plan is under way
    int m_today = 0;
    QLabel *m_message;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_export;
};

} // namespace rp
