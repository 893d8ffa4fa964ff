#pragma once

#include "bias/profession_bias.h"
#include "kg/graph.h"

#include <QAbstractTableModel>

#include <memory>
#include <unordered_map>
#include <vector>

namespace eg {

// One side of a bias table over an immutable eg::ProfessionBiasResult: the professions most
// biased towards value a (B_p descending) or towards b (ascending), keeping those with
// C_a + C_b >= minCount, at most `limit` rows (0 = all). Rows are handed to views in batches
// (canFetchMore / fetchMore), so a table of 100,000 professions opens at once.
//
// Columns: rank on this side, profession, B_p, C_a, C_b, the data's log-ratio, people, and the
// change of rank against a comparison result (same side and filter): rank there minus rank
// here, so +3 means the profession sits three places further from the top in the other model.
// DisplayRole gives text; EditRole and SortRole the raw value (double, qint64 or QString). When
// the comparison does not rank the profession, SortRole has no value and EditRole is empty.
class BiasTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        ProfessionColumn,
        BiasColumn,
        CountAColumn,
        CountBColumn,
        LogRatioColumn,
        PeopleColumn,
        RankChangeColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int EntityRole = Qt::UserRole + 2; // the profession's entity id

    struct Options
    {
        bool towardsA = true;
        qint64 minCount = 20;
        int limit = 0;         // 0 = every kept profession
        QString valueA;        // column titles: "C (male)"
        QString valueB;
        int batch = 500;       // rows per fetchMore
    };

    BiasTableModel(std::shared_ptr<const ProfessionBiasResult> result,
                   std::shared_ptr<const Graph> graph, const Options &options,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The rank-change column compares with `other` (nullptr: the column stays empty).
    void setComparison(std::shared_ptr<const ProfessionBiasResult> other, const QString &name);
    // Fetches every remaining row (before a search or an export).
    void fetchAll();

    // Rows in the table once everything is fetched.
    int totalRows() const { return int(m_order.size()); }
    const ProfessionBias &rowData(int row) const;
    const Options &options() const { return m_options; }

    // The indices into result.rows of one side's table: kept rows (countA + countB >=
    // minCount), most biased first, at most `limit` (0 = all).
    static std::vector<qint32> sideOrder(const ProfessionBiasResult &result, bool towardsA,
                                         qint64 minCount, int limit);

private:
    QVariant display(const ProfessionBias &row, int rank, int column) const;
    QVariant raw(const ProfessionBias &row, int rank, int column) const;
    // Rank there minus rank here, or no value.
    QVariant rankChange(const ProfessionBias &row, int rank) const;

    std::shared_ptr<const ProfessionBiasResult> m_result;
    std::shared_ptr<const Graph> m_graph;
    Options m_options;
    std::vector<qint32> m_order; // indices into m_result->rows
    int m_fetched = 0;
    bool m_inserting = false;
    std::shared_ptr<const ProfessionBiasResult> m_other;
    QString m_otherName;
    std::unordered_map<qint32, int> m_otherRank; // profession -> 1-based rank there
};

} // namespace eg
