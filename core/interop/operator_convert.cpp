#include "interop/operator_convert.h"

#include "common/error.h"

namespace eg {

namespace {

// [re | im] -> [re | -im]
Matrix conjugate(const Matrix &m) {
    Matrix out = m;
    const Eigen::Index half = m.cols() / 2;
    out.rightCols(m.cols() - half) *= -1.f;
    return out;
}

EngineConversion fail(const QString &reason) {
    return {std::nullopt, reason};
}

} // namespace

EngineConversion toEngineModel(const OperatorModel &m, bool allowOffset, const ModelSpec *hint) {
    m.validate();
    if (m.ops.empty())
        return fail(Error::tr("the model has no relations"));
    const PbgOperator op = m.ops.front();
    for (PbgOperator o : m.ops)
        if (o != op)
            return fail(Error::tr("relations use different operators"));
    if (m.bias)
        return fail(Error::tr("the PBG bias coordinate has no engine form"));
    if (m.offset != 0.0 && !allowOffset)
        return fail(Error::tr("the score offset (gamma) is not kept"));
    const int n = pbgOperatorParams(op, m.dim);
    const Matrix rhs = m.rhsParams.leftCols(n);
    // Tail prediction parameters: the lhs operator (dynamic) or the rhs one (standard).
    const Matrix lhs = m.dynamic ? Matrix(m.lhsParams.leftCols(n)) : rhs;

    Model out;
    out.entities = m.entities.matrix();
    out.spec.dim = m.dim;
    auto setHead = [&](Matrix head) {
        if (head != out.relations) {
            out.spec.separateRhs = true;
            out.relationsRhs = std::move(head);
        }
    };
    const PbgComparator c = m.comparator;
    if (op == PbgOperator::Translation && c == PbgComparator::Dot) {
        if (!m.dynamic)
            return fail(Error::tr("standard-relation translation + dot scores tails as "
                                  "<h, t + r>, which no engine type does"));
        out.spec.type = ModelType::TransEDot;
        out.relations = lhs;
        out.spec.separateRhs = true;
        out.relationsRhs = rhs;
        if (hint && hint->type == ModelType::TransEDot && !hint->separateRhs && rhs.isZero(0)) {
            out.spec.separateRhs = false;
            out.relationsRhs = Matrix();
        }
    } else if (op == PbgOperator::Translation &&
               (c == PbgComparator::L2 || c == PbgComparator::L1)) {
        // -||h + r - t|| (dynamic tail); -||c - (t + r_rhs)|| = -||c + (-r_rhs) - t|| (head).
        out.spec.type = ModelType::TransE;
        out.spec.norm = c == PbgComparator::L2 ? 2 : 1;
        out.relations = m.dynamic ? lhs : Matrix(-rhs);
        setHead(-rhs);
    } else if (op == PbgOperator::Diagonal && c == PbgComparator::Dot) {
        out.spec.type = ModelType::DistMult;
        out.relations = lhs;
        setHead(rhs);
    } else if (op == PbgOperator::ComplexDiagonal && c == PbgComparator::Dot) {
        // <h o rho, t> = Re<h, rho, conj t>;  <c, t o rho> = Re<c, conj rho, conj t>.
        out.spec.type = ModelType::ComplEx;
        out.spec.dim = m.dim / 2;
        out.relations = m.dynamic ? lhs : conjugate(rhs);
        setHead(conjugate(rhs));
    } else if (op == PbgOperator::None && c == PbgComparator::Dot) {
        out.spec.type = ModelType::DistMult;
        out.relations = Matrix::Ones(m.relationCount(), m.dim);
    } else {
        return fail(Error::tr("operator %1 with comparator %2 has no engine form")
                        .arg(pbgOperatorName(op), pbgComparatorName(c)));
    }
    return {std::move(out), {}};
}

OperatorModel fromEngineModel(const Model &model) {
    OperatorModel out;
    out.dynamic = true;
    out.dim = model.spec.width();
    out.entities = RowTable(model.entities);
    const Matrix &head = model.spec.separateRhs ? model.relationsRhs : model.relations;
    out.lhsParams = model.relations;
    PbgOperator op = PbgOperator::Translation;
    switch (model.spec.type) {
    case ModelType::TransEDot:
        out.comparator = PbgComparator::Dot;
        out.rhsParams = model.spec.separateRhs
                            ? model.relationsRhs
                            : Matrix(Matrix::Zero(model.relations.rows(), model.relations.cols()));
        break;
    case ModelType::TransE:
        out.comparator = model.spec.norm == 2 ? PbgComparator::L2 : PbgComparator::L1;
        out.rhsParams = -head;
        break;
    case ModelType::DistMult:
        op = PbgOperator::Diagonal;
        out.comparator = PbgComparator::Dot;
        out.rhsParams = head;
        break;
    case ModelType::ComplEx:
        op = PbgOperator::ComplexDiagonal;
        out.comparator = PbgComparator::Dot;
        out.rhsParams = conjugate(head);
        break;
    }
    out.ops.assign(size_t(model.relationCount()), op);
    return out;
}

} // namespace eg
