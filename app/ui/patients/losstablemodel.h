#pragma once

#include "core/patient.h"

#include <QAbstractTableModel>

namespace rp {

// A patient's loss history as the patient dialog edits it, before it is saved.
class LossTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, Week, Management, Notes, ColumnCount };

    explicit LossTableModel(QObject *parent = nullptr);

    void setLosses(const QList<Loss> &losses);
    QList<Loss> losses() const { return m_losses; }
    const Loss *itemAt(const QModelIndex &index) const;
    // Each returns the row where the loss now stands (the list is kept in date order).
    int addLoss(const Loss &loss);
    int replaceLoss(int row, const Loss &loss);
    void removeLoss(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int insertSorted(const Loss &loss);

    QList<Loss> m_losses;
};

} // namespace rp
