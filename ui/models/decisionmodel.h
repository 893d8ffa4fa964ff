#pragma once

#include "store/decisions.h"

#include <QAbstractTableModel>
#include <vector>

namespace eg {

// The audit trail of one candidate (or of a whole review), oldest first: when, who, what, why.
// An undo line names the decision it took back.
class DecisionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, WhyColumn, ColumnCount };

    explicit DecisionModel(QObject *parent = nullptr);

    void setTrail(std::vector<store::DecisionRecord> trail);
    const std::vector<store::DecisionRecord> &trail() const { return m_trail; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<store::DecisionRecord> m_trail;
};

} // namespace eg
