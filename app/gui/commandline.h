#pragma once

#include <QCommandLineParser>
#include <QString>

namespace eg::gui {

struct Options
{
    QString open;       // a session file, a triples folder or a triples file
    QString session;    // --session-file: the session file to use (created when missing)
    bool demo = false;  // load the demo world at start
    int workbench = -1; // WorkbenchTabs::Workbench shown first; -1 = the first one

    // Hidden, for tests and the screenshot script:
    QString screenshot;       // save a picture of the window there and quit
    QString screenshotWhen;   // "idle" (default) or "training": while a run is training
    bool screenshotTrainDialog = false; // the picture is of the Train dialog
    QString trainPreset;      // start training with this preset once a data set is loaded
    int trainEpochs = 0;      // with trainPreset: this many epochs instead of the preset's
    int trainThreads = -1;    // with trainPreset: this many threads instead of the preset's
    QString saveAsLoop;       // once idle, Save As here and back again, for ever
    bool printState = false;  // once idle, print what the window shows (JSON) and quit
};

// True when the arguments only ask for --help or --version: those are answered before the
// windowing system is touched, so they work without a display.
bool wantsConsoleOnly(int argc, char *argv[]);

// Declares equigraph's options on `parser`.
void describe(QCommandLineParser &parser);

// The options `parser` (already processed) holds; false with `error` set on a bad value.
bool read(const QCommandLineParser &parser, Options *options, QString *error);

} // namespace eg::gui
