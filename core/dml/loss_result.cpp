#include "dml/loss_result.h"

#include "common/error.h"

namespace eg::dml {

void checkLossInput(const RowsD &unit, const std::vector<qint32> &classes, const RowsD &weights,
                    const char *loss)
{
    const QString name = QLatin1String(loss);
    if (qint64(classes.size()) != unit.rows())
        throw Error(Error::tr("%1: %2 embeddings but %3 labels")
                        .arg(name)
                        .arg(unit.rows())
                        .arg(classes.size()));
    if (weights.cols() != unit.cols())
        throw Error(Error::tr("%1: class vectors have width %2, embeddings %3")
                        .arg(name)
                        .arg(weights.cols())
                        .arg(unit.cols()));
    for (qint32 c : classes) {
        if (c < 0 || c >= weights.rows())
            throw Error(
                Error::tr("%1: class %2 outside 0..%3").arg(name).arg(c).arg(weights.rows() - 1));
    }
}

RowsD unitRows(const RowsD &raw, Eigen::VectorXd *norms)
{
    const Eigen::VectorXd n = raw.rowwise().norm().cwiseMax(1e-12);
    if (norms)
        *norms = n;
    return n.cwiseInverse().asDiagonal() * raw;
}

RowsD throughNormalisation(const RowsD &unit, const Eigen::VectorXd &norms, const RowsD &gradUnit)
{
    const Eigen::VectorXd along = (gradUnit.array() * unit.array()).rowwise().sum();
    return norms.cwiseInverse().asDiagonal() * (gradUnit - along.asDiagonal() * unit);
}

} // namespace eg::dml
