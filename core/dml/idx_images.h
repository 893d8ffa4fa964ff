#pragma once

// Image sets in the IDX format of MNIST and Fashion-MNIST, gzip-compressed or plain, read with
// zlib (gzopen / gzread).
//
// Images: big-endian header 0x00000803 (2051), count, rows, cols, then count * rows * cols
// uint8 pixels. Labels: 0x00000801 (2049), count, then count uint8 labels. Every error names
// the file and the fault (missing file, corrupt gzip data, wrong magic number, truncation,
// trailing data, image and label counts that differ).

#include "embed/model.h"

#include <QString>
#include <vector>

namespace eg::dml {

struct ImageSet
{
    Matrix images;              // one image per row, pixels / 255 in [0, 1]
    std::vector<qint32> labels; // one per row
    int height = 0;
    int width = 0;

    qint64 size() const { return qint64(labels.size()); }
};

Matrix readIdxImages(const QString &path, int *height = nullptr, int *width = nullptr);
std::vector<qint32> readIdxLabels(const QString &path);
ImageSet readIdxImageSet(const QString &imagesPath, const QString &labelsPath);

// Debian's dataset-fashion-mnist package.
inline const char *const FashionMnistDefaultFolder = "/usr/share/datasets/fashion-mnist";

enum class FashionMnistPart { Train, Test };

// {train,t10k}-{images-idx3,labels-idx1}-ubyte.gz in `folder`.
ImageSet loadFashionMnist(const QString &folder, FashionMnistPart part);

// The rows whose label is in `labels`, in their original order.
ImageSet selectLabels(const ImageSet &set, const std::vector<qint32> &labels);

} // namespace eg::dml
