#pragma once

#include "commandline.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace eg {
class MainWindow;
}

namespace eg::gui {

// The hidden command-line automation used by the tests and the screenshot script: train with a
// preset once a data set is loaded, Save As in a loop, print what the window shows. It drives
// the window through the same objects the menus use, and prints progress lines on stdout
// (flushed at once, so a test that kills the process knows what was done).
class Scripted : public QObject
{
    Q_OBJECT
public:
    Scripted(MainWindow *window, const Options &options);

    // Whether anything is scripted (else main() just runs the window).
    bool active() const;
    // Starts what is scripted; the application quits (with the exit code) when it is done.
    void start();

    // No job is running.
    bool idle() const;
    // A scripted run is training and has recorded at least `epochs` epochs.
    bool training(int epochs) const;
    // What the window shows, for --print-state.
    QJsonObject state() const;

private:
    void trainWhenLoaded();
    void whenIdle(const std::function<void()> &then);
    void saveAsStep();
    static void say(const QString &line);

    MainWindow *m_window;
    Options m_options;
    int m_trainJob = -1;
    int m_epochs = 0;
    int m_saves = 0;
    QString m_home; // the session the Save As loop started from
};

} // namespace eg::gui
