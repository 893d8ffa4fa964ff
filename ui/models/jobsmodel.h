#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace eg {

enum class JobState { Running, Cancelling, Finished, Cancelled, Failed };

// One job as the jobs table shows it. A row is a value: when a job moves on, the controller
// builds a new row and the model replaces the old one whole.
struct JobRow
{
    int id = 0;
    QString title;
    JobState state = JobState::Running;
    double fraction = 0.0;        // share of the work done, 0..1
    double elapsedSeconds = 0.0;
    double etaSeconds = -1.0;     // estimated seconds left; < 0 when unknown
    QString detail;               // the error of a failed job
};

// The jobs table: title, progress, time left, state and a column for the Cancel button.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ProgressColumn, EtaColumn, StateColumn, CancelColumn, ColumnCount };
    // ProgressColumn: the share done as a double in 0..1 (the progress-bar delegate draws it).
    static constexpr int FractionRole = Qt::UserRole + 1;
    // Any column: the job id (int).
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit JobsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds `row`, or replaces the row with the same id.
    void upsert(const JobRow &row);
    // Drops the rows of jobs that have ended (finished, cancelled or failed).
    void removeEnded();

    const JobRow &at(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(int id) const; // -1 when absent

    static bool isActive(JobState state);
    static QString stateText(JobState state);
    // "8 s", "3 min 05 s", "2 h 10 min".
    static QString formatDuration(double seconds);

private:
    std::vector<JobRow> m_rows;
};

} // namespace eg
