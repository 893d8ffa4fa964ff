// The widgets of the Alignment page and its keyboard shortcuts (the logic is in
// alignmentpage.cpp).
#include "models/candidatemodel.h"
#include "models/decisionmodel.h"
#include "pages/alignment/alignmentpage.h"
#include "pages/alignment/reviewcontroller.h"
#include "pages/alignment/thresholdpanel.h"
#include "store/decisions.h"
#include "widgets/neighbourhoodview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

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
    m_cross->setChecked(true);
    m_self = new QCheckBox(tr("self-attention"), this);
    m_self->setChecked(true);
    m_runs = new QComboBox(this);
    m_runs->setMinimumContentsLength(14);
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order = new QComboBox(this);
    m_order->addItem(tr("by score"), CandidateModel::ByScore);
    m_order->addItem(tr("by uncertainty"), CandidateModel::ByUncertainty);
    m_order->addItem(tr("by entity"), CandidateModel::ByEntity);
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
    // The run chooser and the file actions head the right column, so that the page (and the
    // main window around it) still fits a 1280-pixel screen.
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(new QLabel(tr("Run:"), this));
    runBar->addWidget(m_runs, 1);
    runBar->addWidget(files);

    // Left: queue.
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    m_queue = table(m_model, this);
    m_queue->horizontalHeader()->setSectionResizeMode(CandidateModel::LeftColumn,
                                                      QHeaderView::Stretch);
    m_queue->horizontalHeader()->setSectionResizeMode(CandidateModel::RightColumn,
                                                      QHeaderView::Stretch);
    m_queue->horizontalHeader()->setSectionResizeMode(CandidateModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(CandidateModel::ScoreColumn,
                                                      QHeaderView::ResizeToContents);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(new QLabel(tr("Queue"), this));
    orderRow->addWidget(m_order, 1);
    orderRow->addWidget(m_blind);
    leftLayout->addLayout(orderRow);
    leftLayout->addWidget(m_counts);
    leftLayout->addWidget(m_queue, 1);

    // Middle: the pair.
    m_view = new NeighbourhoodView(this);
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
    for (QPushButton *b : {approve, reject, unsure, back, undo})
        buttons->addWidget(b);
    m_trailView = table(m_trail, this);
    m_trailView->horizontalHeader()->setStretchLastSection(true);
    m_trailView->setMaximumHeight(m_trailView->verticalHeader()->defaultSectionSize() * 4 + 28);
    auto *middle = new QWidget(this);
    auto *midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    midLayout->addWidget(m_view, 1);
    midLayout->addWidget(m_pairInfo);
    midLayout->addLayout(buttons);
    midLayout->addWidget(m_why);
    midLayout->addWidget(new QLabel(tr("Audit trail of this pair"), this));
    midLayout->addWidget(m_trailView);

    // Right: threshold.
    m_runInfo = new QLabel(this);
    m_runInfo->setWordWrap(true);
    auto *right = new QGroupBox(tr("Threshold"), this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(runBar);
    rightLayout->addWidget(m_threshold, 1);
    rightLayout->addWidget(m_runInfo);

    // Explicit minimum widths: the columns' natural minimums (button rows, the chart's labels)
    // add up to more than a 1280-pixel screen leaves beside the main window's panels; below
    // their natural width the columns scroll or elide instead.
    left->setMinimumWidth(220);
    middle->setMinimumWidth(420);
    right->setMinimumWidth(260);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 3);
    split->setSizes({330, 560, 330});

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
