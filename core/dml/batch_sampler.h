#pragma once

// Batches of P classes x K items for metric learning: each batch draws P distinct classes
// uniformly, then K items of each class from that class's own shuffled order. A class starts a
// new shuffled pass when fewer than K of its items are left, so no item appears twice in a batch
// (unless the class has fewer than K items) and every item is seen about once per pass. Items
// come grouped by class.

#include "embed/rng.h"

#include <vector>

namespace eg::dml {

class ClassBatchSampler
{
public:
    // Throws eg::Error when P or K < 1 or P exceeds the number of classes.
    ClassBatchSampler(const std::vector<qint32> &labels, int classesPerBatch, int perClass,
                      quint64 seed);

    int batchSize() const { return m_classesPerBatch * m_perClass; }
    // Batches that make one pass over the items (at least 1).
    qint64 batchesPerEpoch() const;
    // The next batch's item indices (batchSize() of them).
    void next(std::vector<qint64> &items);

private:
    std::vector<std::vector<qint64>> m_members; // items per class
    std::vector<size_t> m_cursor;
    std::vector<int> m_classOrder;
    int m_classesPerBatch;
    int m_perClass;
    qint64 m_items;
    Rng m_rng;

    void shuffle(std::vector<qint64> &v);
};

} // namespace eg::dml
