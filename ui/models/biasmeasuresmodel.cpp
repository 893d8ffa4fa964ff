#include "models/biasmeasuresmodel.h"

#include <QLocale>
#include <cmath>

namespace eg {

namespace {
constexpr int kProbeRows = 5; // accuracy, rate, gap, facts' accuracy, facts' gap
}

BiasMeasuresModel::BiasMeasuresModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void BiasMeasuresModel::setTable(const Table &table) {
    beginResetModel();
    m_table = table;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BiasMeasuresModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return int(m_table.spec.relations.size()) +
           (m_table.spec.probed.relation >= 0 ? kProbeRows : 0);
}

int BiasMeasuresModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

BiasMeasuresModel::Kind BiasMeasuresModel::kind(int row) const {
    const int n = int(m_table.spec.relations.size());
    return row < n ? ScoreDifference : Kind(ProbeAccuracy + (row - n));
}

int BiasMeasuresModel::rowOf(Kind kind, int relation) const {
    const int n = int(m_table.spec.relations.size());
    const int row = kind == ScoreDifference ? relation : n + int(kind) - int(ProbeAccuracy);
    return row >= 0 && row < rowCount() && this->kind(row) == kind ? row : -1;
}

QString BiasMeasuresModel::label(int row) const {
    const QString probed = m_table.spec.probed.name;
    switch (kind(row)) {
    case ScoreDifference:
        return tr("Difference in scores, %1").arg(m_table.spec.relations[size_t(row)].name);
    case ProbeAccuracy:
        return tr("Probe accuracy, %1").arg(probed);
    case MajorityRate:
        return tr("Most frequent class, %1").arg(probed);
    case ProbeGap:
        return tr("Probe gap (accuracy − most frequent)");
    case FactAccuracy:
        return tr("Graph facts alone: probe accuracy");
    case FactGap:
        return tr("Graph facts alone: probe gap");
    }
    return {};
}

QString BiasMeasuresModel::toolTip(int row) const {
    switch (kind(row)) {
    case ScoreDifference:
        return tr("Mean over training people of the score of their true value minus the mean "
                  "score of the other frequent values (Fisher et al. 2020); 0 = no preference.");
    case ProbeAccuracy:
        return tr("Share of held-out people whose value a small neural network reads from their "
                  "embedding, mean over %1 splits.")
            .arg(m_table.spec.seeds);
    case MajorityRate:
        return tr("Share of held-out people with the commonest value: what always guessing it "
                  "would score.");
    case ProbeGap:
        return tr("Probe accuracy minus the most-frequent-class rate: how much the embedding "
                  "tells beyond the base rate.");
    case FactAccuracy:
        return tr("The same people and splits classified from their other facts in the graph, "
                  "without the sensitive relations and their mirrors; needs no model.");
    case FactGap:
        return tr("Graph-facts probe accuracy minus the most-frequent-class rate: what the "
                  "training facts themselves reveal.");
    }
    return {};
}

double BiasMeasuresModel::value(int row, int column, bool *present) const {
    *present = false;
    const Kind k = kind(row);
    if (k == FactAccuracy || k == FactGap) {
        if (column != CurrentColumn || !m_table.facts)
            return kNoValue;
        *present = true;
        return k == FactAccuracy ? m_table.facts->accuracy : m_table.facts->gap();
    }
    const Side &side = column == CurrentColumn ? m_table.current : m_table.compare;
    if (!side.measures)
        return kNoValue;
    *present = true;
    const BiasModelMeasures &m = *side.measures;
    switch (k) {
    case ScoreDifference:
        return size_t(row) < m.scoreDifference.size() ? m.scoreDifference[size_t(row)] : kNoValue;
    case ProbeAccuracy:
        return m.probeAccuracy;
    case MajorityRate:
        return m.majorityRate;
    case ProbeGap:
        return m.probeGap();
    default:
        return kNoValue;
    }
}

QVariant BiasMeasuresModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const Kind k = kind(row);
    if (role == KindRole)
        return int(k);
    if (role == Qt::ToolTipRole)
        return toolTip(row);
    if (role == Qt::TextAlignmentRole)
        return column == MeasureColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == MeasureColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return label(row);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    bool present = false;
    const double v = value(row, column, &present);
    if (role == Qt::EditRole)
        return present && !std::isnan(v) ? QVariant(v) : QVariant(QString());
    if (!present) {
        const bool facts = k == FactAccuracy || k == FactGap;
        const bool computing =
            facts ? column == CurrentColumn && m_table.factsComputing
                  : (column == CurrentColumn ? m_table.current : m_table.compare).computing;
        return computing ? tr("computing…") : QString();
    }
    if (std::isnan(v))
        return QStringLiteral("–");
    const QLocale locale;
    if (k == ScoreDifference)
        return locale.toString(v, 'f', 3);
    if (k == ProbeGap || k == FactGap) {
        const QString text = locale.toString(std::abs(v), 'f', 3);
        return QString((v < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text);
    }
    return locale.toString(v, 'f', 3);
}

QVariant BiasMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section == MeasureColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::EditRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeasureColumn:
        return tr("Measure");
    case CurrentColumn:
        return m_table.current.name.isEmpty() ? tr("Model") : m_table.current.name;
    case CompareColumn:
        return m_table.compare.name.isEmpty() ? tr("Compare with") : m_table.compare.name;
    default:
        return {};
    }
}

} // namespace eg
