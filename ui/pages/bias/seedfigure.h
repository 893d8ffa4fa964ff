#pragma once

#include "embed/model.h"

#include <QPointF>

#include <Eigen/Core>
#include <memory>
#include <vector>

namespace eg {

// The educator view's geometry for one person and one model (Fisher et al., AKBC 2020, Fig. 1):
// the person e, the query point of e with the sensitive relation (e + r_s for TransE), the two
// sensitive values a and b, the query point with the target relation, and the professions the
// model finds most likely for the person. The person can be moved along
// d = dm/de, m(e) = g(e, r_s, a) - mean_{v in B} g(e, r_s, v), to e' = e + alpha d; the
// professions are then ranked by g(e', r_p, p).
//
// Everything is projected onto the first two principal components of the vectors involved at
// alpha = 0 and at both ends of the slider (so the basis stays put while alpha moves). PC 1 is
// oriented so that a lies right of b, PC 2 so that the target query lies above the person.
class SeedFigure
{
public:
    struct Query
    {
        qint32 person = -1;
        qint32 sensitiveRelation = -1;
        qint32 valueA = -1;
        std::vector<qint32> valuesB;
        qint32 targetRelation = -1;
        std::vector<qint32> professions; // the candidates to rank
    };
    struct Ranked
    {
        qint32 entity = -1;
        double score = 0.0;
    };
    struct ScenePoint
    {
        enum Role { Person, MovedPerson, SensitiveQuery, ValueA, ValueB, TargetQuery, Profession };
        Role role = Person;
        // Person, MovedPerson, ValueA, ValueB (-1: the mean of several), Profession; else -1
        qint32 entity = -1;
        QPointF pos;
    };

    // Throws eg::Error when an id is out of range or the query is incomplete. `shown` is how
    // many professions the scene draws.
    SeedFigure(std::shared_ptr<const Model> model, Query query, int shown = 5);

    // The largest |alpha| the slider offers: the step that moves the person by twice its own
    // length (or by 2 when the person is the zero vector); 0 when d = 0.
    double alphaLimit() const { return m_alphaLimit; }
    const Eigen::VectorXf &direction() const { return m_direction; }
    // The `count` best professions at alpha, highest score first (ties: smaller id).
    std::vector<Ranked> ranking(double alpha, int count) const;
    std::vector<ScenePoint> scene(double alpha) const;
    // Share of the variance of the basis vectors along principal component 0 or 1.
    double explained(int component) const { return m_explained[component]; }
    // The 2-D coordinates of a vector of the model's width.
    QPointF project(const Eigen::VectorXf &v) const;
    const Query &query() const { return m_query; }

    // The vector that t is compared with in g(h, r, t): h + r for both TransE forms (the
    // score is -||q - t|| or <q, t>), h * r for DistMult and the complex product for ComplEx
    // (the score is <q, t>).
    static Eigen::VectorXf queryVector(const Model &model, const Eigen::VectorXf &h,
                                       qint32 relation);

private:
    Eigen::VectorXf entity(qint32 id) const;
    Eigen::VectorXf moved(double alpha) const;
    Eigen::VectorXf queryPoint(const Eigen::VectorXf &h, qint32 relation) const
    {
        return queryVector(*m_model, h, relation);
    }
    void buildBasis();

    std::shared_ptr<const Model> m_model;
    Query m_query;
    int m_shown;
    Eigen::VectorXf m_person;
    Eigen::VectorXf m_direction;
    double m_alphaLimit = 0.0;
    Eigen::VectorXd m_mean;
    Eigen::MatrixXd m_axes; // width x 2
    double m_explained[2] = {0.0, 0.0};
};

} // namespace eg
