#pragma once

#include "kg/graph.h"
#include "pages/bias/biassettings.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace eg {

class BiasModelList;

// The bias page's controls above every view: the model to study and the one to compare it
// with, the sensitive relation with its two values, the target relation, the minimum number of
// people per profession, the rows per table and the step length alpha. Relation choosers are
// filled from the current model's graph (recognised sensitive relations first, then every
// relation by key).
class BiasSettingsBar : public QWidget
{
    Q_OBJECT
public:
    explicit BiasSettingsBar(BiasModelList *models, QWidget *parent = nullptr);

    int currentModel() const;    // entry id, -1 when none
    int comparisonModel() const; // entry id, -1 when none
    void setCurrentModel(int id);
    void setComparisonModel(int id);

    // Fills the relation and value choosers from `graph`; nothing changes when it is the graph
    // already shown.
    void setGraph(std::shared_ptr<const Graph> graph);
    const std::shared_ptr<const Graph> &graph() const { return m_graph; }

    BiasSettings settings() const;
    void setSensitiveRelation(qint32 relation); // refills the values with the default pair
    void setValues(qint32 a, qint32 b);         // b = -1: all other values
    void setTargetRelation(qint32 relation);
    void setMinCount(int count);
    void setTopK(int k);

    // Display names for headers and legends: "male", "female" or "all others".
    QString valueAName() const;
    QString valueBName() const;
    QString sensitiveName() const;
    QString targetName() const;

Q_SIGNALS:
    // The current or the comparison model changed.
    void modelsChanged();
    // A setting that changes the computed result changed (relations, values, alpha).
    void measureChanged();
    // Only the cut of the tables changed (minimum count, rows).
    void filterChanged();

private:
    void refillModels();
    void refillValues();
    void refillComparison();
    QLabel *caption(const QString &text, QWidget *buddy);

    BiasModelList *m_models;
    std::shared_ptr<const Graph> m_graph;
    QComboBox *m_model;
    QComboBox *m_compare;
    QComboBox *m_sensitive;
    QComboBox *m_valueA;
    QComboBox *m_valueB;
    QComboBox *m_target;
    QSlider *m_minCount;
    QLabel *m_minCountText;
    QSpinBox *m_topK;
    QDoubleSpinBox *m_alpha;
    bool m_filling = false; // refilling combos: no signals
};

} // namespace eg
