#include "pages/alignment/decisionio.h"

#include "common/error.h"
#include "store/decisions.h"
#include "store/session.h"
#include "store/write_transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>
#include <map>

namespace eg {

namespace {

const QStringList kColumns = {
    QStringLiteral("decision"),  QStringLiteral("candidate"), QStringLiteral("left_key"),
    QStringLiteral("right_key"), QStringLiteral("score"),     QStringLiteral("verdict"),
    QStringLiteral("undoes"),    QStringLiteral("who"),       QStringLiteral("at"),
    QStringLiteral("why"),       QStringLiteral("status")};

void commit(QSaveFile &file) {
    if (!file.commit())
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), file.fileName());
}

} // namespace

QString csvField(const QString &value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList csvSplit(const QString &line, bool *complete) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(field);
    if (complete)
        *complete = !quoted;
    return fields;
}

void writeDecisionsCsv(const QString &path, const Session &session,
                       const std::vector<CandidateRow> &candidates) {
    std::map<qint64, const CandidateRow *> byId;
    for (const CandidateRow &c : candidates)
        byId[c.id] = &c;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << kColumns.join(QLatin1Char(',')) << '\n';
    for (const store::DecisionRecord &d : store::auditTrail(session)) {
        const auto it = byId.find(d.candidateId);
        if (it == byId.end())
            continue; // another run's candidate
        const CandidateRow &c = *it->second;
        const QStringList row = {QString::number(d.id),
                                 QString::number(c.id),
                                 csvField(c.left.key),
                                 csvField(c.right.key),
                                 QString::number(c.score, 'g', 6),
                                 store::verdictName(d.verdict),
                                 d.undoes ? QString::number(*d.undoes) : QString(),
                                 csvField(d.who),
                                 d.at,
                                 csvField(d.why),
                                 store::candidateStatusName(c.status)};
        out << row.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    commit(file);
}

ImportReport importDecisionsCsv(const QString &path, Session &session,
                                const std::vector<CandidateRow> &candidates) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(Error::tr("cannot read: %1").arg(file.errorString()), path);
    QHash<QString, qint64> byPair;
    for (const CandidateRow &c : candidates)
        byPair.insert(c.left.key + QLatin1Char('\t') + c.right.key, c.id);
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    const QString name = QFileInfo(path).fileName();
    WriteTransaction tx(session, Error::tr("import decisions from %1").arg(name));
    ImportReport report;
    qint64 lineNo = 0;
    QHash<QString, int> column;
    while (!in.atEnd()) {
        QString line = in.readLine();
        const qint64 first = ++lineNo;
        bool complete = true;
        QStringList fields = csvSplit(line, &complete);
        while (!complete && !in.atEnd()) { // a quoted field with line breaks
            line += QLatin1Char('\n') + in.readLine();
            ++lineNo;
            fields = csvSplit(line, &complete);
        }
        if (!complete)
            throw Error(Error::tr("a quoted field is not closed"), path, first);
        if (first == 1) {
            for (int i = 0; i < fields.size(); ++i)
                column.insert(fields[i].trimmed(), i);
            for (const char *need : {"left_key", "right_key", "verdict", "who", "at", "why"})
                if (!column.contains(QLatin1String(need)))
                    throw Error(
                        Error::tr("the header has no column \"%1\"").arg(QLatin1String(need)), path,
                        1);
            continue;
        }
        if (line.isEmpty())
            continue;
        if (fields.size() < column.size())
            throw Error(
                Error::tr("%1 fields, the header has %2").arg(fields.size()).arg(column.size()),
                path, first);
        const auto value = [&](const char *key) {
            return fields.at(column.value(QLatin1String(key)));
        };
        const std::optional<store::Verdict> verdict = store::parseVerdict(value("verdict"));
        if (!verdict)
            throw Error(Error::tr("unknown verdict \"%1\"").arg(value("verdict")), path, first);
        const auto it =
            byPair.constFind(value("left_key") + QLatin1Char('\t') + value("right_key"));
        if (it == byPair.constEnd()) {
            ++report.skipped;
            continue;
        }
        QString why = QCoreApplication::translate("eg::DecisionIo", "imported from %1, decided %2")
                          .arg(name, value("at"));
        if (!value("why").isEmpty())
            why = value("why") + QStringLiteral(" (") + why + QLatin1Char(')');
        store::decide(session, it.value(), *verdict, why, value("who"));
        ++report.applied;
    }
    tx.commit();
    return report;
}

qint64 writeMergedGraph(const QString &path, const std::vector<CandidateRow> &candidates,
                        const AlignmentData *data) {
    QHash<QString, QString> partner; // graph-2 key -> graph-1 key
    for (const CandidateRow &c : candidates)
        if (c.status == store::CandidateStatus::Approved)
            partner.insert(c.right.key, c.left.key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    if (data) {
        const Graph &g1 = data->first.graph, &g2 = data->second.graph;
        for (const Triple &t : g1.train)
            out << g1.entities.keyString(t.h) << '\t' << g1.relations.keyString(t.r) << '\t'
                << g1.entities.keyString(t.t) << '\n';
        const auto merged = [&](qint32 e) {
            const QString key = g2.entities.keyString(e);
            return partner.value(key, key);
        };
        for (const Triple &t : g2.train)
            out << merged(t.h) << '\t' << g2.relations.keyString(t.r) << '\t' << merged(t.t)
                << '\n';
    }
    qint64 links = 0;
    for (const CandidateRow &c : candidates)
        if (c.status == store::CandidateStatus::Approved) {
            out << c.left.key << '\t' << QLatin1String(kSameAs) << '\t' << c.right.key << '\n';
            ++links;
        }
    out.flush();
    commit(file);
    return links;
}

} // namespace eg
