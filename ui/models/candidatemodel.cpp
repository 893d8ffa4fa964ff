#include "models/candidatemodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <numeric>

namespace eg {

namespace {

QString statusMark(store::CandidateStatus status) {
    switch (status) {
    case store::CandidateStatus::Approved:
        return CandidateModel::tr("✓ same");
    case store::CandidateStatus::Rejected:
        return CandidateModel::tr("✗ different");
    case store::CandidateStatus::Unsure:
        return CandidateModel::tr("? unsure");
    default:
        return QString();
    }
}

} // namespace

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CandidateModel::setCandidates(std::vector<CandidateRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_index.clear();
    m_counts = {};
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_index[m_rows[i].id] = int(i);
        ++m_counts[size_t(m_rows[i].status)];
    }
    rebuildQueue();
    endResetModel();
    Q_EMIT countsChanged();
}

QString CandidateModel::scoreText(double score, bool disagree) {
    const QString number = QString::number(score, 'f', 3);
    return disagree ? tr("≠ %1", "a score the model's own score disagrees with").arg(number)
                    : number;
}

void CandidateModel::rebuildQueue() {
    m_queue.resize(m_rows.size());
    std::iota(m_queue.begin(), m_queue.end(), 0);
    const auto &rows = m_rows;
    if (m_order == ByScore)
        std::stable_sort(m_queue.begin(), m_queue.end(), [&rows](int a, int b) {
            return rows[size_t(a)].score > rows[size_t(b)].score;
        });
    else if (m_order == ByUncertainty)
        std::stable_sort(m_queue.begin(), m_queue.end(), [&rows](int a, int b) {
            return rows[size_t(a)].uncertainty() > rows[size_t(b)].uncertainty();
        });
    else if (m_order == ByDisagreement)
        std::stable_sort(m_queue.begin(), m_queue.end(), [&rows](int a, int b) {
            return rows[size_t(a)].disagreement() > rows[size_t(b)].disagreement();
        });
    m_position.assign(m_rows.size(), 0);
    for (size_t p = 0; p < m_queue.size(); ++p)
        m_position[size_t(m_queue[p])] = int(p);
}

void CandidateModel::setOrder(Order order) {
    if (order == m_order)
        return;
    beginResetModel();
    m_order = order;
    rebuildQueue();
    endResetModel();
}

void CandidateModel::setBlind(bool blind) {
    if (blind == m_blind)
        return;
    m_blind = blind;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ScoreColumn), index(rowCount() - 1, ScoreColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ScoreColumn, ScoreColumn);
}

int CandidateModel::positionOf(qint64 id) const {
    const auto it = m_index.find(id);
    return it == m_index.end() ? -1 : m_position[size_t(it->second)];
}

const CandidateRow *CandidateModel::byId(qint64 id) const {
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_rows[size_t(it->second)];
}

void CandidateModel::setStatus(qint64 id, store::CandidateStatus status) {
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return;
    CandidateRow &row = m_rows[size_t(it->second)];
    if (row.status == status)
        return;
    --m_counts[size_t(row.status)];
    ++m_counts[size_t(status)];
    row.status = status;
    const int position = m_position[size_t(it->second)];
    Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
    Q_EMIT countsChanged();
}

int CandidateModel::nextPending(int position) const {
    const int n = rowCount();
    for (int step = 1; step <= n; ++step) {
        const int p = (position + step) % n;
        if (candidate(p).status == store::CandidateStatus::Pending)
            return p;
    }
    return -1;
}

int CandidateModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_queue.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateRow &row = candidate(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case ScoreRole:
        return m_blind ? QVariant() : QVariant(row.score);
    case StatusRole:
        return int(row.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusMark(row.status);
        case LeftColumn:
            return row.left.name;
        case RightColumn:
            return row.right.name;
        case ScoreColumn:
            if (m_blind)
                return QString();
            return scoreText(row.score, row.scoresDisagree());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LeftColumn)
            return row.left.key;
        if (index.column() == RightColumn)
            return row.right.key;
        if (index.column() == ScoreColumn && !m_blind) {
            QString tip = tr("refined %1 · model %2 · names %3")
                              .arg(row.score, 0, 'f', 3)
                              .arg(row.probability, 0, 'f', 3)
                              .arg(row.nameCosine, 0, 'f', 3);
            if (row.scoresDisagree())
                tip += QLatin1Char('\n') + tr("The refined score and the model's own score "
                                              "disagree: look at both neighbourhoods.");
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::ForegroundRole:
        if (row.status != store::CandidateStatus::Pending && index.column() != StatusColumn)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Decision");
    case LeftColumn:
        return tr("Graph 1");
    case RightColumn:
        return tr("Graph 2");
    case ScoreColumn:
        return m_blind ? tr("Score (hidden)") : tr("Score");
    default:
        return {};
    }
}

} // namespace eg
