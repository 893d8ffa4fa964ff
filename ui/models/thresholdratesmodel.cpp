#include "models/thresholdratesmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace eg {

ThresholdRatesModel::ThresholdRatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ThresholdRatesModel::setEntry(ThresholdEntryPtr entry)
{
    beginResetModel();
    m_entry = std::move(entry);
    recompute();
    endResetModel();
}

void ThresholdRatesModel::setThreshold(double threshold)
{
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    const size_t before = m_rows.size();
    recompute();
    if (!m_rows.empty() && m_rows.size() == before)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ThresholdRatesModel::recompute()
{
    m_rows.clear();
    if (!m_entry)
        return;
    const PairHistograms &h = m_entry->report.histograms;
    m_rows = ratesAt(h, m_threshold);
    m_rows.push_back(pooledRatesAt(h, m_threshold));
}

int ThresholdRatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThresholdRatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClassRates &ThresholdRatesModel::rates(int row) const
{
    return m_rows.at(size_t(row));
}

QVariant ThresholdRatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const bool pooled = row == rowCount() - 1;
    const ClassRates &r = m_rows[size_t(row)];
    const auto &worst = m_entry->report.opis.worstClasses;
    const bool isWorst = !pooled && std::find(worst.begin(), worst.end(), row) != worst.end();
    const double gap = pooled ? 0.0 : r.utility - m_rows.back().utility;
    if (role == Qt::FontRole && (isWorst || pooled)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == ClassColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && isWorst)
        return tr("In the worst ε share of classes (lowest mean utility over the calibration "
                  "range)");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const auto rate = [edit](double v) -> QVariant {
        if (!std::isfinite(v))
            return edit ? QVariant() : QVariant(QStringLiteral("–"));
        return edit ? QVariant(v)
                    : QVariant(QLocale().toString(100.0 * v, 'f', 2) + QStringLiteral(" %"));
    };
    switch (index.column()) {
    case ClassColumn: {
        if (pooled)
            return tr("All pairs (pooled)");
        const auto &names = m_entry->classNames;
        const QString name = size_t(row) < names.size() ? names[size_t(row)]
                                                        : QString::number(r.label);
        return edit ? QVariant(name) : QVariant(isWorst ? tr("%1 (worst ε)").arg(name) : name);
    }
    case ItemsColumn:
        return edit ? QVariant(r.items) : QVariant(QLocale().toString(r.items));
    case FarColumn:
        return rate(r.far);
    case FrrColumn:
        return rate(r.frr);
    case UtilityColumn:
        if (!std::isfinite(r.utility))
            return edit ? QVariant() : QVariant(QStringLiteral("–"));
        return edit ? QVariant(r.utility) : QVariant(QLocale().toString(r.utility, 'f', 4));
    case GapColumn:
        if (pooled || !std::isfinite(gap))
            return edit ? QVariant() : QVariant(QString());
        return edit ? QVariant(gap)
                    : QVariant((gap >= 0 ? QStringLiteral("+") : QString()) +
                               QLocale().toString(gap, 'f', 4));
    default:
        return {};
    }
}

QVariant ThresholdRatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FarColumn:
            return tr("False-accept rate: share of the class's negative pairs with distance ≤ d");
        case FrrColumn:
            return tr("False-reject rate: share of the class's positive pairs with distance > d");
        case GapColumn:
            return tr("Class utility minus the pooled utility at d");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case ItemsColumn:
        return tr("Items");
    case FarColumn:
        return tr("FAR");
    case FrrColumn:
        return tr("FRR");
    case UtilityColumn:
        return tr("Utility");
    case GapColumn:
        return tr("U − Ū");
    default:
        return {};
    }
}

} // namespace eg
