#pragma once

#include "embed/model.h"
#include "interop/mapped_embeddings.h"
#include "kg/vocabulary.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace eg {

// A model scored the way PyTorch-BigGraph scores (docs: "From entity embeddings to relation
// scores"; torchbiggraph/operators.py and model.py), general enough for every PBG operator and
// comparator and for DGL-KE's models. Equigraph's own eg::Model covers only some of them
// (interop/operator_convert.h says which); this is the "PBG-scored model" path the generic
// ranking (operator_ranking.h) and bias measures (streaming_bias.h) use.
//
// Score of (h, r, t), with e_x the entity rows, op_r a relation's operator and c the comparator:
//   dynamic relations (PBG dynamic_relations = true, one operator template for all relations):
//     tail prediction (h, r, ?)   s = c(op_lhs[r](e_h), e_t)
//     head prediction (?, r, t)   s = c(e_h, op_rhs[r](e_t))
//   standard relations (dynamic = false): the operator only ever acts on the right-hand side,
//     both predictions   s = c(e_h, op_rhs[r](e_t))
// plus `offset` (DGL-KE's gamma; 0 for PBG). With `bias`, coordinate 0 of both (transformed)
// vectors is added to the score and the comparator sees coordinates 1..dim-1 (PBG "bias").
enum class PbgOperator { None, Translation, Diagonal, Linear, Affine, ComplexDiagonal };

// dot <a, b>; cos <a/|a|, b/|b|>; l2 -max(|a-b|^2, 1e-30)^(1/2); squared_l2 -|a-b|^2. Two more
// are not PBG's and exist for DGL-KE: l1 -sum |a_i - b_i| (TransE_l1) and complex_l1
// -sum_k |a_k - b_k| over complex components [re | im] (RotatE).
enum class PbgComparator { Dot, Cos, L2, SquaredL2, L1, ComplexL1 };

QString pbgOperatorName(PbgOperator op); // PBG's config names: "none", "translation", ...
std::optional<PbgOperator> parsePbgOperator(const QString &name);
QString pbgComparatorName(PbgComparator c); // "dot", "cos", "l2", "squared_l2", "l1", ...
std::optional<PbgComparator> parsePbgComparator(const QString &name);

// Floats of one relation's operator parameters, in our row layout: translation t (dim),
// diagonal d (dim), complex_diagonal [real (dim/2) | imag (dim/2)], linear A row-major
// (dim*dim, A[i][j] at i*dim+j, y = A x), affine [A | t] (dim*dim + dim), none 0.
int pbgOperatorParams(PbgOperator op, int dim);

// Which score: the one tail prediction ranks with, or the one head prediction ranks with.
enum class ScoreSide { Tail, Head };

struct OperatorModel {
    PbgComparator comparator = PbgComparator::Dot;
    bool dynamic = true;
    bool bias = false;
    double offset = 0.0;
    int dim = 0;
    RowTable entities;            // entityCount x dim
    std::vector<PbgOperator> ops; // one per relation (dynamic: all the same)
    Matrix lhsParams;             // relationCount x params (dynamic only, else 0 columns)
    Matrix rhsParams;             // relationCount x params

    qint32 entityCount() const { return qint32(entities.rows()); }
    qint32 relationCount() const { return qint32(ops.size()); }
    // Throws eg::Error when shapes disagree, dim is odd for complex parts, or bias is combined
    // with complex_l1.
    void validate() const;

    // op_side[r](x) written to out[dim]; lhs = true for the left-hand side operator.
    void applyOperator(bool lhs, qint32 r, const float *x, float *out) const;
    // c(a, b) with bias, without offset, on already transformed vectors (double accumulation).
    double compare(const float *a, const float *b) const;

    // The score on raw vectors (h, t as entity rows), including offset.
    double score(const float *h, qint32 r, const float *t, ScoreSide side) const;
    double score(qint32 h, qint32 r, qint32 t, ScoreSide side) const;
    // d score / d h, written to out[dim].
    void headGradient(const float *h, qint32 r, const float *t, ScoreSide side, double *out) const;
    // True when the score is affine in h (dot comparator, with or without bias): then
    // s(h + d) - s(h) = <d, headGradient> exactly, whatever h.
    bool affineInHead() const { return comparator == PbgComparator::Dot; }
};

struct KeyedOperatorModel {
    OperatorModel model;
    Vocabulary entities;  // key of entity row i
    Vocabulary relations; // key of relation i
    QJsonObject meta;     // where it came from, the trainer's config
};

} // namespace eg
