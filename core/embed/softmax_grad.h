#pragma once

#include <QtGlobal>

#include <algorithm>
#include <memory>
#include <vector>

namespace eg::softmax {

// Sparse gradient of one embedding table over one batch: only the rows a batch touches are
// stored, each once (repeated touches add up). Rows live in fixed blocks, so a pointer returned
// by row() stays valid until clear(). Memory: 4 bytes per table row plus the touched rows.
template <typename S>
class RowGradients
{
public:
    RowGradients() = default;
    RowGradients(qint64 tableRows, int width) { resize(tableRows, width); }

    void resize(qint64 tableRows, int width)
    {
        m_slotOf.assign(size_t(tableRows), -1);
        m_rows.clear();
        m_blocks.clear();
        m_width = width;
    }

    // The gradient row of table row `r`, zero the first time it is asked for since clear().
    S *row(qint32 r)
    {
        qint32 &slot = m_slotOf[size_t(r)];
        if (slot < 0) {
            slot = qint32(m_rows.size());
            m_rows.push_back(r);
            if (size_t(slot) / kBlockRows >= m_blocks.size())
                m_blocks.push_back(std::make_unique<S[]>(kBlockRows * size_t(m_width)));
            S *p = slotData(slot);
            std::fill(p, p + m_width, S(0));
            return p;
        }
        return slotData(slot);
    }

    // The gradient row of table row `r` if this batch touched it, else nullptr.
    const S *find(qint32 r) const
    {
        const qint32 slot = m_slotOf[size_t(r)];
        return slot < 0 ? nullptr : slotData(slot);
    }

    // Table rows touched since clear(), in the order of their first touch.
    const std::vector<qint32> &rows() const { return m_rows; }
    const S *slotData(qint32 slot) const
    {
        return m_blocks[size_t(slot) / kBlockRows].get() + (size_t(slot) % kBlockRows) * m_width;
    }
    int width() const { return m_width; }

    void clear()
    {
        for (qint32 r : m_rows)
            m_slotOf[size_t(r)] = -1;
        m_rows.clear(); // blocks are kept for the next batch
    }

private:
    static constexpr size_t kBlockRows = 256;
    S *slotData(qint32 slot)
    {
        return m_blocks[size_t(slot) / kBlockRows].get() + (size_t(slot) % kBlockRows) * m_width;
    }

    std::vector<qint32> m_slotOf; // table row -> slot, -1 = untouched
    std::vector<qint32> m_rows;   // slot -> table row
    std::vector<std::unique_ptr<S[]>> m_blocks;
    int m_width = 0;
};

// The three tables' gradients for one batch.
template <typename S>
struct BatchGradients
{
    RowGradients<S> entities;
    RowGradients<S> relations;
    RowGradients<S> relationsRhs; // empty unless the spec has separateRhs

    void clear()
    {
        entities.clear();
        relations.clear();
        relationsRhs.clear();
    }
};

} // namespace eg::softmax
