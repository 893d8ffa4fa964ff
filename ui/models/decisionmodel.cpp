#include "models/decisionmodel.h"

#include <QDateTime>

namespace eg {

DecisionModel::DecisionModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DecisionModel::setTrail(std::vector<store::DecisionRecord> trail) {
    beginResetModel();
    m_trail = std::move(trail);
    endResetModel();
}

int DecisionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_trail.size());
}

int DecisionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::DecisionRecord &d = m_trail[size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == WhenColumn)
        return d.at;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime at = QDateTime::fromString(d.at, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                            : d.at;
    }
    case WhoColumn:
        return d.who;
    case WhatColumn:
        if (d.verdict == store::Verdict::Undo && d.undoes)
            return tr("undo (of #%1)").arg(*d.undoes);
        return store::verdictName(d.verdict);
    case WhyColumn:
        return d.why;
    default:
        return {};
    }
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace eg
