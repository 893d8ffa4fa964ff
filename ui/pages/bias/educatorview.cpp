#include "pages/bias/educatorview.h"

#include "bias/sensitive.h"
#include "common/error.h"
#include "pages/bias/educatorscene.h"
#include "pages/bias/seedfigure.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>

namespace eg {

EducatorView::EducatorView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_alpha(new QSlider(Qt::Horizontal, this))
    , m_alphaText(new QLabel(this))
    , m_explain(new QLabel(this))
    , m_first(new EducatorScene(this))
    , m_second(new EducatorScene(this))
{
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    m_search->setPlaceholderText(tr("Type a person's name…"));
    m_search->setMaximumWidth(300);
    m_alpha->setRange(-100, 100);
    m_alpha->setValue(0);
    m_alpha->setTickPosition(QSlider::TicksBelow);
    m_alpha->setTickInterval(50);
    m_alpha->setToolTip(tr("Move the person along the gradient of m(e) = g(e, r_s, a) − "
                           "g(e, r_s, b): right towards a, left towards b"));
    m_alphaText->setMinimumWidth(m_alphaText->fontMetrics().horizontalAdvance(
        QStringLiteral("α = −0.000 (−100 %)")));
    m_explain->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Person:"), this));
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("α:"), this));
    top->addWidget(m_alpha, 2);
    top->addWidget(m_alphaText);
    // The two models' scenes share the width; the splitter gives one more room when wanted.
    auto *scenes = new QSplitter(Qt::Horizontal, this);
    scenes->addWidget(m_first);
    scenes->addWidget(m_second);
    scenes->setChildrenCollapsible(false);
    scenes->setStretchFactor(0, 1);
    scenes->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_explain);
    layout->addWidget(scenes, 1);
    m_second->setVisible(false);

    connect(m_alpha, &QSlider::valueChanged, this, &EducatorView::applyAlpha);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) { setPersonByName(name); });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { setPersonByName(m_search->text()); });
    applyAlpha();
}

void EducatorView::setInput(const Input &input)
{
    const bool samePeople = input.graph == m_input.graph &&
                            input.settings.sensitiveRelation ==
                                m_input.settings.sensitiveRelation &&
                            input.settings.targetRelation == m_input.settings.targetRelation;
    m_input = input;
    m_explain->setText(
        tr("The bias score moves each person a small step α in the direction that makes the "
           "model more sure they are %1 rather than %2, and measures how the scores of the "
           "professions change. Drag α to make that step large and see which professions the "
           "model then finds most likely.")
            .arg(input.valueA.isEmpty() ? tr("a") : input.valueA,
                 input.valueB.isEmpty() ? tr("b") : input.valueB));
    if (!samePeople)
        rebuildPeople();
    rebuildFigures();
}

void EducatorView::rebuildPeople()
{
    m_byName.clear();
    m_names.clear();
    m_professions.clear();
    m_person = -1;
    QStringList names;
    const Graph *graph = m_input.graph.get();
    if (graph && m_input.settings.sensitiveRelation >= 0 && m_input.settings.targetRelation >= 0) {
        for (const ValueCount &v : relationValues(*graph, m_input.settings.targetRelation,
                                                  SplitTrain))
            m_professions.push_back(v.entity);
        const HeadValues targets(*graph, m_input.settings.targetRelation, SplitAll);
        for (qint32 h : relationHeads(*graph, m_input.settings.sensitiveRelation, SplitAll)) {
            QString name = graph->entityLabel(h);
            if (m_byName.contains(name)) // two people of one name: tell them apart by key
                name = QStringLiteral("%1 (%2)").arg(name, graph->entities.keyString(h));
            m_byName.insert(name, h);
            m_names.insert(h, name);
            names.push_back(name);
            if (m_person < 0 && !targets.values(h).empty())
                m_person = h;
        }
    }
    names.sort(Qt::CaseInsensitive);
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
    m_search->setText(m_names.value(m_person));
}

bool EducatorView::setPerson(qint32 entity)
{
    if (!m_names.contains(entity))
        return false;
    m_person = entity;
    m_search->setText(m_names.value(entity));
    rebuildFigures();
    return true;
}

bool EducatorView::setPersonByName(const QString &name)
{
    const auto found = m_byName.constFind(name.trimmed());
    return found != m_byName.constEnd() && setPerson(found.value());
}

void EducatorView::setAlphaShare(double share)
{
    m_alpha->setValue(qRound(qBound(-1.0, share, 1.0) * 100.0));
}

void EducatorView::rebuildFigures()
{
    const auto build = [this](EducatorScene *scene, const std::shared_ptr<const Model> &model,
                              const QString &name) {
        if (!model || m_person < 0 || m_input.valuesB.empty()) {
            scene->clear(model ? tr("Choose a person.") : tr("Train or load a model first."));
            return;
        }
        SeedFigure::Query q;
        q.person = m_person;
        q.sensitiveRelation = m_input.settings.sensitiveRelation;
        q.valueA = m_input.settings.valueA;
        q.valuesB = m_input.valuesB;
        q.targetRelation = m_input.settings.targetRelation;
        q.professions = m_professions;
        try {
            scene->setFigure(std::make_shared<const SeedFigure>(model, q), m_input.graph, name,
                             m_input.valueA, m_input.valueB,
                             model->spec.type == ModelType::TransE);
        } catch (const Error &error) {
            scene->clear(error.message());
        }
    };
    build(m_first, m_input.model, m_input.modelName);
    m_second->setVisible(bool(m_input.comparison));
    if (m_input.comparison)
        build(m_second, m_input.comparison, m_input.comparisonName);
    applyAlpha();
}

void EducatorView::applyAlpha()
{
    const double share = m_alpha->value() / 100.0;
    m_first->setAlphaShare(share);
    if (m_second->isVisibleTo(this))
        m_second->setAlphaShare(share);
    const QLocale locale;
    m_alphaText->setText(tr("α = %1 (%2 %)")
                             .arg(locale.toString(m_first->alpha(), 'g', 3))
                             .arg(m_alpha->value()));
}

} // namespace eg
