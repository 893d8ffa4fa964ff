#include "pages/bias/biastablesview.h"

#include "models/biastablemodel.h"
#include "pages/bias/biasanalysis.h"
#include "pages/bias/tablecsv.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace eg {

BiasTablesView::BiasTablesView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_titleA(new QLabel(this))
    , m_titleB(new QLabel(this))
    , m_tableA(new QTableView(this))
    , m_tableB(new QTableView(this))
    , m_proxyA(new QSortFilterProxyModel(this))
    , m_proxyB(new QSortFilterProxyModel(this))
{
    m_search->setPlaceholderText(tr("Search professions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(280);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addWidget(m_summary, 1);
    auto *tables = new QHBoxLayout;
    tables->addWidget(side(true));
    tables->addWidget(side(false));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tables, 1);
    connect(m_search, &QLineEdit::textChanged, this, &BiasTablesView::applySearch);
}

QWidget *BiasTablesView::side(bool towardsA)
{
    auto *box = new QWidget(this);
    QLabel *title = towardsA ? m_titleA : m_titleB;
    QTableView *table = towardsA ? m_tableA : m_tableB;
    QSortFilterProxyModel *proxy = towardsA ? m_proxyA : m_proxyB;
    proxy->setSortRole(BiasTableModel::SortRole);
    proxy->setFilterKeyColumn(BiasTableModel::ProfessionColumn);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the model's own order: most biased first
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    // Numbers as wide as they need, the profession takes the rest (elided when short of room).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setMinimumSectionSize(24);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    auto *exportButton = new QPushButton(tr("Export CSV…"), box);
    exportButton->setToolTip(tr("Save every row of this table, as sorted and filtered"));
    connect(exportButton, &QPushButton::clicked, this, [this, towardsA] { exportDialog(towardsA); });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    return box;
}

void BiasTablesView::setInput(const Input &input)
{
    BiasTableModel *old[2] = {m_modelA, m_modelB};
    m_modelA = m_modelB = nullptr;
    if (input.result) {
        BiasTableModel::Options options;
        options.minCount = input.settings.minCount;
        options.limit = input.settings.topK;
        options.valueA = input.valueA;
        options.valueB = input.valueB;
        for (bool towardsA : {true, false}) {
            options.towardsA = towardsA;
            auto *model = new BiasTableModel(input.result, input.graph, options, this);
            model->setComparison(input.comparison, input.comparisonName);
            (towardsA ? m_modelA : m_modelB) = model;
        }
    }
    m_proxyA->setSourceModel(m_modelA);
    m_proxyB->setSourceModel(m_modelB);
    for (BiasTableModel *model : old)
        delete model;
    for (QTableView *table : {m_tableA, m_tableB}) {
        if (table->model()->columnCount() > BiasTableModel::ProfessionColumn)
            table->horizontalHeader()->setSectionResizeMode(BiasTableModel::ProfessionColumn,
                                                            QHeaderView::Stretch);
    }
    m_titleA->setText(QStringLiteral("<b>%1</b>")
                          .arg(tr("Most biased towards %1").arg(input.valueA).toHtmlEscaped()));
    m_titleB->setText(QStringLiteral("<b>%1</b>")
                          .arg(tr("Most biased towards %1").arg(input.valueB).toHtmlEscaped()));
    applySearch();
    if (!input.result) {
        m_summary->clear();
        return;
    }
    const ProfessionBiasResult &r = *input.result;
    const QLocale locale;
    const qint64 kept = BiasAnalysis::keptAt(r, input.settings.minCount);
    const double rho = BiasAnalysis::spearmanAt(r, input.settings.minCount);
    m_summary->setText(
        tr("%1 of %2 professions have at least %3 people with %4 or %5; %6 people measured. "
           "Spearman ρ between B_p and the data skew: %7.")
            .arg(locale.toString(kept), locale.toString(qint64(r.rows.size())),
                 locale.toString(input.settings.minCount), input.valueA, input.valueB,
                 locale.toString(r.humans),
                 std::isnan(rho) ? tr("n/a") : locale.toString(rho, 'f', 2)));
}

void BiasTablesView::setMessage(const QString &text)
{
    setInput({});
    m_summary->setText(text);
}

QString BiasTablesView::summary() const
{
    return m_summary->text();
}

void BiasTablesView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void BiasTablesView::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (BiasTableModel *model : {m_modelA, m_modelB}) {
        if (model && !text.isEmpty())
            model->fetchAll(); // search every row, not only those fetched so far
    }
    m_proxyA->setFilterFixedString(text);
    m_proxyB->setFilterFixedString(text);
}

bool BiasTablesView::exportCsv(bool towardsA, const QString &path, QString *error)
{
    if (!model(towardsA)) {
        if (error)
            *error = tr("There is no table to export.");
        return false;
    }
    model(towardsA)->fetchAll();
    return writeTableCsv(proxy(towardsA), path, error);
}

void BiasTablesView::exportDialog(bool towardsA)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"),
        towardsA ? QStringLiteral("bias-towards-a.csv") : QStringLiteral("bias-towards-b.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(towardsA, path, &error))
        Q_EMIT exported(path);
    else
        Q_EMIT exportFailed(tr("Could not write %1: %2").arg(path, error));
}

} // namespace eg
