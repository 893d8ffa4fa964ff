#include "models/thresholdcomparisonmodel.h"

#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace eg {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

ThresholdComparisonModel::ThresholdComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ThresholdComparisonModel::setEntries(ThresholdEntryPtr first, ThresholdEntryPtr second)
{
    beginResetModel();
    m_first = std::move(first);
    m_second = std::move(second);
    endResetModel();
}

double ThresholdComparisonModel::figure(const ThresholdEntry *e, Row row)
{
    if (!e)
        return NaN;
    const bool retrieval = e->report.retrieval.queries > 0;
    switch (row) {
    case OpisRow:
        return e->report.opis.opis;
    case EpsOpisRow:
        return e->report.opis.epsOpis;
    case RecallRow:
        return retrieval ? e->report.retrieval.recallAt1 : NaN;
    case MapRow:
        return retrieval ? e->report.retrieval.mapAtR : NaN;
    case RangeRow:
        return e->report.opis.range.low;
    case SecondsRow:
        return e->trainSeconds > 0 ? e->trainSeconds : NaN;
    default:
        return NaN;
    }
}

int ThresholdComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ThresholdComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= RowCount || index.column() >= ColumnCount)
        return {};
    const Row row = Row(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == FigureColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::FontRole && (row == OpisRow || row == EpsOpisRow) && column != FigureColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const QLocale locale;
    if (column == FigureColumn) {
        switch (row) {
        case OpisRow:
            return tr("OPIS");
        case EpsOpisRow:
            return tr("ε-OPIS");
        case RecallRow:
            return tr("Recall@1");
        case MapRow:
            return tr("MAP@R");
        case RangeRow:
            return tr("Calibration range");
        case SecondsRow:
            return tr("Training time");
        default:
            return {};
        }
    }
    const ThresholdEntry *a = m_first.get(), *b = m_second.get();
    if (column == FirstColumn || column == SecondColumn) {
        const ThresholdEntry *e = column == FirstColumn ? a : b;
        const double v = figure(e, row);
        if (!std::isfinite(v))
            return edit ? QVariant() : QVariant(QStringLiteral("–"));
        if (row == RangeRow) {
            const CalibrationRange &r = e->report.opis.range;
            return edit ? QVariant(QStringLiteral("%1-%2").arg(r.low).arg(r.high))
                        : QVariant(QStringLiteral("%1 – %2")
                                       .arg(locale.toString(r.low, 'f', 3),
                                            locale.toString(r.high, 'f', 3)));
        }
        if (edit)
            return v;
        if (row == SecondsRow)
            return tr("%1 s").arg(locale.toString(v, 'f', 1));
        return locale.toString(v, 'f', row == OpisRow || row == EpsOpisRow ? 5 : 4);
    }
    // Change from A to B.
    const double x = figure(a, row), y = figure(b, row);
    if (!std::isfinite(x) || !std::isfinite(y) || row == RangeRow || row == SecondsRow)
        return {};
    if (row == OpisRow || row == EpsOpisRow) {
        if (x <= 0)
            return {};
        const double change = (y - x) / x;
        return edit ? QVariant(change)
                    : QVariant((change >= 0 ? QStringLiteral("+") : QString()) +
                               locale.toString(100.0 * change, 'f', 1) + QStringLiteral(" %"));
    }
    const double points = 100.0 * (y - x);
    return edit ? QVariant(y - x)
                : QVariant(tr("%1 pts").arg((points >= 0 ? QStringLiteral("+") : QString()) +
                                            locale.toString(points, 'f', 2)));
}

QVariant ThresholdComparisonModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::EditRole &&
                                          role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short headers on screen (the choosers above the table name the models); the names in
    // tooltips and in CSV exports (EditRole).
    const auto name = [role](const ThresholdEntryPtr &e, const QString &shortName) {
        return role != Qt::DisplayRole && e ? e->name : shortName;
    };
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case FirstColumn:
        return name(m_first, tr("Model A"));
    case SecondColumn:
        return name(m_second, tr("Model B"));
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace eg
