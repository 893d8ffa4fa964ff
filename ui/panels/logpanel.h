#pragma once

#include <QWidget>

class QTableView;

namespace eg {

class LogModel;

// The messages of this run, newest at the bottom; errors and warnings are coloured.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};

} // namespace eg
