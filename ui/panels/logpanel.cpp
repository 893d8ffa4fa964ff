#include "panels/logpanel.h"

#include "models/logmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace eg {

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogModel::MessageColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // Follow new messages unless the user scrolled up to read older ones.
    auto follow = std::make_shared<bool>(true);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, m_view, [this, follow] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        *follow = bar->value() == bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, m_view, [this, follow] {
        if (*follow)
            m_view->scrollToBottom();
    });
}

} // namespace eg
