#include "dml/synthetic_images.h"

#include "common/error.h"
#include "embed/rng.h"

#include <cmath>

namespace eg::dml {

namespace {

double normal(Rng &rng)
{
    // Box-Muller; 1 - u keeps the logarithm finite.
    const double u = 1.0 - rng.uniformDouble();
    const double v = rng.uniformDouble();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
}

ImageSet draw(const Matrix &prototypes, const std::vector<double> &spread, int perClass,
              Rng &rng)
{
    const int classes = int(prototypes.rows());
    const int width = int(prototypes.cols());
    ImageSet set;
    set.height = 1;
    set.width = width;
    set.images.resize(qint64(classes) * perClass, width);
    set.labels.reserve(size_t(classes) * size_t(perClass));
    qint64 row = 0;
    // Items interleave the classes, as in the real data set.
    for (int i = 0; i < perClass; ++i) {
        for (int c = 0; c < classes; ++c, ++row) {
            for (int k = 0; k < width; ++k) {
                const double x = prototypes(c, k) + spread[size_t(c)] * normal(rng);
                set.images(row, k) = float(1.0 / (1.0 + std::exp(-x)));
            }
            set.labels.push_back(c);
        }
    }
    return set;
}

} // namespace

SyntheticImages makeSyntheticImages(const SyntheticImageOptions &o)
{
    if (o.classes < 2 || o.width < 1 || o.trainPerClass < 1 || o.testPerClass < 1)
        throw Error(Error::tr("synthetic images: need at least 2 classes, 1 value and 1 "
                              "item per class (got %1 classes, width %2, %3 / %4 items)")
                        .arg(o.classes)
                        .arg(o.width)
                        .arg(o.trainPerClass)
                        .arg(o.testPerClass));
    Rng rng(o.seed, 0x53594E);
    Matrix prototypes(o.classes, o.width);
    for (qint64 k = 0; k < prototypes.size(); ++k)
        prototypes.data()[k] = float(1.5 * normal(rng));
    std::vector<double> spread;
    for (int c = 0; c < o.classes; ++c)
        spread.push_back(o.spreadLow + (o.spreadHigh - o.spreadLow) * c / (o.classes - 1));
    SyntheticImages out;
    out.train = draw(prototypes, spread, o.trainPerClass, rng);
    out.test = draw(prototypes, spread, o.testPerClass, rng);
    return out;
}

} // namespace eg::dml
