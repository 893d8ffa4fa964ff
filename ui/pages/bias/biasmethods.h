#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace eg {

// The ways the bias page trains a model. Basic is plain link prediction with the chosen
// settings; the debiasing methods of Fisher et al. (EMNLP 2020) and Bose & Hamilton add a
// term to the objective. A method the engine does not provide yet is listed, disabled, with
// the reason, so the list does not change shape when it arrives: set `available`, and give
// the page's train() its case.
struct BiasMethod
{
    enum Kind { Basic, Kl, KlAttr, Adversarial };

    Kind kind = Basic;
    QString name;        // "Basic", "KL", ...
    QString description; // one line for tooltips
    bool available = false;
    QString weightName;  // "KL weight", "γ"; empty when the method has no weight
    double defaultWeight = 0.0;
};

class BiasMethods
{
    Q_DECLARE_TR_FUNCTIONS(eg::BiasMethods)
public:
    // Every method, Basic first; texts in the current language.
    static std::vector<BiasMethod> all();
    static BiasMethod get(BiasMethod::Kind kind);
    // Why the engine cannot train unavailable methods yet.
    static QString unavailableText();
};

} // namespace eg
