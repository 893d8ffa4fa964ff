#include "pages/workbenchtabs.h"

#include "mainwindow.h"
#include "pages/alignment/alignmentpage.h"
#include "pages/bias/biaspage.h"
#include "pages/placeholderpage.h"
#include "pages/thresholds/thresholdpage.h"

namespace eg {

WorkbenchTabs::WorkbenchTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    // The main window makes the tabs after its workspace, jobs and training service.
    if (auto *window = qobject_cast<MainWindow *>(parent))
        addTab(new BiasPage(window->workspace(), window->jobs(), window->training(), this),
               title(Bias));
    else
        addTab(new PlaceholderPage(
               title(Bias),
               tr("Measure and reduce social bias in a trained knowledge-graph embedding."),
               {tr("the bias score of each profession for a sensitive relation such as gender, "
                   "ranked, with the number of people behind each row;"),
                tr("aggregate measures: the difference in scores, and the accuracy of a probe "
                   "classifier against the most-frequent-class rate;"),
                tr("debiasing runs (KL term, attribute embeddings, adversarial filters) "
                   "compared before and after.")}),
           title(Bias));
    if (auto *window = qobject_cast<MainWindow *>(parent))
        addTab(new ThresholdPage(window->workspace(), window->jobs(), this), title(Thresholds));
    else
        addTab(new PlaceholderPage(
                   title(Thresholds),
                   tr("Check whether one global distance threshold treats every class alike."),
                   {tr("utility curves per class (F-score of true-positive and true-negative "
                       "rate) against the distance threshold;"),
                    tr("OPIS and ε-OPIS over the calibration range given by the false-accept "
                       "rate;"),
                    tr("training with the threshold-consistent margin regulariser, and its effect "
                       "on these measures.")}),
               title(Thresholds));
    if (auto *window = qobject_cast<MainWindow *>(parent))
        addTab(new AlignmentPage(window->workspace(), window->jobs(), this), title(Alignment));
    else
        addTab(new PlaceholderPage(
                   title(Alignment),
                   tr("Find the entities that two knowledge graphs share, and review the "
                      "matches."),
                   {tr("candidate pairs from blocking on names and dates;"),
                    tr("a graph neural network with cross-graph and self attention that scores "
                       "each pair;"),
                    tr("precision and recall figures, and a review queue to accept or reject each "
                       "proposed match, kept in the session.")}),
               title(Alignment));
}

QString WorkbenchTabs::title(Workbench workbench)
{
    switch (workbench) {
    case Bias:
        return tr("Bias");
    case Thresholds:
        return tr("Thresholds");
    case Alignment:
        return tr("Alignment");
    default:
        return {};
    }
}

int WorkbenchTabs::fromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("bias"))
        return Bias;
    if (lower == QLatin1String("thresholds"))
        return Thresholds;
    if (lower == QLatin1String("alignment"))
        return Alignment;
    return -1;
}

} // namespace eg
