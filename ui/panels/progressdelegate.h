#pragma once

#include <QStyledItemDelegate>

namespace eg {

// Draws a cell's FractionRole (0..1) as the style's progress bar, labelled with its DisplayRole.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace eg
