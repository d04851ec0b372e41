#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace rp {

class PrintHistoryModel;

// A patient's print history. Any printout can be previewed, printed or saved as a PDF again,
// exactly as she was given it (PrintController does the work).
class PrintHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    PrintHistoryDialog(const QString &patientName, PrintHistoryModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    qint64 currentRecordId() const;

signals:
    void previewRequested(qint64 recordId);
    void exportRequested(qint64 recordId);

private:
    void updateButtons();

    PrintHistoryModel *m_model;
    QTableView *m_table;
    QPushButton *m_preview;
    QPushButton *m_export;
};

} // namespace rp
