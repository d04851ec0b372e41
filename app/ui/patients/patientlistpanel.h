#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rp {

class PatientListModel;

// The main window's patient list: search-as-you-type, the archived filter, the table and the
// count of matches. Opening a patient (Enter, double-click) is reported, not handled here.
class PatientListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PatientListPanel(PatientListModel &model, QWidget *parent = nullptr);

    qint64 currentPatientId() const;
    bool currentPatientArchived() const;
    void selectPatient(qint64 id);
    void focusSearch();
    void setShowArchived(bool show);
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // How wide the panel must be for every column to show without scrolling sideways.
    int widthForColumns() const;

signals:
    void openRequested(qint64 id);
    void currentPatientChanged(qint64 id);
    void showArchivedChanged(bool shown);
    // The columns were sized to what they show (widthForColumns() may have changed).
    void columnsFitted();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyQuery();
    void updateCount();
    void fitColumns();

    PatientListModel &m_model;
    int m_columnsWidth = 0; // what fitColumns() gave the columns
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QTableView *m_table;
    QLabel *m_count;
    qint64 m_keep = 0; // the selected patient while the list is read again
};

} // namespace rp
