#pragma once

#include "embed/model.h"
#include "kg/graph.h"
#include "pages/bias/biassettings.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

class QCompleter;
class QLabel;
class QLineEdit;
class QSlider;

namespace eg {

class EducatorScene;

// The educator view: find a person by name, see the seed figure of the bias measure (the
// person, the person with the sensitive relation, the two values, the person with the target
// relation and the nearest professions) in a 2-D projection, and move the person towards a or
// b with the alpha slider while the list of their most likely professions re-ranks live. With
// a comparison (e.g. debiased) model the same scene is drawn for it beside the first.
class EducatorView : public QWidget
{
    Q_OBJECT
public:
    explicit EducatorView(QWidget *parent = nullptr);

    struct Input
    {
        std::shared_ptr<const Model> model;
        QString modelName;
        std::shared_ptr<const Model> comparison; // may be null
        QString comparisonName;
        std::shared_ptr<const Graph> graph;
        BiasSettings settings;
        std::vector<qint32> valuesB; // the values averaged as b (eg::ProfessionBiasResult)
        QString valueA;
        QString valueB;
    };
    void setInput(const Input &input);

    // Chooses the person; false when the entity is not one of the people.
    bool setPerson(qint32 entity);
    // A name as the completer offers it; false when no person has it.
    bool setPersonByName(const QString &name);
    qint32 person() const { return m_person; }
    // Slider position as a share of each model's alpha limit, -1 .. 1.
    void setAlphaShare(double share);

    QSlider *alphaSlider() const { return m_alpha; }
    QLineEdit *searchField() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    EducatorScene *scene(int index) const { return index == 0 ? m_first : m_second; }

private:
    void rebuildPeople();
    void rebuildFigures();
    void applyAlpha();

    QLineEdit *m_search;
    QCompleter *m_completer;
    QSlider *m_alpha;
    QLabel *m_alphaText;
    QLabel *m_explain;
    EducatorScene *m_first;
    EducatorScene *m_second;
    Input m_input;
    std::vector<qint32> m_professions;
    QHash<QString, qint32> m_byName;
    QHash<qint32, QString> m_names;
    qint32 m_person = -1;
};

} // namespace eg
