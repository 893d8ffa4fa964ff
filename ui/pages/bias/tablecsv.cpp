#include "pages/bias/tablecsv.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace eg {

namespace {

QString field(const QVariant &value)
{
    QString text;
    if (value.typeId() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'g', 10);
    else if (value.typeId() == QMetaType::Float)
        text = QString::number(value.toFloat(), 'g', 7);
    else if (value.isValid())
        text = value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QString tableToCsv(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    const int columns = model->columnCount();
    QString csv;
    QStringList cells;
    for (int c = 0; c < columns; ++c) {
        QVariant header = model->headerData(c, Qt::Horizontal, Qt::EditRole);
        if (!header.isValid())
            header = model->headerData(c, Qt::Horizontal, Qt::DisplayRole);
        cells << field(header);
    }
    csv += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c);
            QVariant value = index.data(Qt::EditRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            cells << field(value);
        }
        csv += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv;
}

bool writeTableCsv(QAbstractItemModel *model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(tableToCsv(model).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace eg
