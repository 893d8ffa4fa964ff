#pragma once

#include "embed/rng.h"
#include "kg/graph.h"

#include <limits>
#include <span>
#include <vector>

namespace eg {

// The people a probe classifies and how they are split, shared by the embedding probe
// (eg::probeAccuracy) and the graph-facts probe (eg::factProbeAccuracy) so that, with the same
// seed, both hold out exactly the same people.

// Humans = distinct heads of an r_s triple in `splits`, in increasing id order. Classes = the
// `topValues` most frequent tails of r_s there (by distinct heads). A human's label is its
// first value in class order; humans with no value among the classes are skipped (counted).
// Throws eg::Error when r_s has fewer than two values in `splits`.
struct LabelledHumans {
    std::vector<qint32> classes; // entity ids, most frequent first
    std::vector<qint32> people;  // entity ids
    std::vector<qint32> labels;  // class index per person
    qint64 skipped = 0;
};
LabelledHumans labelledHumans(const Graph &graph, qint32 relation, unsigned splits,
                              qint32 topValues);

// A seeded split of rows 0..n-1 by person: a shuffled testShare is held out, validShare of
// the rest validates, the remainder trains. The shuffle draws from `rng` (the caller goes on
// drawing from it). Throws eg::Error when a part would be empty.
struct ProbeSplit {
    std::vector<qint64> order; // test rows, then validation rows, then training rows
    qint64 nTest = 0;
    qint64 nValid = 0;
    qint64 nTrain = 0;

    std::span<const qint64> test() const { return std::span(order).first(size_t(nTest)); }
    std::span<const qint64> valid() const {
        return std::span(order).subspan(size_t(nTest), size_t(nValid));
    }
    std::span<const qint64> train() const {
        return std::span(order).subspan(size_t(nTest + nValid));
    }
};
ProbeSplit splitHumans(qint64 n, double testShare, double validShare, Rng &rng);

// Early stopping of a probe's training on its validation loss: the best epoch so far, and done
// after `patience` epochs without a better loss.
class EarlyStopping
{
public:
    explicit EarlyStopping(int patience) : m_patience(patience) {}

    // Records the validation loss of `epoch`; true when it is the best so far (keep the
    // parameters).
    bool improved(double loss, int epoch)
    {
        if (loss < m_best) {
            m_best = loss;
            m_bestEpoch = epoch;
            m_since = 0;
            return true;
        }
        ++m_since;
        return false;
    }
    bool done() const { return m_since >= m_patience; }
    double bestLoss() const { return m_best; }
    int bestEpoch() const { return m_bestEpoch; }

private:
    int m_patience;
    int m_since = 0;
    int m_bestEpoch = 0;
    double m_best = std::numeric_limits<double>::infinity();
};

// The option checks both probes share: throws eg::Error when `relation` is no relation of the
// graph, or topValues < 2, or a share is outside (0, 1). badProbeOption throws the error for
// another option ("probe option <what> is out of range").
void checkProbeOptions(const Graph &graph, qint32 relation, qint32 topValues, double testShare,
                       double validShare);
[[noreturn]] void badProbeOption(const char *what);

// The share of the commonest label among `rows`: what always guessing that class scores.
double majorityRate(std::span<const qint32> labels, std::span<const qint64> rows, size_t classes);

} // namespace eg
