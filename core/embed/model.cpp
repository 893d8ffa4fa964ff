#include "embed/model.h"

#include <cmath>

namespace eg {

QString modelTypeName(ModelType type)
{
    switch (type) {
    case ModelType::TransE:
        return QStringLiteral("transe");
    case ModelType::TransEDot:
        return QStringLiteral("transe-dot");
    case ModelType::DistMult:
        return QStringLiteral("distmult");
    case ModelType::ComplEx:
        return QStringLiteral("complex");
    }
    return {};
}

std::optional<ModelType> parseModelType(const QString &name)
{
    for (ModelType type :
         {ModelType::TransE, ModelType::TransEDot, ModelType::DistMult, ModelType::ComplEx}) {
        if (name.compare(modelTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

float Model::score(qint32 h, qint32 r, qint32 t) const
{
    return scoreVectors(spec, entities.row(h).data(), relations.row(r).data(),
                        entities.row(t).data());
}

float scoreVectors(const ModelSpec &spec, const float *h, const float *r, const float *t)
{
    const int n = spec.dim;
    double s = 0.0;
    switch (spec.type) {
    case ModelType::TransE:
        for (int i = 0; i < n; ++i) {
            const double d = double(h[i]) + r[i] - t[i];
            s += spec.norm == 1 ? std::abs(d) : d * d;
        }
        return float(-(spec.norm == 1 ? s : std::sqrt(s)));
    case ModelType::TransEDot:
        for (int i = 0; i < n; ++i)
            s += (double(h[i]) + r[i]) * t[i];
        return float(s);
    case ModelType::DistMult:
        for (int i = 0; i < n; ++i)
            s += double(h[i]) * r[i] * t[i];
        return float(s);
    case ModelType::ComplEx: {
        const float *hi = h + n, *ri = r + n, *ti = t + n;
        for (int i = 0; i < n; ++i)
            s += double(h[i]) * r[i] * t[i] + double(hi[i]) * r[i] * ti[i] +
                 double(h[i]) * ri[i] * ti[i] - double(hi[i]) * ri[i] * t[i];
        return float(s);
    }
    }
    return 0.0f;
}

void headGradient(const ModelSpec &spec, const float *h, const float *r, const float *t, float *out)
{
    const int n = spec.dim;
    switch (spec.type) {
    case ModelType::TransE: {
        if (spec.norm == 1) {
            for (int i = 0; i < n; ++i) {
                const float d = h[i] + r[i] - t[i];
                out[i] = d > 0.0f ? -1.0f : (d < 0.0f ? 1.0f : 0.0f);
            }
        } else {
            double s = 0.0;
            for (int i = 0; i < n; ++i) {
                const double d = double(h[i]) + r[i] - t[i];
                s += d * d;
            }
            const double norm = std::sqrt(s);
            for (int i = 0; i < n; ++i)
                out[i] = norm > 0.0 ? float(-(double(h[i]) + r[i] - t[i]) / norm) : 0.0f;
        }
        return;
    }
    case ModelType::TransEDot:
        for (int i = 0; i < n; ++i)
            out[i] = t[i];
        return;
    case ModelType::DistMult:
        for (int i = 0; i < n; ++i)
            out[i] = r[i] * t[i];
        return;
    case ModelType::ComplEx: {
        const float *ri = r + n, *ti = t + n;
        for (int i = 0; i < n; ++i) {
            out[i] = r[i] * t[i] + ri[i] * ti[i];
            out[n + i] = r[i] * ti[i] - ri[i] * t[i];
        }
        return;
    }
    }
}

} // namespace eg
