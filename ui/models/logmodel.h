#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <deque>

namespace eg {

enum class LogLevel { Info, Warning, Error };

struct LogEntry
{
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString text;
};

// The log table: time, level and message. Entries never change once added; the oldest are
// dropped beyond `capacity`. Errors and warnings are coloured from the application palette.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };

    explicit LogModel(QObject *parent = nullptr, int capacity = 5000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const LogEntry &at(int row) const { return m_entries.at(size_t(row)); }
    void clear();

    static QString levelText(LogLevel level);

public Q_SLOTS:
    void append(eg::LogLevel level, const QString &text);
    void appendEntry(const eg::LogEntry &entry);

private:
    std::deque<LogEntry> m_entries;
    int m_capacity;
};

} // namespace eg
