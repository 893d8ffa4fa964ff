#include "models/jobsmodel.h"

#include <cmath>

namespace eg {

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow &job = at(index.row());
    if (role == IdRole)
        return job.id;
    if (role == FractionRole)
        return index.column() == ProgressColumn ? QVariant(job.fraction) : QVariant();
    if (role == Qt::ToolTipRole)
        return job.detail.isEmpty() ? QVariant() : QVariant(job.detail);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return job.title;
    case ProgressColumn:
        return tr("%1 %").arg(int(std::floor(job.fraction * 100.0)));
    case EtaColumn:
        if (!isActive(job.state))
            return formatDuration(job.elapsedSeconds);
        if (job.etaSeconds < 0.0)
            return tr("estimating…");
        return tr("%1 left").arg(formatDuration(job.etaSeconds));
    case StateColumn:
        return stateText(job.state);
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case ProgressColumn:
        return tr("Progress");
    case EtaColumn:
        return tr("Time");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

int JobsModel::rowOf(int id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

void JobsModel::upsert(const JobRow &row)
{
    const int existing = rowOf(row.id);
    if (existing >= 0) {
        m_rows[size_t(existing)] = row;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int position = int(m_rows.size());
    beginInsertRows({}, position, position);
    m_rows.push_back(row);
    endInsertRows();
}

void JobsModel::removeEnded()
{
    // Remove from the back so the row numbers of the rows still to visit stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (isActive(m_rows[size_t(row)].state))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
}

bool JobsModel::isActive(JobState state)
{
    return state == JobState::Running || state == JobState::Cancelling;
}

QString JobsModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Running:
        return tr("Running");
    case JobState::Cancelling:
        return tr("Cancelling…");
    case JobState::Finished:
        return tr("Finished");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Failed:
        return tr("Failed");
    }
    return {};
}

QString JobsModel::formatDuration(double seconds)
{
    const qint64 total = qint64(std::llround(std::max(0.0, seconds)));
    if (total < 60)
        return tr("%1 s").arg(total);
    if (total < 3600)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace eg
