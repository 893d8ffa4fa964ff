// equigraph: the desktop workbench.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Equigraph"));
    QApplication::setApplicationVersion(QStringLiteral(EG_VERSION));
    eg::MainWindow window;
    window.show();
    return app.exec();
}
