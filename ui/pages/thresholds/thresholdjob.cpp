#include "pages/thresholds/thresholdjob.h"

#include "dml/dml_compare.h"
#include "jobcontroller.h"

namespace eg {

ThresholdJob::ThresholdJob(JobController *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(m_jobs, &JobController::jobEnded, this, [this](int id, JobState) {
        if (id != m_jobId)
            return;
        m_jobId = -1;
        Q_EMIT ended(m_models);
    });
}

ThresholdJob::~ThresholdJob()
{
    if (m_jobId < 0)
        return;
    m_future.cancel();
    try {
        m_future.waitForFinished();
    } catch (...) {
        // The job's error no longer matters.
    }
}

void ThresholdJob::cancel()
{
    if (m_jobId >= 0)
        m_jobs->cancel(m_jobId);
}

QString ThresholdJob::runName(const dml::DmlSettings &settings, bool tcm, quint64 seed)
{
    const QString loss = settings.baseLoss == dml::BaseLoss::ArcFace ? tr("ArcFace")
                                                                     : tr("Proxy-Anchor");
    return tcm ? tr("%1 + TCM, seed %2").arg(loss).arg(seed)
               : tr("%1, seed %2").arg(loss).arg(seed);
}

int ThresholdJob::start(const QString &title, const ThresholdTrainRequest &request)
{
    if (isRunning() || request.seeds.empty() || (!request.base && !request.tcm))
        return -1;
    auto work = [this, request](const ProgressFn &progress) {
        const ThresholdData::Loaded data = ThresholdData::load(request.source, request.folder);
        std::vector<std::pair<quint64, bool>> runs;
        for (quint64 seed : request.seeds) {
            if (request.base)
                runs.push_back({seed, false});
            if (request.tcm)
                runs.push_back({seed, true});
        }
        const qint64 total = qint64(runs.size()) * 1000;
        int made = 0;
        for (size_t i = 0; i < runs.size(); ++i) {
            dml::DmlSettings s = request.settings;
            s.seed = runs[i].first;
            s.useTcm = runs[i].second;
            s.widths.front() = int(data.split.train.images.cols());
            const QString name = runName(s, s.useTcm, s.seed);
            const qint64 offset = qint64(i) * 1000;
            const ProgressFn part = [&progress, offset, total](qint64 done, qint64 all) {
                const qint64 share = all > 0 ? qBound(qint64(0), done * 1000 / all, qint64(1000))
                                             : 0;
                return progress(offset + share, total);
            };
            const dml::EpochFn onEpoch = [this, name](const dml::EpochReport &r) {
                QMetaObject::invokeMethod(
                    this, [this, name, r] { Q_EMIT epochReported(name, r.epoch, r.loss); },
                    Qt::QueuedConnection);
            };
            dml::DmlRunResult run = dml::trainAndMeasure(data.split, s, {}, part, onEpoch);
            auto entry = std::make_shared<ThresholdEntry>();
            entry->name = name;
            entry->tcm = s.useTcm;
            entry->dataSet = data.description;
            entry->classNames = data.classNames;
            entry->embeddings = std::move(run.embeddings);
            entry->labels = data.split.evaluation.labels;
            entry->report = std::move(run.report);
            entry->history = run.model.history;
            entry->trainSeconds = run.trainSeconds;
            entry->settings = dml::dmlSettingsJson(s);
            ++made;
            QMetaObject::invokeMethod(
                this,
                [this, entry = ThresholdEntryPtr(std::move(entry))] {
                    ++m_models;
                    Q_EMIT modelReady(entry);
                },
                Qt::QueuedConnection);
        }
        progress(total, total);
        return made;
    };
    m_models = 0;
    m_future = runAsync<int>(std::move(work));
    m_jobId = m_jobs->start<int>(title, m_future);
    return m_jobId;
}

} // namespace eg
