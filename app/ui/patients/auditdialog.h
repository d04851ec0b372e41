#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace rp {

class AuditModel;

// A patient's history of changes: who changed her record, losses and plans, when, from which desk.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(const QString &patientName, AuditModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_patientName;
    AuditModel *m_model;
    QLabel *m_intro;
    QTableView *m_table;
};

} // namespace rp
