#pragma once

#include "models/candidaterow.h"

#include <QAbstractTableModel>
#include <array>
#include <unordered_map>
#include <vector>

namespace eg {

// The review queue: alignment candidates in queue order (by score, by uncertainty, by how far
// the refined and the model's own score are apart, or as the run listed them). Columns: status,
// left entity, right entity, score; the score of a pair whose two scores disagree
// (CandidateRow::scoresDisagree) is marked "≠", and its tooltip gives both. In blind mode the
// score column says nothing (DisplayRole, ScoreRole and the tooltip are empty), so scores cannot
// sway a curator.
// Statuses change in place (setStatus) without reordering, so the queue does not jump while
// someone works through it.
class CandidateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, LeftColumn, RightColumn, ScoreColumn, ColumnCount };
    enum Order { ByScore, ByUncertainty, ByEntity, ByDisagreement };
    static constexpr int IdRole = Qt::UserRole + 1;     // qint64 candidate id
    static constexpr int ScoreRole = Qt::UserRole + 2;  // double, empty when blind
    static constexpr int StatusRole = Qt::UserRole + 3; // int store::CandidateStatus

    explicit CandidateModel(QObject *parent = nullptr);

    // The score column's text: "0.967", or "≠ 0.967" when the pair's scores disagree.
    static QString scoreText(double score, bool disagree);

    void setCandidates(std::vector<CandidateRow> rows);
    void clear() { setCandidates({}); }
    void setOrder(Order order);
    Order order() const { return m_order; }
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }

    // Queue position -> candidate (position in [0, rowCount())).
    const CandidateRow &candidate(int position) const {
        return m_rows[size_t(m_queue[size_t(position)])];
    }
    // Queue position of a candidate id, or -1.
    int positionOf(qint64 id) const;
    const CandidateRow *byId(qint64 id) const;
    const std::vector<CandidateRow> &rows() const { return m_rows; } // in run order
    void setStatus(qint64 id, store::CandidateStatus status);
    // The first pending position after `position` (wrapping round), or -1 when none is pending.
    int nextPending(int position) const;
    // Candidates per status: pending, approved, rejected, unsure.
    std::array<qint64, 4> statusCounts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    void rebuildQueue();

    std::vector<CandidateRow> m_rows;
    std::vector<int> m_queue;                // queue position -> index in m_rows
    std::vector<int> m_position;             // index in m_rows -> queue position
    std::unordered_map<qint64, int> m_index; // id -> index in m_rows
    std::array<qint64, 4> m_counts{};
    Order m_order = ByScore;
    bool m_blind = false;
};

} // namespace eg
