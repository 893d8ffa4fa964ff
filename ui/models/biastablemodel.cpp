#include "models/biastablemodel.h"

#include <QLocale>

#include <algorithm>

namespace eg {

BiasTableModel::BiasTableModel(std::shared_ptr<const ProfessionBiasResult> result,
                               std::shared_ptr<const Graph> graph, const Options &options,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_result(std::move(result))
    , m_graph(std::move(graph))
    , m_options(options)
{
    m_options.batch = std::max(1, m_options.batch);
    if (m_result)
        m_order = sideOrder(*m_result, m_options.towardsA, m_options.minCount, m_options.limit);
    m_fetched = std::min(int(m_order.size()), m_options.batch);
}

std::vector<qint32> BiasTableModel::sideOrder(const ProfessionBiasResult &result, bool towardsA,
                                              qint64 minCount, int limit)
{
    std::vector<qint32> order;
    const qint64 n = qint64(result.rows.size());
    for (qint64 i = 0; i < n; ++i) {
        // result.rows is B_p descending: walk it forwards for a, backwards for b.
        const qint32 at = qint32(towardsA ? i : n - 1 - i);
        const ProfessionBias &row = result.rows[size_t(at)];
        if (row.countA + row.countB < minCount)
            continue;
        order.push_back(at);
        if (limit > 0 && qint64(order.size()) >= limit)
            break;
    }
    return order;
}

int BiasTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int BiasTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BiasTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows are being inserted: a view (or the model tester) reacting to the insert
    // must not start another one inside it.
    return !parent.isValid() && !m_inserting && m_fetched < int(m_order.size());
}

void BiasTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(m_options.batch, int(m_order.size()) - m_fetched);
    m_inserting = true;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
    m_inserting = false;
}

void BiasTableModel::fetchAll()
{
    if (m_inserting || m_fetched >= int(m_order.size()))
        return;
    m_inserting = true;
    beginInsertRows({}, m_fetched, int(m_order.size()) - 1);
    m_fetched = int(m_order.size());
    endInsertRows();
    m_inserting = false;
}

const ProfessionBias &BiasTableModel::rowData(int row) const
{
    return m_result->rows[size_t(m_order.at(size_t(row)))];
}

void BiasTableModel::setComparison(std::shared_ptr<const ProfessionBiasResult> other,
                                   const QString &name)
{
    m_other = std::move(other);
    m_otherName = name;
    m_otherRank.clear();
    if (m_other) {
        const std::vector<qint32> order =
            sideOrder(*m_other, m_options.towardsA, m_options.minCount, 0);
        for (size_t i = 0; i < order.size(); ++i)
            m_otherRank[m_other->rows[size_t(order[i])].profession] = int(i) + 1;
    }
    if (m_fetched > 0)
        Q_EMIT dataChanged(index(0, RankChangeColumn), index(m_fetched - 1, RankChangeColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, RankChangeColumn, RankChangeColumn);
}

QVariant BiasTableModel::rankChange(const ProfessionBias &row, int rank) const
{
    const auto found = m_otherRank.find(row.profession);
    if (found == m_otherRank.end())
        return {};
    return qint64(found->second - rank);
}

QVariant BiasTableModel::raw(const ProfessionBias &row, int rank, int column) const
{
    switch (column) {
    case RankColumn:
        return qint64(rank);
    case ProfessionColumn:
        return m_graph ? m_graph->entityLabel(row.profession) : QString::number(row.profession);
    case BiasColumn:
        return row.bias;
    case CountAColumn:
        return row.countA;
    case CountBColumn:
        return row.countB;
    case LogRatioColumn:
        return row.dataLogRatio;
    case PeopleColumn:
        return row.people;
    case RankChangeColumn:
        return rankChange(row, rank);
    default:
        return {};
    }
}

QVariant BiasTableModel::display(const ProfessionBias &row, int rank, int column) const
{
    const QLocale locale;
    switch (column) {
    case BiasColumn:
        return locale.toString(row.bias, 'g', 3);
    case LogRatioColumn:
        return locale.toString(row.dataLogRatio, 'f', 2);
    case CountAColumn:
    case CountBColumn:
    case PeopleColumn:
    case RankColumn:
        return locale.toString(raw(row, rank, column).toLongLong());
    case RankChangeColumn: {
        const QVariant change = rankChange(row, rank);
        if (!change.isValid())
            return m_other ? QStringLiteral("—") : QString();
        const qint64 c = change.toLongLong();
        return c > 0 ? QStringLiteral("+%1").arg(c) : c < 0 ? QStringLiteral("−%1").arg(-c)
                                                          : QStringLiteral("0");
    }
    default:
        return raw(row, rank, column);
    }
}

QVariant BiasTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfessionBias &row = rowData(index.row());
    const int rank = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, rank, index.column());
    case Qt::EditRole: {
        const QVariant value = raw(row, rank, index.column());
        return value.isValid() ? value : QVariant(QString());
    }
    case SortRole:
        return raw(row, rank, index.column());
    case EntityRole:
        return row.profession;
    case Qt::TextAlignmentRole:
        if (index.column() == ProfessionColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ProfessionColumn && m_graph)
            return m_graph->entities.keyString(row.profession);
        if (index.column() == RankChangeColumn && m_other) {
            const auto found = m_otherRank.find(row.profession);
            if (found == m_otherRank.end())
                return tr("Not ranked in %1 with these settings").arg(m_otherName);
            return tr("Rank %1 in %2, rank %3 here").arg(found->second).arg(m_otherName).arg(rank);
        }
        return {};
    default:
        return {};
    }
}

QVariant BiasTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BiasColumn:
            return tr("B_p: mean change of the profession's score when each person is moved "
                      "one step (α) towards %1 (score units)")
                .arg(m_options.valueA);
        case LogRatioColumn:
            return tr("log((C_a + ½)/(C_b + ½)) − log((N_a + ½)/(N_b + ½)): the data's own skew "
                      "towards %1")
                .arg(m_options.valueA);
        case PeopleColumn:
            return tr("Entities with this profession, whatever their value");
        case RankChangeColumn:
            return m_other ? tr("Rank in %1 minus rank here").arg(m_otherName)
                           : tr("Rank in the comparison model minus rank here");
        default:
            return {};
        }
    }
    // EditRole (for exports) names the comparison model; DisplayRole stays short for the view.
    if (role == Qt::EditRole && section == RankChangeColumn && m_other)
        return tr("Δ rank vs %1").arg(m_otherName);
    if (role == Qt::EditRole && section == LogRatioColumn)
        return tr("Data skew (log ratio)");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case ProfessionColumn:
        return tr("Profession");
    case BiasColumn:
        return tr("B_p");
    case CountAColumn:
        return tr("C (%1)").arg(m_options.valueA);
    case CountBColumn:
        return tr("C (%1)").arg(m_options.valueB);
    case LogRatioColumn:
        return tr("Skew");
    case PeopleColumn:
        return tr("People");
    case RankChangeColumn:
        return tr("Δ rank");
    default:
        return {};
    }
}

} // namespace eg
