#include "pages/bias/seedfigure.h"

#include "common/error.h"

#include <Eigen/SVD>

#include <algorithm>
#include <set>

namespace eg {

namespace {

void requireEntity(const Model &model, qint32 id, const char *what)
{
    if (id < 0 || id >= model.entityCount())
        throw Error(Error::tr("seed figure: %1 %2 is not an entity of the model")
                        .arg(QLatin1String(what))
                        .arg(id));
}

void requireRelation(const Model &model, qint32 id, const char *what)
{
    if (id < 0 || id >= model.relationCount())
        throw Error(Error::tr("seed figure: %1 %2 is not a relation of the model")
                        .arg(QLatin1String(what))
                        .arg(id));
}

} // namespace

SeedFigure::SeedFigure(std::shared_ptr<const Model> model, Query query, int shown)
    : m_model(std::move(model))
    , m_query(std::move(query))
    , m_shown(std::max(1, shown))
{
    if (!m_model)
        throw Error(Error::tr("seed figure: no model"));
    const Model &m = *m_model;
    requireEntity(m, m_query.person, "person");
    requireEntity(m, m_query.valueA, "value");
    requireRelation(m, m_query.sensitiveRelation, "sensitive relation");
    requireRelation(m, m_query.targetRelation, "target relation");
    if (m_query.valuesB.empty())
        throw Error(Error::tr("seed figure: no value to compare with"));
    for (qint32 b : m_query.valuesB)
        requireEntity(m, b, "value");
    for (qint32 p : m_query.professions)
        requireEntity(m, p, "profession");

    const int w = m.spec.width();
    m_person = entity(m_query.person);
    const float *h = m_person.data();
    const float *rs = m.relations.row(m_query.sensitiveRelation).data();
    Eigen::VectorXf grad(w);
    headGradient(m.spec, h, rs, m.entities.row(m_query.valueA).data(), grad.data());
    m_direction = grad;
    Eigen::VectorXf meanB = Eigen::VectorXf::Zero(w);
    for (qint32 b : m_query.valuesB) {
        headGradient(m.spec, h, rs, m.entities.row(b).data(), grad.data());
        meanB += grad;
    }
    m_direction -= meanB / float(m_query.valuesB.size());
    const double step = m_direction.norm();
    const double length = m_person.norm() > 0 ? m_person.norm() : 1.0;
    m_alphaLimit = step > 0 ? 2.0 * length / step : 0.0;
    buildBasis();
}

Eigen::VectorXf SeedFigure::entity(qint32 id) const
{
    return m_model->entities.row(id).transpose();
}

Eigen::VectorXf SeedFigure::moved(double alpha) const
{
    return m_person + float(alpha) * m_direction;
}

Eigen::VectorXf SeedFigure::queryVector(const Model &model, const Eigen::VectorXf &h,
                                        qint32 relation)
{
    const Eigen::VectorXf r = model.relations.row(relation).transpose();
    switch (model.spec.type) {
    case ModelType::TransE:
    case ModelType::TransEDot:
        return h + r;
    case ModelType::DistMult:
        return h.cwiseProduct(r);
    case ModelType::ComplEx: {
        // g = sum t_re (h_re r_re - h_im r_im) + t_im (h_im r_re + h_re r_im)
        const int n = model.spec.dim;
        Eigen::VectorXf q(2 * n);
        q.head(n) = h.head(n).cwiseProduct(r.head(n)) - h.tail(n).cwiseProduct(r.tail(n));
        q.tail(n) = h.tail(n).cwiseProduct(r.head(n)) + h.head(n).cwiseProduct(r.tail(n));
        return q;
    }
    }
    return h;
}

std::vector<SeedFigure::Ranked> SeedFigure::ranking(double alpha, int count) const
{
    const Eigen::VectorXf e = moved(alpha);
    const float *rp = m_model->relations.row(m_query.targetRelation).data();
    std::vector<Ranked> ranked;
    ranked.reserve(m_query.professions.size());
    for (qint32 p : m_query.professions)
        ranked.push_back({p, scoreVectors(m_model->spec, e.data(), rp,
                                          m_model->entities.row(p).data())});
    const auto better = [](const Ranked &x, const Ranked &y) {
        return x.score != y.score ? x.score > y.score : x.entity < y.entity;
    };
    const size_t keep = std::min(ranked.size(), size_t(std::max(0, count)));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(), better);
    ranked.resize(keep);
    return ranked;
}

