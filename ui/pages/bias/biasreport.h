#pragma once

#include "bias/profession_bias.h"
#include "kg/graph.h"
#include "pages/bias/biassettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <memory>
#include <vector>

namespace eg {

// A one-page, self-contained HTML report of a bias comparison: the settings, each model with
// its figures, both tables (with the second model's B_p and rank change beside the first's),
// and the plots as embedded PNG images.
struct BiasReportInput
{
    struct ModelPart
    {
        QString name;
        QString method;
        QString type;
        QString source;
        double validMrr = -1.0; // < 0: unknown
        std::shared_ptr<const ProfessionBiasResult> result;
    };

    QString dataSet;
    QString sensitive; // relation key
    QString valueA;
    QString valueB;
    QString target;
    BiasSettings settings;
    std::shared_ptr<const Graph> graph;
    ModelPart first;
    ModelPart second; // result null when there is no comparison
    std::vector<std::pair<QString, QImage>> figures; // caption, image
    QDateTime created;
};

class BiasReport
{
    Q_DECLARE_TR_FUNCTIONS(eg::BiasReport)
public:
    static QString html(const BiasReportInput &input);
    // Writes html(input) as UTF-8; false (reason in *error) when it cannot.
    static bool write(const BiasReportInput &input, const QString &path, QString *error = nullptr);

private:
    static QString table(const BiasReportInput &input, bool towardsA);
};

} // namespace eg
