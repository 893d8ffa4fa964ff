#include "scripted.h"

#include "common/error.h"
#include "datacontroller.h"
#include "embed/presets.h"
#include "jobcontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/logmodel.h"
#include "models/runsmodel.h"
#include "panels/datasetpanel.h"
#include "panels/runspanel.h"
#include "panels/sessionbanner.h"
#include "panels/statusline.h"
#include "services/trainingservice.h"
#include "store/notes.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace eg::gui {

Scripted::Scripted(MainWindow *window, const Options &options)
    : QObject(window)
    , m_window(window)
    , m_options(options)
{
}

bool Scripted::active() const
{
    return !m_options.trainPreset.isEmpty() || !m_options.saveAsLoop.isEmpty() ||
           m_options.printState;
}

void Scripted::say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool Scripted::idle() const
{
    return m_window->jobs()->activeCount() == 0;
}

bool Scripted::training(int epochs) const
{
    return m_trainJob > 0 && m_window->training()->isRunning(m_trainJob) && m_epochs >= epochs;
}

void Scripted::start()
{
    // The log goes to stderr too, for whoever runs the script.
    LogModel *log = m_window->log();
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [log](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const LogEntry &entry = log->at(row);
                    std::fprintf(stderr, "%s: %s\n", qPrintable(LogModel::levelText(entry.level)),
                                 qPrintable(entry.text));
                }
            });
    if (!m_options.trainPreset.isEmpty())
        trainWhenLoaded();
    if (!m_options.saveAsLoop.isEmpty())
        whenIdle([this] {
            m_home = m_window->workspace()->sessionPath();
            saveAsStep();
        });
    if (m_options.printState)
        whenIdle([this] {
            say(QString::fromUtf8(QJsonDocument(state()).toJson(QJsonDocument::Compact)));
            QCoreApplication::exit(0);
        });
}

void Scripted::trainWhenLoaded()
{
    const auto train = [this] {
        if (m_trainJob > 0 || !m_window->workspace()->graph())
            return;
        TrainConfig config = findTrainPreset(m_options.trainPreset)->config;
        if (m_options.trainEpochs > 0)
            config.epochs = m_options.trainEpochs;
        if (m_options.trainThreads >= 0)
            config.threads = m_options.trainThreads;
        TrainingService *service = m_window->training();
        connect(service, &TrainingService::epochFinished, this,
                [this](int job, const TrainingService::EpochReport &report) {
                    if (job == m_trainJob)
                        m_epochs = report.stats.epoch;
                });
        m_trainJob = service->start(
            QStringLiteral("%1 (preset %2)").arg(m_window->workspace()->graphName(),
                                                 m_options.trainPreset),
            config);
        const TrainingRun *run = service->run(m_trainJob);
        say(QStringLiteral("training job %1 run %2").arg(m_trainJob).arg(run ? run->runId : 0));
    };
    connect(m_window->workspace(), &Workspace::graphChanged, this, train);
    train();
}

// Runs `then` once no job is running (checked as the event loop turns).
void Scripted::whenIdle(const std::function<void()> &then)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, then] {
        // A scripted training run starts when its data set arrives; wait for it to end too.
        const bool waitForTraining = !m_options.trainPreset.isEmpty() && m_trainJob <= 0;
        if (!idle() || waitForTraining)
            return;
        timer->stop();
        timer->deleteLater();
        then();
    });
    timer->start();
}

// One Save As: a note goes into the session first (so every copy differs), then the copy is
// written and becomes the current session; the next step saves back the other way.
void Scripted::saveAsStep()
{
    ++m_saves;
    Workspace *workspace = m_window->workspace();
    const QString target = m_saves % 2 == 1 ? m_options.saveAsLoop : m_home;
    try {
        store::NoteRecord note;
        note.text = QStringLiteral("save %1").arg(m_saves);
        store::addNote(workspace->session(), note);
    } catch (const Error &error) {
        say(QStringLiteral("error %1").arg(error.describe()));
        QCoreApplication::exit(1);
        return;
    }
    say(QStringLiteral("saving %1 %2").arg(target).arg(m_saves));
    if (!m_window->data()->saveSessionAs(target)) {
        say(QStringLiteral("error saving %1").arg(target));
        QCoreApplication::exit(1);
        return;
    }
    say(QStringLiteral("saved %1 %2").arg(target).arg(m_saves));
    QTimer::singleShot(0, this, &Scripted::saveAsStep);
}

QJsonObject Scripted::state() const
{
    const Workspace *workspace = m_window->workspace();
    const MainActions *actions = m_window->actions();
    return {{QStringLiteral("title"), m_window->windowTitle()},
            {QStringLiteral("session"), workspace->sessionPath()},
            {QStringLiteral("readOnly"), workspace->isReadOnly()},
            {QStringLiteral("banner"), m_window->banner()->text()},
            {QStringLiteral("statusSession"), m_window->statusLine()->sessionText()},
            {QStringLiteral("statusSessionTip"), m_window->statusLine()->sessionToolTip()},
            {QStringLiteral("dataPanelSession"), m_window->datasetPanel()->sessionText()},
            {QStringLiteral("saveEnabled"), actions->save->isEnabled()},
            {QStringLiteral("trainEnabled"), actions->train->isEnabled()},
            {QStringLiteral("saveAsEnabled"), actions->saveAs->isEnabled()},
            {QStringLiteral("graph"), workspace->graphName()},
            {QStringLiteral("runs"), m_window->runsPanel()->model()->rowCount()}};
}

} // namespace eg::gui
