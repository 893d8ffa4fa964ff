#pragma once

#include "embed/model.h"
#include "kg/vocabulary.h"

#include <QString>
#include <memory>
#include <span>

namespace eg {

// A read-only table of float32 rows (entity embeddings) that is either owned in memory or a
// view into a memory-mapped file. Copies share the storage.
class RowTable {
public:
    RowTable() = default;
    explicit RowTable(Matrix rows); // owns
    // A view of `rows` x `cols` floats at `data`; `owner` keeps the storage (e.g. a mapping)
    // alive for as long as any copy of the table exists.
    RowTable(const float *data, qint64 rows, int cols, std::shared_ptr<const void> owner,
             bool mapped);

    const float *row(qint64 i) const { return m_data + i * m_cols; }
    const float *data() const { return m_data; }
    qint64 rows() const { return m_rows; }
    int cols() const { return m_cols; }
    bool isMapped() const { return m_mapped; }
    Eigen::Map<const Matrix> matrix() const { return {m_data, m_rows, m_cols}; }

private:
    const float *m_data = nullptr;
    qint64 m_rows = 0;
    int m_cols = 0;
    std::shared_ptr<const void> m_owner;
    bool m_mapped = false;
};

// Rows fetched by id, from memory, a mapping or a file read piecewise (HDF5 hyperslabs). Used
// by the streaming bias measures, which visit people in chunks.
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual qint64 rows() const = 0;
    virtual int cols() const = 0;
    // out[k * cols() .. ] = row ids[k]; ids in increasing order (repeats allowed).
    virtual void gather(std::span<const qint64> ids, float *out) const = 0;
};

class TableRows : public RowSource {
public:
    explicit TableRows(RowTable table)
        : m_table(std::move(table)) {}
    qint64 rows() const override { return m_table.rows(); }
    int cols() const override { return m_table.cols(); }
    void gather(std::span<const qint64> ids, float *out) const override;

private:
    RowTable m_table;
};

// Rows of a 2-D float dataset in an HDF5 file (a PyTorch-BigGraph embeddings_*.h5), read as
// hyperslabs: one read per run of consecutive ids. Needs an HDF5 build (hdf5Available()).
class Hdf5Rows : public RowSource {
public:
    Hdf5Rows(const QString &path, const QString &dataset = QStringLiteral("embeddings"));
    ~Hdf5Rows() override;
    qint64 rows() const override { return m_rows; }
    int cols() const override { return m_cols; }
    void gather(std::span<const qint64> ids, float *out) const override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    qint64 m_rows = 0;
    int m_cols = 0;
};

// Memory-maps a 2-D '<f4' C-order .npy file (no copy, opening costs only the header). Other
// dtypes or Fortran order cannot be mapped: the error says to convert with readNpy/writeNpy.
RowTable mapNpy(const QString &path);

// An .egm model file with its entity matrix memory-mapped and the small parts (relations, keys
// when asked) read into memory. The CRC-32 is not verified (that would read the whole file);
// the header and the file length are. withKeys = false skips the entity keys (a 5M-entity
// vocabulary costs seconds and hundreds of MB); relation keys are always read.
struct MappedModel {
    ModelSpec spec;
    RowTable entities;
    Matrix relations;
    Matrix relationsRhs;
    Vocabulary entityKeys; // empty unless withKeys
    Vocabulary relationKeys;
};
MappedModel mapModel(const QString &path, bool withKeys = false);

} // namespace eg
