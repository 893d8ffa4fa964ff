#pragma once

#include "embed/model.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace eg {

// True when this build links HDF5 (libhdf5-dev found at configure time, EG_HAVE_HDF5). Without
// it every Hdf5File constructor throws eg::Error saying so.
bool hdf5Available();

// A small HDF5 file wrapper for PyTorch-BigGraph checkpoints: float datasets read whole or by
// row ranges (hyperslabs, for out-of-core access), string attributes, and writing. Dataset
// names are HDF5 paths ("model/relations/0/operator/lhs/translations"). Every error names the
// file and the dataset. The HDF5 library's own error printing is switched off.
class Hdf5File {
public:
    enum class Mode { Read, Create };
    // Create writes "<path>.part" and commit() renames it to `path`, so a failed export leaves
    // no half-written file under the final name.
    explicit Hdf5File(const QString &path, Mode mode = Mode::Read);
    ~Hdf5File();
    Hdf5File(const Hdf5File &) = delete;
    Hdf5File &operator=(const Hdf5File &) = delete;

    const QString &path() const { return m_path; }

    bool exists(const QString &name) const;           // a dataset or group
    QStringList children(const QString &group) const; // member names, sorted
    std::vector<qint64> shape(const QString &dataset) const;

    // The dataset converted to float32: 1-D (n) as 1 x n, 2-D as is, 3-D (n, a, b) as n x a*b.
    Matrix readMatrix(const QString &dataset) const;
    // Rows [first, first + count) of a 2-D dataset into out (count x cols floats).
    void readRows(const QString &dataset, qint64 first, qint64 count, float *out) const;
    // A string attribute of an object ("/" = the file), fixed or variable length; empty when
    // the attribute does not exist.
    QString stringAttribute(const QString &object, const QString &name) const;

    // Writes a float32 dataset of the given shape (1 to 3 dimensions), creating the groups on
    // its path.
    void writeFloats(const QString &dataset, const float *data, const std::vector<qint64> &shape);
    void writeStringAttribute(const QString &object, const QString &name, const QString &value);
    void writeIntAttribute(const QString &object, const QString &name, qint64 value);
    // Create mode: closes the file and renames it into place. Throws on failure.
    void commit();

private:
    QString m_path;
    QString m_writePath;
    qint64 m_file = -1;
};

} // namespace eg
