#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace rp {

// A date she types as she would write it, or picks from a calendar (Alt+Down, F4). What she types
// is read by core/datetext.h and kept as typed until it is read: a date it cannot read is shown
// as such under the field, her text still there, and never turned into another date. One Tab
// stop, as a line edit is.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // An empty field is allowed ("Not recorded") only when set; otherwise it is a problem.
    void setAllowEmpty(bool allow, const QString &placeholder = {});
    void setDate(const QDate &date); // an invalid date empties the field
    // The date read, or an invalid date when the field is empty or cannot be read.
    QDate date() const;
    // Why the text cannot be taken as a date (translated), or empty when it can.
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // When her text cannot be read: says why in the dialog's error label, puts the cursor back
    // and returns true, so the dialog saves nothing and guesses nothing.
    bool refuseIfUnread(QLabel *error);

signals:
    void dateChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reread();
    void tidy();
    void openCalendar();
    void retranslate();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QLabel *m_message;
    QDate m_date;
    QString m_problem;
    bool m_allowEmpty = false;
};

} // namespace rp
