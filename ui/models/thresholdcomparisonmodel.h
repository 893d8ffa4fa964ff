#pragma once

#include "models/thresholdentry.h"

#include <QAbstractTableModel>

namespace eg {

// Two models side by side: one row per figure (OPIS, eps-OPIS, Recall@1, MAP@R, calibration
// range, training time), columns model A, model B and the change from A to B (relative for
// OPIS and eps-OPIS, in points for the retrieval figures). Either model may be missing.
class ThresholdComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row { OpisRow, EpsOpisRow, RecallRow, MapRow, RangeRow, SecondsRow, RowCount };
    enum Column { FigureColumn, FirstColumn, SecondColumn, ChangeColumn, ColumnCount };

    explicit ThresholdComparisonModel(QObject *parent = nullptr);

    void setEntries(ThresholdEntryPtr first, ThresholdEntryPtr second);
    const ThresholdEntryPtr &first() const { return m_first; }
    const ThresholdEntryPtr &second() const { return m_second; }
    // The raw figure of a row for a model (NaN when missing).
    static double figure(const ThresholdEntry *entry, Row row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ThresholdEntryPtr m_first, m_second;
};

} // namespace eg
