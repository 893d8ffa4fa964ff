#include "models/candidaterow.h"

#include <QJsonArray>
#include <QJsonObject>

namespace eg {

namespace {

CandidateEntity entity(const QJsonObject &o, const QString &fallbackKey) {
    CandidateEntity e;
    e.key = o.value(QStringLiteral("key")).toString(fallbackKey);
    e.name = o.value(QStringLiteral("name")).toString(e.key);
    e.type = o.value(QStringLiteral("type")).toInt(-1);
    e.typeName = o.value(QStringLiteral("typeName")).toString();
    return e;
}

} // namespace

CandidateRow candidateRow(const store::CandidateRecord &record) {
    CandidateRow row;
    row.id = record.id;
    row.score = record.score;
    row.status = record.status;
    const QJsonObject o = record.attention.toObject();
    row.left = entity(o.value(QStringLiteral("left")).toObject(), record.leftKey);
    row.right = entity(o.value(QStringLiteral("right")).toObject(), record.rightKey);
    row.nameCosine = o.value(QStringLiteral("nameCosine")).toDouble();
    row.probability = o.value(QStringLiteral("probability")).toDouble(record.score);
    row.rank = o.value(QStringLiteral("rank")).toInt(1);
    if (o.contains(QStringLiteral("gold")))
        row.hasGold = o.value(QStringLiteral("gold")).toBool() ? 1 : 0;
    const QJsonArray sides = o.value(QStringLiteral("neighbours")).toArray();
    for (int side = 0; side < 2 && side < sides.size(); ++side)
        for (const QJsonValue &v : sides.at(side).toArray()) {
            const QJsonObject n = v.toObject();
            NeighbourEntry e;
            e.key = n.value(QStringLiteral("key")).toString();
            e.name = n.value(QStringLiteral("name")).toString(e.key);
            e.relation = n.value(QStringLiteral("relation")).toString();
            e.inverse = n.value(QStringLiteral("inverse")).toBool();
            e.alpha = n.value(QStringLiteral("alpha")).toDouble();
            e.beta = n.value(QStringLiteral("beta")).toDouble();
            e.gamma = n.value(QStringLiteral("gamma")).toDouble();
            e.link = n.value(QStringLiteral("link")).toInt(-1);
            e.anchor = n.value(QStringLiteral("anchor")).toString();
            row.neighbours[side].push_back(std::move(e));
        }
    return row;
}

std::vector<CandidateRow> candidateRows(const std::vector<store::CandidateRecord> &records) {
    std::vector<CandidateRow> rows;
    rows.reserve(records.size());
    for (const store::CandidateRecord &r : records)
        rows.push_back(candidateRow(r));
    return rows;
}

} // namespace eg
