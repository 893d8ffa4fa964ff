#include "pages/bias/biassettingsbar.h"

#include "models/biasmodellist.h"
#include "pages/bias/biasrelations.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace eg {

namespace {

int findData(const QComboBox *combo, int value)
{
    return combo->findData(value);
}

// Relation choices: the recognised ones first (short name), then every relation by key.
void fillRelations(QComboBox *combo, const Graph &graph, const std::vector<qint32> &first,
                   const std::vector<qint32> &all)
{
    combo->clear();
    for (qint32 r : first) {
        combo->addItem(relationShortName(graph, r), r);
        combo->setItemData(combo->count() - 1, graph.relations.keyString(r), Qt::ToolTipRole);
    }
    if (!first.empty())
        combo->insertSeparator(combo->count());
    QStringList keys;
    keys.reserve(qsizetype(all.size()));
    for (qint32 r : all)
        keys.push_back(graph.relations.keyString(r));
    const int start = combo->count();
    combo->addItems(keys);
    for (size_t i = 0; i < all.size(); ++i)
        combo->setItemData(start + int(i), all[i]);
}

} // namespace

BiasSettingsBar::BiasSettingsBar(BiasModelList *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_model(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_sensitive(new QComboBox(this))
    , m_valueA(new QComboBox(this))
    , m_valueB(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_minCount(new QSlider(Qt::Horizontal, this))
    , m_minCountText(new QLabel(this))
    , m_topK(new QSpinBox(this))
    , m_alpha(new QDoubleSpinBox(this))
{
    for (QComboBox *combo : {m_model, m_compare, m_sensitive, m_valueA, m_valueB, m_target}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_model->setMinimumContentsLength(14);
    m_compare->setMinimumContentsLength(14);
    m_model->setToolTip(tr("The model whose bias the views show"));
    m_compare->setToolTip(tr("A second model for the rank change, the paired plot and the "
                             "educator view (same data set)"));
    m_sensitive->setToolTip(tr("The sensitive relation r_s"));
    m_valueA->setToolTip(tr("Value a: positive B_p means “towards a”"));
    m_valueB->setToolTip(tr("Value b, or all other values of the relation"));
    m_target->setToolTip(tr("The target relation r_p whose values are ranked"));
    m_minCount->setRange(0, 200);
    m_minCount->setValue(20);
    m_minCount->setToolTip(tr("Keep professions with at least this many people with value a "
                              "or b (Fisher et al.: 20)"));
    m_minCountText->setMinimumWidth(m_minCountText->fontMetrics().horizontalAdvance(
        QStringLiteral("000")));
    m_topK->setRange(1, 100000);
    m_topK->setValue(15);
    m_topK->setToolTip(tr("Rows per table and bars per side of the bar chart"));
    m_alpha->setDecimals(4);
    m_alpha->setRange(0.0001, 10.0);
    m_alpha->setSingleStep(0.001);
    m_alpha->setValue(0.01);
    m_alpha->setToolTip(tr("Step length α of the move towards a (Fisher et al.: 0.01)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(caption(tr("&Model:"), m_model), 0, 0);
    grid->addWidget(m_model, 0, 1);
    grid->addWidget(caption(tr("Compare &with:"), m_compare), 0, 2);
    grid->addWidget(m_compare, 0, 3);
    grid->addWidget(caption(tr("&Target:"), m_target), 0, 4);
    grid->addWidget(m_target, 0, 5, 1, 3);
    grid->addWidget(caption(tr("&Sensitive:"), m_sensitive), 1, 0);
    grid->addWidget(m_sensitive, 1, 1);
    auto *values = new QHBoxLayout;
    values->addWidget(m_valueA, 1);
    values->addWidget(new QLabel(tr("vs"), this));
    values->addWidget(m_valueB, 1);
    grid->addLayout(values, 1, 2, 1, 2);
    grid->addWidget(caption(tr("Min. &people:"), m_minCount), 1, 4);
    auto *count = new QHBoxLayout;
    count->addWidget(m_minCount, 1);
    count->addWidget(m_minCountText);
    grid->addLayout(count, 1, 5);
    grid->addWidget(caption(tr("&Rows:"), m_topK), 1, 6);
    grid->addWidget(m_topK, 1, 7);
    grid->addWidget(caption(tr("&α:"), m_alpha), 0, 8);
    grid->addWidget(m_alpha, 0, 9);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);
    m_minCountText->setNum(m_minCount->value());

    connect(m_models, &BiasModelList::entryChanged, this, &BiasSettingsBar::refillModels);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        refillComparison();
        Q_EMIT modelsChanged();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT modelsChanged();
    });
    connect(m_sensitive, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        refillValues();
        Q_EMIT measureChanged();
    });
    for (QComboBox *combo : {m_valueA, m_valueB, m_target}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT measureChanged();
        });
    }
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT measureChanged(); });
    connect(m_minCount, &QSlider::valueChanged, this, [this](int value) {
        m_minCountText->setNum(value);
        Q_EMIT filterChanged();
    });
    connect(m_topK, &QSpinBox::valueChanged, this, [this] { Q_EMIT filterChanged(); });
    refillModels();
}

QLabel *BiasSettingsBar::caption(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(buddy);
    return label;
}

int BiasSettingsBar::currentModel() const
{
    return m_model->currentIndex() < 0 ? -1 : m_model->currentData().toInt();
}

int BiasSettingsBar::comparisonModel() const
{
    return m_compare->currentIndex() < 0 ? -1 : m_compare->currentData().toInt();
}