void SeedFigure::buildBasis()
{
    const double ends[3] = {-m_alphaLimit, 0.0, m_alphaLimit};
    std::vector<Eigen::VectorXf> rows;
    std::set<qint32> professions;
    for (double alpha : ends) {
        const Eigen::VectorXf e = moved(alpha);
        rows.push_back(e);
        rows.push_back(queryPoint(e, m_query.targetRelation));
        for (const Ranked &r : ranking(alpha, m_shown))
            professions.insert(r.entity);
    }
    rows.push_back(queryPoint(m_person, m_query.sensitiveRelation));
    rows.push_back(entity(m_query.valueA));
    for (qint32 b : m_query.valuesB)
        rows.push_back(entity(b));
    for (qint32 p : professions)
        rows.push_back(entity(p));

    const int w = m_model->spec.width();
    Eigen::MatrixXd x(Eigen::Index(rows.size()), w);
    for (size_t i = 0; i < rows.size(); ++i)
        x.row(Eigen::Index(i)) = rows[i].cast<double>().transpose();
    m_mean = x.colwise().mean().transpose();
    x.rowwise() -= m_mean.transpose();
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(x, Eigen::ComputeThinV);
    const Eigen::VectorXd s = svd.singularValues();
    m_axes = Eigen::MatrixXd::Zero(w, 2);
    const double total = s.squaredNorm();
    for (int c = 0; c < 2 && c < s.size(); ++c) {
        m_axes.col(c) = svd.matrixV().col(c);
        m_explained[c] = total > 0 ? s(c) * s(c) / total : 0.0;
    }
    // Orientation: a right of b, the target query above the person.
    Eigen::VectorXd meanB = Eigen::VectorXd::Zero(w);
    for (qint32 b : m_query.valuesB)
        meanB += entity(b).cast<double>();
    meanB /= double(m_query.valuesB.size());
    const Eigen::VectorXd ab = entity(m_query.valueA).cast<double>() - meanB;
    if (ab.dot(m_axes.col(0)) < 0)
        m_axes.col(0) *= -1.0;
    const Eigen::VectorXd up =
        (queryPoint(m_person, m_query.targetRelation) - m_person).cast<double>();
    if (up.dot(m_axes.col(1)) < 0)
        m_axes.col(1) *= -1.0;
}

QPointF SeedFigure::project(const Eigen::VectorXf &v) const
{
    const Eigen::VectorXd c = v.cast<double>() - m_mean;
    return {c.dot(m_axes.col(0)), c.dot(m_axes.col(1))};
}

std::vector<SeedFigure::ScenePoint> SeedFigure::scene(double alpha) const
{
    std::vector<ScenePoint> points;
    const Eigen::VectorXf e = moved(alpha);
    points.push_back({ScenePoint::Person, m_query.person, project(m_person)});
    if (alpha != 0.0)
        points.push_back({ScenePoint::MovedPerson, m_query.person, project(e)});
    points.push_back({ScenePoint::SensitiveQuery, -1,
                      project(queryPoint(e, m_query.sensitiveRelation))});
    points.push_back({ScenePoint::ValueA, m_query.valueA, project(entity(m_query.valueA))});
    // One point for b; the mean of the other values when a is compared with all of them.
    Eigen::VectorXf meanB = Eigen::VectorXf::Zero(m_person.size());
    for (qint32 b : m_query.valuesB)
        meanB += entity(b);
    meanB /= float(m_query.valuesB.size());
    points.push_back({ScenePoint::ValueB, m_query.valuesB.size() == 1 ? m_query.valuesB[0] : -1,
                      project(meanB)});
    points.push_back(
        {ScenePoint::TargetQuery, -1, project(queryPoint(e, m_query.targetRelation))});
    for (const Ranked &r : ranking(alpha, m_shown))
        points.push_back({ScenePoint::Profession, r.entity, project(entity(r.entity))});
    return points;
}

} // namespace eg
