#pragma once

#include "bias/profession_bias.h"
#include "kg/graph.h"
#include "pages/bias/biassettings.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace eg {

class BiasTableModel;

// The two bias tables side by side: the professions most biased towards a and towards b, each
// sortable (a QSortFilterProxyModel over a BiasTableModel) and filtered by one search field,
// each with its CSV export; a summary line above them.
class BiasTablesView : public QWidget
{
    Q_OBJECT
public:
    explicit BiasTablesView(QWidget *parent = nullptr);

    struct Input
    {
        std::shared_ptr<const ProfessionBiasResult> result;
        std::shared_ptr<const ProfessionBiasResult> comparison; // may be null
        std::shared_ptr<const Graph> graph;
        BiasSettings settings;
        QString valueA;         // "male"
        QString valueB;         // "female"
        QString comparisonName; // the comparison model's name
    };
    // Builds both tables anew (an empty result clears them).
    void setInput(const Input &input);
    void setMessage(const QString &text); // instead of the summary, e.g. "no model yet"

    BiasTableModel *model(bool towardsA) const { return towardsA ? m_modelA : m_modelB; }
    QSortFilterProxyModel *proxy(bool towardsA) const { return towardsA ? m_proxyA : m_proxyB; }
    QTableView *table(bool towardsA) const { return towardsA ? m_tableA : m_tableB; }
    QString summary() const;
    void setSearchText(const QString &text);
    // Writes one table (as sorted and filtered on screen, every row) to `path`.
    bool exportCsv(bool towardsA, const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    QWidget *side(bool towardsA);
    void applySearch();
    void exportDialog(bool towardsA);

    QLabel *m_summary;
    QLineEdit *m_search;
    QLabel *m_titleA;
    QLabel *m_titleB;
    QTableView *m_tableA;
    QTableView *m_tableB;
    QSortFilterProxyModel *m_proxyA;
    QSortFilterProxyModel *m_proxyB;
    BiasTableModel *m_modelA = nullptr;
    BiasTableModel *m_modelB = nullptr;
};

} // namespace eg
