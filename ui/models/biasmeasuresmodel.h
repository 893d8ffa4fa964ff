#pragma once

#include "pages/bias/biasmeasures.h"

#include <QAbstractTableModel>
#include <memory>

namespace eg {

// The Measures tab's table: one row per aggregate bias measure, the current model and the
// comparison model side by side. Rows: the difference in scores of each sensitive relation,
// then the probe on the page's sensitive relation (accuracy, most-frequent-class rate, gap),
// then the graph-facts probe (accuracy and gap; in the current model's column, as it holds for
// every model of the data set: the view spans it over both model columns).
//
// A column without measures shows "computing…" while they are computed, else stays empty (no
// comparison model); a value that could not be measured (NaN) shows "–". DisplayRole gives
// locale-formatted text, EditRole the raw double (empty when there is none), ToolTipRole one
// sentence on the measure.
class BiasMeasuresModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MeasureColumn, CurrentColumn, CompareColumn, ColumnCount };
    enum Kind { ScoreDifference, ProbeAccuracy, MajorityRate, ProbeGap, FactAccuracy, FactGap };
    static constexpr int KindRole = Qt::UserRole + 1; // the row's Kind

    struct Side {
        QString name; // the model's name; empty: no model in this column
        bool computing = false;
        std::shared_ptr<const BiasModelMeasures> measures;
    };
    struct Table {
        BiasMeasuresSpec spec;
        Side current;
        Side compare;
        bool factsComputing = false;
        std::shared_ptr<const BiasFactMeasures> facts;
    };

    explicit BiasMeasuresModel(QObject *parent = nullptr);

    void setTable(const Table &table);
    const Table &table() const { return m_table; }
    void clear() { setTable({}); }

    Kind kind(int row) const;
    // The first row of `kind` (for ScoreDifference: of spec relation `relation`), or -1.
    int rowOf(Kind kind, int relation = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString label(int row) const;
    QString toolTip(int row) const;
    // The raw value of a row in one column; NaN when not measured. `present` says whether the
    // column has measures at all.
    double value(int row, int column, bool *present) const;

    Table m_table;
};

} // namespace eg
