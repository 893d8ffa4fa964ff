// The widgets of the Alignment page and its keyboard shortcuts (the logic is in
// alignmentpage.cpp).
#include "models/candidatemodel.h"
#include "models/decisionmodel.h"
#include "pages/alignment/alignmentpage.h"
#include "pages/alignment/elidingcombobox.h"
#include "pages/alignment/reviewcontroller.h"
#include "pages/alignment/thresholdpanel.h"
#include "store/decisions.h"
#include "widgets/neighbourhoodview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace eg {

namespace {

QTableView *table(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setWordWrap(false);
    return view;
}

} // namespace

void AlignmentPage::buildLayout() {
    // Training bar.
    m_trainDemo = new QPushButton(tr("Train on demo views"), this);
    m_trainDemo->setToolTip(tr("Train and evaluate on the demo world's two noisy views."));
    m_trainFolder = new QPushButton(tr("Train on folder…"), this);
    m_trainFolder->setToolTip(tr("A DBP15K or OpenEA folder (two graphs and their links)."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(defaultOptions().train.epochs);
    m_epochs->setPrefix(tr("epochs "));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(int(defaultOptions().train.seed));
    m_seed->setPrefix(tr("seed "));
    m_cross = new QCheckBox(tr("cross-graph attention"), this);
    m_cross->setToolTip(tr("Weigh each neighbour by how well it matches the neighbours of the "
                           "entity in the other graph."));
    m_cross->setChecked(true);
    m_self = new QCheckBox(tr("self-attention"), this);
    m_self->setToolTip(tr("Weigh each neighbour by the relation that links it to the entity."));
    m_self->setChecked(true);
    m_runs = new ElidingComboBox(this);
    m_runs->setMinimumContentsLength(14);
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order = new QComboBox(this);
    m_order->addItem(tr("by score"), CandidateModel::ByScore);
    m_order->addItem(tr("by uncertainty"), CandidateModel::ByUncertainty);
    m_order->addItem(tr("by entity"), CandidateModel::ByEntity);
    m_order->addItem(tr("disagreeing scores first"), CandidateModel::ByDisagreement);
    m_order->setItemData(m_order->count() - 1,
                         tr("Pairs whose refined score and model score are furthest apart first."),
                         Qt::ToolTipRole);
    m_blind = new QCheckBox(tr("Blind (hide scores)"), this);

    auto *files = new QToolButton(this);
    files->setText(tr("Export / import"));
    files->setPopupMode(QToolButton::InstantPopup);
    const auto fileAction = [this, files](const QString &text, auto slot, bool save,
                                          const QString &filter) {
        QAction *action = files->addAction(text);
        files->addAction(action);
        connect(action, &QAction::triggered, this, [=, this] {
            const QString path = save ? QFileDialog::getSaveFileName(this, text, {}, filter)
                                      : QFileDialog::getOpenFileName(this, text, {}, filter);
            if (!path.isEmpty())
                (this->*slot)(path);
        });
    };
    fileAction(tr("Export merged graph (TSV with sameAs)…"), &AlignmentPage::exportMergedGraph,
               true, tr("TSV files (*.tsv *.txt)"));
    fileAction(tr("Export decisions (CSV)…"), &AlignmentPage::exportDecisions, true,
               tr("CSV files (*.csv)"));
    fileAction(tr("Import decisions (CSV)…"), &AlignmentPage::importDecisions, false,
               tr("CSV files (*.csv)"));

    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_trainDemo, m_trainFolder, m_epochs, m_seed,
                                                       m_cross, m_self, m_cancel})
        bar->addWidget(w);
    bar->addStretch(1);

    // Left: the run with its test figures, and the queue.
    m_runInfo = new QLabel(this);
    m_runInfo->setTextFormat(Qt::RichText);
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    m_queue = table(m_model, this);
    QHeaderView *columns = m_queue->horizontalHeader();
    columns->setSectionResizeMode(CandidateModel::StatusColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(CandidateModel::LeftColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(CandidateModel::RightColumn, QHeaderView::Stretch);
    // Room for the widest score, "≠ 0.000" (a pair whose two scores disagree), and the header:
    // with the two stretching name columns the header would not widen it by itself.
    columns->setSectionResizeMode(CandidateModel::ScoreColumn, QHeaderView::Fixed);
    const int scoreText =
        m_queue->fontMetrics().horizontalAdvance(CandidateModel::scoreText(0.0, true));
    columns->resizeSection(CandidateModel::ScoreColumn,
                           std::max(columns->sectionSizeHint(CandidateModel::ScoreColumn),
                                    scoreText + 2 * m_queue->style()->pixelMetric(
                                                        QStyle::PM_FocusFrameHMargin) + 8));
    // Blind, the score column is empty: the names get its room.
    connect(m_blind, &QCheckBox::toggled, m_queue,
            [this](bool blind) { m_queue->setColumnHidden(CandidateModel::ScoreColumn, blind); });
    auto *runForm = new QFormLayout;
    runForm->addRow(tr("Run:"), m_runs);
    runForm->addRow(m_runInfo);
    runForm->addRow(tr("Queue:"), m_order);
    runForm->addRow(QString(), m_blind);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(runForm);
    leftLayout->addWidget(m_counts);
    leftLayout->addWidget(m_queue, 1);

    // Right: views of the pair and of the run in tabs (the pair's neighbourhoods, its audit
    // trail, the threshold chart), then the pair's figures and the decision buttons, which stay
    // in sight whichever tab is open.
    m_view = new NeighbourhoodView(this);
    m_trailView = table(m_trail, this);
    m_trailView->horizontalHeader()->setStretchLastSection(true);
    auto *views = new QTabWidget(this);
    views->addTab(m_view, tr("Neighbourhoods"));
    const int trailTab = views->addTab(m_trailView, tr("Audit trail"));
    views->addTab(m_threshold, tr("Threshold"));
    views->setCornerWidget(files, Qt::TopRightCorner);
    connect(m_trail, &QAbstractItemModel::modelReset, views, [this, views, trailTab] {
        const int n = m_trail->rowCount();
        views->setTabText(trailTab, n > 0 ? tr("Audit trail (%1)").arg(n) : tr("Audit trail"));
    });

    m_pairInfo = new QLabel(this);
    m_pairInfo->setWordWrap(true);
    m_pairInfo->setTextFormat(Qt::RichText);
    m_why = new QLineEdit(this);
    m_why->setPlaceholderText(tr("Reason (optional, kept in the audit trail)"));
    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus); // keys stay with the queue
        return b;
    };
    QPushButton *approve = button(tr("Approve (A)"), tr("The same entity"));
    QPushButton *reject = button(tr("Reject (R)"), tr("Different entities"));
    QPushButton *unsure = button(tr("Unsure (U)"), tr("Come back to it later"));
    QPushButton *back = button(tr("Previous (⌫)"), tr("The pair shown before"));
    QPushButton *undo = button(tr("Undo (Ctrl+Z)"), tr("Take back the last decision"));
    connect(approve, &QPushButton::clicked, this,
            [this] { decideCurrent(int(store::Verdict::Approve)); });
    connect(reject, &QPushButton::clicked, this,
            [this] { decideCurrent(int(store::Verdict::Reject)); });
    connect(unsure, &QPushButton::clicked, this,
            [this] { decideCurrent(int(store::Verdict::Unsure)); });
    connect(back, &QPushButton::clicked, this, &AlignmentPage::previous);
    connect(undo, &QPushButton::clicked, m_review->undoStack(), &QUndoStack::undo);
    connect(m_review->undoStack(), &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    undo->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {approve, reject, unsure})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(undo);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(views, 1);
    rightLayout->addWidget(m_pairInfo);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_why);

    // The queue keeps its width; the views take what the window leaves (at 1280x800 beside
    // the main window's docks, about 650 pixels).
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    split->setCollapsible(1, false);
    split->setSizes({300, 980});

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
}

void AlignmentPage::buildShortcuts() {
    // Every binding of a standard key (redo is Ctrl+Shift+Z and Ctrl+Y on most desktops).
    const auto key = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *shortcut = new QShortcut(this);
        shortcut->setKeys(keys);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key({Qt::Key_A}, [this] { decideCurrent(int(store::Verdict::Approve)); });
    key({Qt::Key_R}, [this] { decideCurrent(int(store::Verdict::Reject)); });
    key({Qt::Key_U}, [this] { decideCurrent(int(store::Verdict::Unsure)); });
    key({Qt::Key_Backspace}, [this] { previous(); });
    key(QKeySequence::keyBindings(QKeySequence::Undo), [this] { m_review->undoStack()->undo(); });
    key(QKeySequence::keyBindings(QKeySequence::Redo), [this] { m_review->undoStack()->redo(); });
}

} // namespace eg
