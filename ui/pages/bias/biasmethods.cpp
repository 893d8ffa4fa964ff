#include "pages/bias/biasmethods.h"

namespace eg {

std::vector<BiasMethod> BiasMethods::all()
{
    return {
        {BiasMethod::Basic, tr("Basic"),
         tr("Link prediction only: the model learns whatever the graph holds, biases included."),
         true, {}, 0.0},
        {BiasMethod::Kl, tr("KL"),
         tr("Adds a KL term pulling each person's scores for the sensitive values towards "
            "uniform (Fisher et al. 2020)."),
         true, tr("KL weight"), 1.0},
        {BiasMethod::KlAttr, tr("KL + Attr"),
         tr("KL term plus attribute embeddings for the triples where the attribute is "
            "legitimate (Fisher et al. 2020)."),
         true, tr("KL weight"), 1.0},
        {BiasMethod::Adversarial, tr("Adversarial filters"),
         tr("Filters trained against a discriminator that tries to recover the attribute "
            "(Bose & Hamilton 2019)."),
         true, tr("γ"), 10.0},
    };
}

BiasMethod BiasMethods::get(BiasMethod::Kind kind)
{
    for (const BiasMethod &method : all()) {
        if (method.kind == kind)
            return method;
    }
    return {};
}

QString BiasMethods::unavailableText()
{
    return tr("This method is not available in this build.");
}

} // namespace eg
