#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace eg {

// The ways the bias page trains a model. Basic is plain link prediction with the chosen
// settings; the debiasing methods of Fisher et al. (EMNLP 2020) and Bose & Hamilton add a
// term to the objective (eg::trainDebiased; the page's settings are in biasdebias.h). A method
// marked not `available` is listed disabled, with unavailableText() as the reason.
struct BiasMethod
{
    enum Kind { Basic, Kl, KlAttr, Adversarial };

    Kind kind = Basic;
    QString name;        // "Basic", "KL", ...
    QString description; // one line for tooltips
    bool available = false;
    // "KL weight" (a factor on every sensitive relation's default weight: 1 = gender 1,
    // others 100), "γ"; empty when the method has no weight.
    QString weightName;
    double defaultWeight = 0.0;
};

class BiasMethods
{
    Q_DECLARE_TR_FUNCTIONS(eg::BiasMethods)
public:
    // Every method, Basic first; texts in the current language.
    static std::vector<BiasMethod> all();
    static BiasMethod get(BiasMethod::Kind kind);
    // Why a method is not available.
    static QString unavailableText();
};

} // namespace eg