void BiasSettingsBar::setCurrentModel(int id)
{
    const int index = findData(m_model, id);
    if (index >= 0)
        m_model->setCurrentIndex(index);
}

void BiasSettingsBar::setComparisonModel(int id)
{
    const int index = findData(m_compare, id);
    if (index >= 0)
        m_compare->setCurrentIndex(index);
}

void BiasSettingsBar::refillModels()
{
    const int current = currentModel();
    m_filling = true;
    m_model->clear();
    for (int id : m_models->readyIds())
        m_model->addItem(m_models->find(id)->name, id);
    const int index = findData(m_model, current);
    m_model->setCurrentIndex(index >= 0 ? index : (m_model->count() > 0 ? 0 : -1));
    m_filling = false;
    refillComparison();
    if (currentModel() != current)
        Q_EMIT modelsChanged();
}

void BiasSettingsBar::refillComparison()
{
    const int previous = comparisonModel();
    const BiasModelEntry *current = m_models->find(currentModel());
    m_filling = true;
    m_compare->clear();
    m_compare->addItem(tr("(none)"), -1);
    for (int id : m_models->readyIds()) {
        const BiasModelEntry *e = m_models->find(id);
        if (current && id != current->id && e->graph == current->graph)
            m_compare->addItem(e->name, id);
    }
    const int index = findData(m_compare, previous);
    m_compare->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    if (comparisonModel() != previous)
        Q_EMIT modelsChanged();
}

void BiasSettingsBar::setGraph(std::shared_ptr<const Graph> graph)
{
    if (graph == m_graph)
        return;
    m_graph = std::move(graph);
    m_filling = true;
    m_sensitive->clear();
    m_target->clear();
    if (m_graph) {
        std::vector<qint32> sensitive;
        for (const RelationChoice &choice : sensitiveRelations(*m_graph))
            sensitive.push_back(choice.relation);
        const std::vector<qint32> all = relationsByKey(*m_graph);
        fillRelations(m_sensitive, *m_graph, sensitive, all);
        const qint32 target = professionRelation(*m_graph);
        fillRelations(m_target, *m_graph, target >= 0 ? std::vector<qint32>{target}
                                                       : std::vector<qint32>{},
                      all);
        m_sensitive->setCurrentIndex(0);
        m_target->setCurrentIndex(0);
    }
    refillValues();
    m_filling = false;
    Q_EMIT measureChanged();
}

void BiasSettingsBar::refillValues()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_valueA->clear();
    m_valueB->clear();
    const qint32 relation = m_sensitive->currentIndex() < 0 ? -1
                                                            : m_sensitive->currentData().toInt();
    if (m_graph && relation >= 0) {
        const std::vector<ValueChoice> values = valueChoices(*m_graph, relation);
        const QLocale locale;
        for (const ValueChoice &v : values) {
            const QString text = QStringLiteral("%1 (%2)").arg(m_graph->entityLabel(v.entity),
                                                               locale.toString(v.people));
            m_valueA->addItem(text, v.entity);
            m_valueB->addItem(text, v.entity);
        }
        m_valueB->addItem(tr("all other values"), -1);
        const auto [a, b] = defaultValuePair(*m_graph, values);
        m_valueA->setCurrentIndex(findData(m_valueA, a));
        m_valueB->setCurrentIndex(findData(m_valueB, b));
    }
    m_filling = wasFilling;
}

BiasSettings BiasSettingsBar::settings() const
{
    BiasSettings s;
    const auto id = [](const QComboBox *combo) {
        return combo->currentIndex() < 0 ? -1 : combo->currentData().toInt();
    };
    s.sensitiveRelation = id(m_sensitive);
    s.valueA = id(m_valueA);
    s.valueB = id(m_valueB);
    s.targetRelation = id(m_target);
    s.alpha = float(m_alpha->value());
    s.minCount = m_minCount->value();
    s.topK = m_topK->value();
    return s;
}

void BiasSettingsBar::setSensitiveRelation(qint32 relation)
{
    const int index = findData(m_sensitive, relation);
    if (index >= 0)
        m_sensitive->setCurrentIndex(index);
}

void BiasSettingsBar::setValues(qint32 a, qint32 b)
{
    m_filling = true;
    const int ia = findData(m_valueA, a), ib = findData(m_valueB, b);
    if (ia >= 0)
        m_valueA->setCurrentIndex(ia);
    if (ib >= 0)
        m_valueB->setCurrentIndex(ib);
    m_filling = false;
    Q_EMIT measureChanged();
}

void BiasSettingsBar::setTargetRelation(qint32 relation)
{
    const int index = findData(m_target, relation);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void BiasSettingsBar::setMinCount(int count)
{
    m_minCount->setValue(count);
}

void BiasSettingsBar::setTopK(int k)
{
    m_topK->setValue(k);
}

QString BiasSettingsBar::valueAName() const
{
    const qint32 a = settings().valueA;
    return m_graph && a >= 0 ? m_graph->entityLabel(a) : QString();
}

QString BiasSettingsBar::valueBName() const
{
    const qint32 b = settings().valueB;
    if (!m_graph)
        return {};
    return b >= 0 ? m_graph->entityLabel(b) : tr("all others");
}

QString BiasSettingsBar::sensitiveName() const
{
    return m_graph ? relationShortName(*m_graph, settings().sensitiveRelation) : QString();
}

QString BiasSettingsBar::targetName() const
{
    return m_graph ? relationShortName(*m_graph, settings().targetRelation) : QString();
}

} // namespace eg
