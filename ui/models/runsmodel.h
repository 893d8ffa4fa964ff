#pragma once

#include "models/runrows.h"

#include <QAbstractTableModel>

#include <vector>

namespace eg {

// The runs table of the open session: run number, label, model, status, epochs, loss, MRR and
// start time. Rows are values (RunRow) read from the session; setRows() replaces them, keeping
// the rows (and so the selection) that are still there.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        LabelColumn,
        ModelColumn,
        StatusColumn,
        EpochsColumn,
        LossColumn,
        MrrColumn,
        StartedColumn,
        ColumnCount
    };
    // Any column: the run id (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;
    // Any column: the value to sort by (numbers as numbers, times as QDateTime).
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit RunsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rows by id. Rows that stay get dataChanged when they differ, new ids at the end are
    // inserted; anything else (another session) resets the model.
    void setRows(std::vector<RunRow> rows);
    const RunRow &at(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(qint64 id) const; // -1 when absent

    static QString statusText(const RunRow &row);
    // "TransE L1 · 100", "ComplEx · 50"...
    static QString modelText(const ModelSpec &spec);

private:
    QVariant display(const RunRow &run, int column) const;
    QString toolTip(const RunRow &run) const;

    std::vector<RunRow> m_rows;
};

} // namespace eg
