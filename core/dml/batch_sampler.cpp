#include "dml/batch_sampler.h"

#include "common/error.h"

#include <algorithm>
#include <map>

namespace eg::dml {

ClassBatchSampler::ClassBatchSampler(const std::vector<qint32> &labels, int classesPerBatch,
                                     int perClass, quint64 seed)
    : m_classesPerBatch(classesPerBatch)
    , m_perClass(perClass)
    , m_items(qint64(labels.size()))
    , m_rng(seed, 0x5A4D)
{
    std::map<qint32, std::vector<qint64>> byLabel;
    for (size_t i = 0; i < labels.size(); ++i)
        byLabel[labels[i]].push_back(qint64(i));
    for (auto &[label, items] : byLabel)
        m_members.push_back(std::move(items));
    if (classesPerBatch < 1 || perClass < 1)
        throw Error(Error::tr("batch sampler: need P >= 1 classes and K >= 1 items, got "
                              "%1 x %2")
                        .arg(classesPerBatch)
                        .arg(perClass));
    if (classesPerBatch > int(m_members.size()))
        throw Error(Error::tr("batch sampler: %1 classes per batch but only %2 classes")
                        .arg(classesPerBatch)
                        .arg(m_members.size()));
    m_cursor.assign(m_members.size(), 0);
    for (auto &items : m_members)
        shuffle(items);
    for (int c = 0; c < int(m_members.size()); ++c)
        m_classOrder.push_back(c);
}

qint64 ClassBatchSampler::batchesPerEpoch() const
{
    return std::max<qint64>(1, m_items / batchSize());
}

void ClassBatchSampler::shuffle(std::vector<qint64> &v)
{
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[m_rng.below(quint32(i))]);
}

void ClassBatchSampler::next(std::vector<qint64> &items)
{
    items.clear();
    // P distinct classes: a partial Fisher-Yates shuffle of the class order.
    const int classes = int(m_classOrder.size());
    for (int p = 0; p < m_classesPerBatch; ++p) {
        const int pick = p + int(m_rng.below(quint32(classes - p)));
        std::swap(m_classOrder[size_t(p)], m_classOrder[size_t(pick)]);
        const int c = m_classOrder[size_t(p)];
        std::vector<qint64> &members = m_members[size_t(c)];
        // A new pass when fewer than K items are left, so no item repeats within a batch
        // (the few left over wait for a later pass); a class smaller than K wraps around.
        if (m_cursor[size_t(c)] + size_t(m_perClass) > members.size() &&
            size_t(m_perClass) <= members.size()) {
            shuffle(members);
            m_cursor[size_t(c)] = 0;
        }
        for (int k = 0; k < m_perClass; ++k) {
            if (m_cursor[size_t(c)] == members.size()) {
                shuffle(members);
                m_cursor[size_t(c)] = 0;
            }
            items.push_back(members[m_cursor[size_t(c)]++]);
        }
    }
}

} // namespace eg::dml
