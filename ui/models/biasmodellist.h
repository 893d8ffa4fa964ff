#pragma once

#include "models/biasmodelentry.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace eg {

// The bias page's models: every model trained or loaded there, kept for comparison. Columns:
// name, method, type, source, epochs, validation MRR and state. Entries are values: an update
// replaces the entry's fields and refreshes its row.
class BiasModelList : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        MethodColumn,
        TypeColumn,
        SourceColumn,
        EpochsColumn,
        MrrColumn,
        StateColumn,
        ColumnCount
    };
    // Any column: the entry id (int).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit BiasModelList(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds `entry` with a new id (entry.id is ignored) and returns the id.
    int add(BiasModelEntry entry);
    // Changes the entry `id` in place; emits entryChanged (and entryReady when it became
    // ready). Does nothing for an unknown id.
    void update(int id, const std::function<void(BiasModelEntry &)> &change);

    // nullptr when absent. The pointer is valid until the next add().
    const BiasModelEntry *find(int id) const;
    const BiasModelEntry *findByJob(int jobId) const;
    int rowOf(int id) const; // -1 when absent
    const BiasModelEntry &at(int row) const { return m_entries.at(size_t(row)); }
    // The ids of ready models, in list order.
    std::vector<int> readyIds() const;

    static QString stateText(BiasModelEntry::State state);

Q_SIGNALS:
    void entryChanged(int id);
    void entryReady(int id);

private:
    std::vector<BiasModelEntry> m_entries;
    int m_nextId = 1;
};

} // namespace eg
