#pragma once

#include "models/thresholdentry.h"

#include <QAbstractTableModel>

namespace eg {

// Per-class false-accept and false-reject rates at one distance threshold, read off an entry's
// pair histograms: one row per class (ascending label), then a last row for all pairs pooled.
// Columns: class, items, FAR, FRR, utility, utility minus the pooled utility. The classes of
// the worst epsilon share are bold. EditRole gives raw numbers (CSV export, sorting).
class ThresholdRatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClassColumn, ItemsColumn, FarColumn, FrrColumn, UtilityColumn, GapColumn,
                  ColumnCount };

    explicit ThresholdRatesModel(QObject *parent = nullptr);

    void setEntry(ThresholdEntryPtr entry);
    const ThresholdEntryPtr &entry() const { return m_entry; }
    // Rows keep their place; only the numbers change (dataChanged).
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rates of a class row (rows < classes) or of the pooled row (the last).
    const ClassRates &rates(int row) const;

private:
    void recompute();

    ThresholdEntryPtr m_entry;
    double m_threshold = 0.0;
    std::vector<ClassRates> m_rows; // classes, then pooled
};

} // namespace eg
