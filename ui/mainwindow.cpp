#include "mainwindow.h"

#include <QLabel>

namespace eg {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Equigraph"));
    setCentralWidget(new QLabel(tr("Equigraph"), this));
}

} // namespace eg
