#include "models/logmodel.h"

#include "theme.h"

#include <QGuiApplication>

namespace eg {

LogModel::LogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &entry = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toString(QStringLiteral("HH:mm:ss"));
        case LevelColumn:
            return levelText(entry.level);
        case MessageColumn:
            return entry.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? QVariant(entry.time.toString(Qt::ISODateWithMs))
                                            : QVariant(entry.text);
    case Qt::ForegroundRole:
        if (entry.level == LogLevel::Error)
            return theme::errorColor(QGuiApplication::palette());
        if (entry.level == LogLevel::Warning)
            return theme::warningColor(QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void LogModel::append(LogLevel level, const QString &text)
{
    appendEntry({QDateTime::currentDateTime(), level, text});
}

void LogModel::appendEntry(const LogEntry &entry)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void LogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString LogModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Warning:
        return tr("Warning");
    case LogLevel::Error:
        return tr("Error");
    }
    return {};
}

} // namespace eg
