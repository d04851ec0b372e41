#pragma once

#include "workspace/patientservice.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace rp {

// One record as the merge dialog shows it: her details and what hangs off the record.
// Patient ▸ Merge with possible duplicate…: the current record and a possible duplicate side by
// side, which one to keep, and what merging does. It only asks: MergeController does the work.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Merge, NotSamePerson };

    // `candidates` holds at least one record.
    MergeDialog(const MergeRecord &current, const QList<MergeRecord> &candidates, QWidget *parent = nullptr);

    // What she chose, when the dialog was accepted.
    Choice choice() const { return m_choice; }
    qint64 keepId() const;
    qint64 otherId() const;
    // The record chosen to keep and the one that goes, for the question asked before merging.
    const MergeRecord &kept() const;
    const MergeRecord &removed() const;

private:
    struct Side
    {
        QRadioButton *keep = nullptr;
        QList<QLabel *> values;
    };
    void showCandidate(int index);
    void updateSummary();
    const MergeRecord &candidate() const;

    MergeRecord m_current;
    QList<MergeRecord> m_candidates;
    Choice m_choice = Choice::Merge;
    QComboBox *m_candidateCombo = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_candidateTitle = nullptr;
    QLabel *m_summary = nullptr;
    QButtonGroup *m_keepGroup = nullptr;
    Side m_sides[2];
};

} // namespace rp
