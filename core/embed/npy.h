#pragma once

#include "embed/model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace eg {

using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// NumPy .npy files (format versions 1.0, 2.0 and 3.0), for 2-D arrays of float32 or float64.
// The layout is described in docs/formats.md. Every reader error names the file and the fault.

// What an .npy header says.
struct NpyHeader
{
    int majorVersion = 1; // 1, 2 or 3
    int minorVersion = 0;
    char byteOrder = '<'; // '<' little-endian, '>' big-endian
    char kind = 'f';      // 'f' real, 'c' complex
    int itemBytes = 4;    // bytes per element (complex: both parts)
    bool fortranOrder = false;
    std::vector<qint64> shape;
    qint64 dataOffset = 0; // bytes before the array data (magic + version + length + header)

    // Bytes of array data the header promises; -1 when that overflows.
    qint64 dataBytes() const;
};

// Parses the header at the start of `bytes` (the header alone or the whole file). `name` is used
// in error messages.
NpyHeader parseNpyHeader(QByteArrayView bytes, const QString &name);

// Reads a 2-D array of dtype '<f4', '<f8' ('>' big-endian too), C or Fortran order. float64 is
// rounded to float32. Complex arrays ('<c8', '<c16') of shape (n, d) come back as n x 2d rows
// in the engine's ComplEx layout [re(0..d) | im(0..d)].
Matrix readNpy(const QString &path);
Matrix decodeNpy(QByteArrayView bytes, const QString &name);
// The same as float64 (float32 widens exactly).
MatrixD readNpyDouble(const QString &path);
MatrixD decodeNpyDouble(QByteArrayView bytes, const QString &name);

// Writes '<f4' / '<f8', C order, format 1.0 (2.0 only when the header needs it), header padded
// so the data starts at a multiple of 64 bytes. Atomic (a temporary file renamed on success).
void writeNpy(const QString &path, const Matrix &matrix);
void writeNpy(const QString &path, const MatrixD &matrix);
QByteArray encodeNpy(const Matrix &matrix);
QByteArray encodeNpy(const MatrixD &matrix);

} // namespace eg
