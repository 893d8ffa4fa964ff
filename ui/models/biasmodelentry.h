#pragma once

#include "embed/model.h"
#include "kg/graph.h"

#include <QString>

#include <memory>
#include <vector>

namespace eg {

// One epoch of a training run, as the bias page plots it.
struct EpochPoint
{
    int epoch = 0; // 1-based
    double loss = 0.0;
    double seconds = 0.0;
    bool hasValid = false;
    double validMrr = 0.0; // filtered MRR on the validation split, when hasValid
};

// A model of the bias page's list: trained on the page, or loaded from files. The model and
// the graph are immutable once set and shared with running work.
struct BiasModelEntry
{
    enum class State { Training, Ready, Cancelled, Failed };

    int id = 0;       // unique within the page; given by BiasModelList::add
    QString name;     // "Basic 1", or the file name
    QString method;   // the training method's name (BiasMethods), or "Imported"
    QString type;     // "TransE (dot), dim 100"
    QString source;   // "trained on Demo world", "loaded from model.egm"
    QString dataSet;  // the name of the data set whose graph the model fits
    State state = State::Ready;
    int jobId = -1;   // the training job while State::Training
    int plannedEpochs = 0;
    std::vector<EpochPoint> epochs;
    QString detail;   // why it failed, or a note from loading (rows not found, ...)
    QString whitelistPath; // KL + Attr: the whitelist file it was trained with ("" none)
    std::shared_ptr<const Model> model; // null until trained
    std::shared_ptr<const Graph> graph; // the graph whose ids index the model

    bool isReady() const { return state == State::Ready && model && graph; }
    // The last validation MRR reported, or a negative value when there was none.
    double lastValidMrr() const
    {
        for (auto it = epochs.rbegin(); it != epochs.rend(); ++it) {
            if (it->hasValid)
                return it->validMrr;
        }
        return -1.0;
    }
};

// "TransE (L1), dim 100": the scoring function and size of a model, for lists and reports.
QString describeModelSpec(const ModelSpec &spec);

} // namespace eg
