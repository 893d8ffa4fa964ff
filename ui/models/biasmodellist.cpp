#include "models/biasmodellist.h"

#include "theme.h"

#include <QGuiApplication>

namespace eg {

QString describeModelSpec(const ModelSpec &spec)
{
    QString type;
    switch (spec.type) {
    case ModelType::TransE:
        type = BiasModelList::tr("TransE (L%1)").arg(spec.norm);
        break;
    case ModelType::TransEDot:
        type = BiasModelList::tr("TransE (dot)");
        break;
    case ModelType::DistMult:
        type = BiasModelList::tr("DistMult");
        break;
    case ModelType::ComplEx:
        type = BiasModelList::tr("ComplEx");
        break;
    }
    return BiasModelList::tr("%1, dim %2").arg(type).arg(spec.dim);
}

BiasModelList::BiasModelList(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BiasModelList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BiasModelList::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BiasModelList::stateText(BiasModelEntry::State state)
{
    switch (state) {
    case BiasModelEntry::State::Training:
        return tr("Training");
    case BiasModelEntry::State::Ready:
        return tr("Ready");
    case BiasModelEntry::State::Cancelled:
        return tr("Cancelled");
    case BiasModelEntry::State::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant BiasModelList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BiasModelEntry &e = m_entries[size_t(index.row())];
    if (role == IdRole)
        return e.id;
    if (role == Qt::ToolTipRole)
        return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
    if (role == Qt::ForegroundRole && index.column() == StateColumn &&
        e.state == BiasModelEntry::State::Failed)
        return theme::errorColor(QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole && (index.column() == EpochsColumn ||
                                          index.column() == MrrColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e.name;
    case MethodColumn:
        return e.method;
    case TypeColumn:
        return e.type;
    case SourceColumn:
        return e.source;
    case EpochsColumn:
        if (e.plannedEpochs > 0 && e.state == BiasModelEntry::State::Training)
            return tr("%1 / %2").arg(e.epochs.size()).arg(e.plannedEpochs);
        return e.epochs.empty() ? QString() : QString::number(e.epochs.size());
    case MrrColumn: {
        const double mrr = e.lastValidMrr();
        return mrr < 0 ? QString() : QString::number(mrr, 'f', 3);
    }
    case StateColumn:
        return stateText(e.state);
    default:
        return {};
    }
}

QVariant BiasModelList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case EpochsColumn:
        return tr("Epochs");
    case MrrColumn:
        return tr("Valid MRR");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

int BiasModelList::add(BiasModelEntry entry)
{
    entry.id = m_nextId++;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
    const BiasModelEntry &added = m_entries.back();
    Q_EMIT entryChanged(added.id);
    if (added.isReady())
        Q_EMIT entryReady(added.id);
    return added.id;
}

void BiasModelList::update(int id, const std::function<void(BiasModelEntry &)> &change)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    BiasModelEntry &e = m_entries[size_t(row)];
    const bool wasReady = e.isReady();
    change(e);
    e.id = id;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT entryChanged(id);
    if (!wasReady && e.isReady())
        Q_EMIT entryReady(id);
}

const BiasModelEntry *BiasModelList::find(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries[size_t(row)];
}

const BiasModelEntry *BiasModelList::findByJob(int jobId) const
{
    for (const BiasModelEntry &e : m_entries) {
        if (e.jobId == jobId && e.state == BiasModelEntry::State::Training)
            return &e;
    }
    return nullptr;
}

int BiasModelList::rowOf(int id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<int> BiasModelList::readyIds() const
{
    std::vector<int> ids;
    for (const BiasModelEntry &e : m_entries) {
        if (e.isReady())
            ids.push_back(e.id);
    }
    return ids;
}

} // namespace eg
