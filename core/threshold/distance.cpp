#include "threshold/distance.h"

#include "common/error.h"

namespace eg {

Matrix normalisedRows(const Matrix &embeddings)
{
    Matrix unit(embeddings.rows(), embeddings.cols());
    for (qint64 i = 0; i < embeddings.rows(); ++i) {
        const auto row = embeddings.row(i);
        if (!row.allFinite())
            throw Error(Error::tr("embedding row %1 has a value that is not finite").arg(i));
        const double norm = row.cast<double>().norm();
        if (!(norm > 0.0))
            throw Error(Error::tr("embedding row %1 has length zero, so it has no direction "
                                  "(cosine and normalised distances are undefined)")
                            .arg(i));
        unit.row(i) = (row.cast<double>() / norm).cast<float>();
    }
    return unit;
}

} // namespace eg
