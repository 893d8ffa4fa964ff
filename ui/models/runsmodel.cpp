#include "models/runsmodel.h"

#include <QLocale>

#include <cmath>

namespace eg {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunsModel::modelText(const ModelSpec &spec)
{
    switch (spec.type) {
    case ModelType::TransE:
        return tr("TransE L%1 · %2").arg(spec.norm).arg(spec.dim);
    case ModelType::TransEDot:
        return tr("TransE (dot) · %1").arg(spec.dim);
    case ModelType::DistMult:
        return tr("DistMult · %1").arg(spec.dim);
    case ModelType::ComplEx:
        return tr("ComplEx · %1").arg(spec.dim);
    }
    return {};
}

QString RunsModel::statusText(const RunRow &row)
{
    switch (row.status) {
    case store::RunStatus::Running:
        // "running" in the file without a job here: the program ended while it trained.
        return row.live ? tr("Running") : tr("Interrupted");
    case store::RunStatus::Finished:
        return tr("Finished");
    case store::RunStatus::Cancelled:
        return tr("Cancelled");
    case store::RunStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant RunsModel::display(const RunRow &run, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return locale.toString(run.id);
    case LabelColumn:
        return run.label;
    case ModelColumn:
        if (run.otherModel == QLatin1String("cg-mualign"))
            return tr("CG-MuAlign · %1").arg(run.otherSize);
        if (!run.otherModel.isEmpty())
            return run.otherModel;
        return modelText(run.model);
    case StatusColumn:
        return statusText(run);
    case EpochsColumn:
        return run.plannedEpochs > 0 ? tr("%1 / %2").arg(locale.toString(run.epochs),
                                                         locale.toString(run.plannedEpochs))
                                     : locale.toString(run.epochs);
    case LossColumn:
        return std::isfinite(run.loss) ? locale.toString(run.loss, 'g', 4) : QStringLiteral("–");
    case MrrColumn:
        return run.mrr ? locale.toString(*run.mrr, 'f', 3) : QStringLiteral("–");
    case StartedColumn:
        return locale.toString(run.started, QLocale::ShortFormat);
    default:
        return {};
    }
}

QString RunsModel::toolTip(const RunRow &run) const
{
    QStringList lines{tr("Run %1: %2").arg(run.id).arg(run.label)};
    if (run.mrr) {
        const QString split = run.metricsSplit == QLatin1String("test") ? tr("test split")
                                                                        : tr("validation split");
        lines << tr("Filtered MRR %1, Hits@10 %2 (%3)")
                     .arg(QLocale().toString(*run.mrr, 'f', 4),
                          QLocale().toString(run.hits10.value_or(0.0), 'f', 4), split);
    }
    if (run.status == store::RunStatus::Running && !run.live)
        lines << tr("Equigraph ended while this run trained; its epochs up to the last one "
                    "recorded are kept.");
    if (!run.message.isEmpty())
        lines << run.message;
    else if (run.status == store::RunStatus::Cancelled)
        lines << tr("Cancelled by the user; its epochs up to the last one recorded are kept.");
    return lines.join(QLatin1Char('\n'));
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRow &run = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(run, index.column());
    case Qt::ToolTipRole:
        return toolTip(run);
    case IdRole:
        return run.id;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == EpochsColumn ||
            index.column() == LossColumn || index.column() == MrrColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return run.id;
        case EpochsColumn:
            return run.epochs;
        case LossColumn:
            return std::isfinite(run.loss) ? run.loss : -1.0;
        case MrrColumn:
            return run.mrr.value_or(-1.0);
        case StartedColumn:
            return run.started;
        default:
            return display(run, index.column());
        }
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case LabelColumn:
        return tr("Run");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case EpochsColumn:
        return tr("Epochs");
    case LossColumn:
        return tr("Loss");
    case MrrColumn:
        return tr("MRR");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

int RunsModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

void RunsModel::setRows(std::vector<RunRow> rows)
{
    // The common case: the same runs, perhaps changed, and perhaps new ones after them.
    bool prefix = rows.size() >= m_rows.size();
    for (size_t i = 0; prefix && i < m_rows.size(); ++i)
        prefix = rows[i].id == m_rows[i].id;
    if (!prefix) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (sameRow(m_rows[i], rows[i]))
            continue;
        m_rows[i] = rows[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin() + m_rows.size()),
                      std::make_move_iterator(rows.end()));
        endInsertRows();
    }
}

} // namespace eg
