#pragma once

#include <QCommandLineParser>
#include <QString>

namespace eg::gui {

struct Options
{
    QString open;       // a session file, a triples folder or a triples file
    bool demo = false;  // load the demo world at start
    int workbench = -1; // WorkbenchTabs::Workbench shown first; -1 = the first one
    QString screenshot; // hidden: save a picture of the window there and quit
};

// True when the arguments only ask for --help or --version: those are answered before the
// windowing system is touched, so they work without a display.
bool wantsConsoleOnly(int argc, char *argv[]);

// Declares equigraph's options on `parser`.
void describe(QCommandLineParser &parser);

// The options `parser` (already processed) holds; false with `error` set on a bad value.
bool read(const QCommandLineParser &parser, Options *options, QString *error);

} // namespace eg::gui
