#include "embed/model_file.h"

#include "common/error.h"
#include "embed/io_files.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <limits>
#include <optional>

#include <zlib.h>

namespace eg {

namespace {

// Fixed header of 64 bytes; see docs/formats.md for the whole layout.
constexpr char kMagic[8] = {'\x89', 'E', 'G', 'M', '\r', '\n', '\x1a', '\n'};
constexpr qint64 kHeaderSize = 64;
constexpr qint64 kAlignment = 64; // the matrices start at a multiple of this
constexpr quint32 kFlagSeparateRhs = 1;
constexpr qint64 kMaxDim = 1 << 24;
constexpr quint32 kMaxCount = quint32(std::numeric_limits<qint32>::max());

quint32 typeCode(ModelType type)
{
    switch (type) {
    case ModelType::TransE:
        return 0;
    case ModelType::TransEDot:
        return 1;
    case ModelType::DistMult:
        return 2;
    case ModelType::ComplEx:
        return 3;
    }
    return 0xffffffffu;
}

constexpr ModelType kTypes[] = {ModelType::TransE, ModelType::TransEDot, ModelType::DistMult,
                                ModelType::ComplEx};

void put32(QByteArray &out, qsizetype at, quint32 v)
{
    qToLittleEndian(v, out.data() + at);
}
void put64(QByteArray &out, qsizetype at, quint64 v)
{
    qToLittleEndian(v, out.data() + at);
}

QByteArray keySection(const Vocabulary &keys)
{
    QByteArray out;
    for (qint32 i = 0; i < keys.size(); ++i) {
        const std::string_view key = keys.key(i);
        char len[4];
        qToLittleEndian(quint32(key.size()), len);
        out.append(len, 4);
        out.append(key.data(), qsizetype(key.size()));
    }
    return out;
}

void checkShape(const Matrix &m, qint64 rows, int width, const char *what, const QString &path)
{
    if (m.rows() != rows || m.cols() != width)
        throw Error(Error::tr("cannot save: the %1 matrix is %2 x %3, expected %4 x %5")
                        .arg(QLatin1String(what))
                        .arg(m.rows())
                        .arg(m.cols())
                        .arg(rows)
                        .arg(width),
                    path);
}

// Reads exactly `bytes` into `dst`, folding them into `crc`.
void readChunk(QFile &file, char *dst, qint64 bytes, uLong &crc)
{
    constexpr qint64 chunk = qint64(1) << 28;
    while (bytes > 0) {
        const qint64 got = file.read(dst, qMin(bytes, chunk));
        if (got <= 0)
            throw Error(Error::tr("read failed: %1").arg(file.errorString()), file.fileName());
        crc = crc32_z(crc, reinterpret_cast<const Bytef *>(dst), size_t(got));
        dst += got;
        bytes -= got;
    }
}

void readMatrix(QFile &file, Matrix &m, qint64 rows, int width, uLong &crc)
{
    m.resize(rows, width);
    readChunk(file, reinterpret_cast<char *>(m.data()), qint64(m.size()) * 4, crc);
    littleEndianToNative(m.data(), m.size());
}

// Splits a key section into `count` keys; false if its lengths do not add up. A key that appears
// twice is returned in `duplicate`.
bool parseKeys(QByteArrayView section, quint32 count, Vocabulary &out,
               std::optional<QString> &duplicate)
{
    out.reserve(count);
    qsizetype pos = 0;
    for (quint32 i = 0; i < count; ++i) {
        if (section.size() - pos < 4)
            return false;
        const quint32 len = qFromLittleEndian<quint32>(section.data() + pos);
        pos += 4;
        if (quint64(section.size() - pos) < len)
            return false;
        const std::string_view key(section.data() + pos, len);
        pos += len;
        if (out.insert(key) != qint32(i)) {
            duplicate = QString::fromUtf8(key.data(), qsizetype(key.size()));
            return true;
        }
    }
    return pos == section.size();
}

} // namespace

void saveModel(const QString &path, const Model &model, const Vocabulary &entities,
               const Vocabulary &relations, const QJsonObject &meta)
{
    const ModelSpec &spec = model.spec;
    if (typeCode(spec.type) > 3 || spec.dim < 1 || spec.dim > kMaxDim ||
        (spec.norm != 1 && spec.norm != 2))
        throw Error(Error::tr("cannot save: invalid model spec (dim %1, norm %2)")
                        .arg(spec.dim)
                        .arg(spec.norm),
                    path);
    const int width = spec.width();
    checkShape(model.entities, entities.size(), width, "entity", path);
    checkShape(model.relations, relations.size(), width, "relation", path);
    checkShape(model.relationsRhs, spec.separateRhs ? relations.size() : 0,
               spec.separateRhs ? width : 0, "right-hand-side relation", path);

    const QByteArray metaBytes =
        meta.isEmpty() ? QByteArray() : QJsonDocument(meta).toJson(QJsonDocument::Compact);
    const QByteArray entityKeys = keySection(entities);
    const QByteArray relationKeys = keySection(relations);

    QByteArray head(kHeaderSize, '\0');
    std::copy(std::begin(kMagic), std::end(kMagic), head.data());
    put32(head, 8, kModelFileVersion);
    put32(head, 12, typeCode(spec.type));
    put32(head, 16, quint32(spec.dim));
    put32(head, 20, quint32(spec.norm));
    put32(head, 24, spec.separateRhs ? kFlagSeparateRhs : 0);
    put32(head, 28, quint32(entities.size()));
    put32(head, 32, quint32(relations.size()));
    put64(head, 40, quint64(metaBytes.size()));
    put64(head, 48, quint64(entityKeys.size()));
    put64(head, 56, quint64(relationKeys.size()));
    head += metaBytes;
    head += entityKeys;
    head += relationKeys;
    head += QByteArray((kAlignment - head.size() % kAlignment) % kAlignment, '\0');

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    uLong crc = crc32_z(0, nullptr, 0);
    auto put = [&](const QByteArray &bytes) {
        crc =
            crc32_z(crc, reinterpret_cast<const Bytef *>(bytes.constData()), size_t(bytes.size()));
        if (file.write(bytes) != bytes.size())
            throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    };
    put(head);
    put(littleEndianBytes(model.entities.data(), model.entities.size()));
    put(littleEndianBytes(model.relations.data(), model.relations.size()));
    if (spec.separateRhs)
        put(littleEndianBytes(model.relationsRhs.data(), model.relationsRhs.size()));
    char tail[4];
    qToLittleEndian(quint32(crc), tail);
    if (file.write(tail, 4) != 4 || !file.commit())
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
}

void saveModel(const QString &path, const KeyedModel &keyed)
{
    saveModel(path, keyed.model, keyed.entities, keyed.relations, keyed.meta);
}

KeyedModel loadModel(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open: %1").arg(file.errorString()), path);
    const qint64 fileSize = file.size();
    QByteArray head = file.read(kHeaderSize);
    if (!head.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        throw Error(Error::tr("not an Equigraph model file (wrong magic bytes)"), path);
    if (head.size() < kHeaderSize)
        throw Error(Error::tr("truncated: %1 bytes, shorter than the %2-byte header")
                        .arg(fileSize)
                        .arg(kHeaderSize),
                    path);
    auto get32 = [&](qsizetype at) {
        return qFromLittleEndian<quint32>(head.constData() + at);
    };
    auto get64 = [&](qsizetype at) {
        return qFromLittleEndian<quint64>(head.constData() + at);
    };
    const quint32 version = get32(8);
    if (version > kModelFileVersion)
        throw Error(Error::tr("written by a newer Equigraph: model format version %1, this "
                              "build reads up to version %2")
                        .arg(version)
                        .arg(kModelFileVersion),
                    path);
    if (version == 0)
        throw Error(Error::tr("corrupt header: format version 0"), path);

    const quint32 type = get32(12), dim = get32(16), norm = get32(20), flags = get32(24);
    const quint32 entityCount = get32(28), relationCount = get32(32);
    const quint64 metaSize = get64(40), entityKeySize = get64(48), relationKeySize = get64(56);
    if (type > 3 || dim < 1 || dim > kMaxDim || (norm != 1 && norm != 2) ||
        (flags & ~kFlagSeparateRhs) != 0 || get32(36) != 0 || entityCount > kMaxCount ||
        relationCount > kMaxCount)
        throw Error(Error::tr("corrupt header: model type %1, dim %2, norm %3, flags %4")
                        .arg(type)
                        .arg(dim)
                        .arg(norm)
                        .arg(flags),
                    path);
    KeyedModel out;
    ModelSpec &spec = out.model.spec;
    spec.type = kTypes[type];
    spec.dim = int(dim);
    spec.norm = int(norm);
    spec.separateRhs = (flags & kFlagSeparateRhs) != 0;
    const qint64 width = spec.width();

    // Every size is bounded by the file size before it is used, so the sums cannot overflow.
    if (metaSize > quint64(fileSize) || entityKeySize > quint64(fileSize) ||
        relationKeySize > quint64(fileSize))
        throw Error(Error::tr("truncated: the header describes sections larger than the "
                              "%1-byte file")
                        .arg(fileSize),
                    path);
    const qint64 prefix = kHeaderSize + qint64(metaSize + entityKeySize + relationKeySize);
    const qint64 matrixStart = (prefix + kAlignment - 1) / kAlignment * kAlignment;
    const qint64 matrixRows =
        qint64(entityCount) + qint64(relationCount) * (spec.separateRhs ? 2 : 1);
    const qint64 expected = matrixStart + matrixRows * width * 4 + 4;
    if (fileSize < expected)
        throw Error(Error::tr("truncated: the header describes %1 bytes, the file has %2")
                        .arg(expected)
                        .arg(fileSize),
                    path);
    if (fileSize > expected)
        throw Error(
            Error::tr("corrupt: %1 unexpected bytes after the checksum").arg(fileSize - expected),
            path);

    uLong crc = crc32_z(0, reinterpret_cast<const Bytef *>(head.constData()), size_t(kHeaderSize));
    QByteArray sections(matrixStart - kHeaderSize, Qt::Uninitialized);
    readChunk(file, sections.data(), sections.size(), crc);
    readMatrix(file, out.model.entities, entityCount, int(width), crc);
    readMatrix(file, out.model.relations, relationCount, int(width), crc);
    if (spec.separateRhs)
        readMatrix(file, out.model.relationsRhs, relationCount, int(width), crc);
    char tail[4];
    uLong ignored = 0;
    readChunk(file, tail, 4, ignored);
    const quint32 stored = qFromLittleEndian<quint32>(tail);
    if (stored != quint32(crc))
        throw Error(Error::tr("checksum mismatch (stored %1, computed %2): the file is "
                              "corrupt")
                        .arg(stored, 8, 16, QLatin1Char('0'))
                        .arg(quint32(crc), 8, 16, QLatin1Char('0')),
                    path);

    const QByteArrayView all(sections);
    if (metaSize > 0) {
        QJsonParseError err;
        const QJsonDocument doc =
            QJsonDocument::fromJson(all.first(qsizetype(metaSize)).toByteArray(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            throw Error(Error::tr("inconsistent contents: the metadata is not a JSON "
                                  "object (%1)")
                            .arg(err.error != QJsonParseError::NoError ? err.errorString()
                                                                       : QStringLiteral("array")),
                        path);
        out.meta = doc.object();
    }
    const struct
    {
        const char *what;
        QByteArrayView bytes;
        quint32 count;
        Vocabulary *keys;
    } keySections[] = {
        {"entity", all.sliced(qsizetype(metaSize), qsizetype(entityKeySize)), entityCount,
         &out.entities},
        {"relation", all.sliced(qsizetype(metaSize + entityKeySize), qsizetype(relationKeySize)),
         relationCount, &out.relations},
    };
    for (const auto &s : keySections) {
        std::optional<QString> duplicate;
        if (!parseKeys(s.bytes, s.count, *s.keys, duplicate))
            throw Error(Error::tr("inconsistent contents: the %1 key section (%2 bytes) "
                                  "does not hold exactly %3 keys")
                            .arg(QLatin1String(s.what))
                            .arg(s.bytes.size())
                            .arg(s.count),
                        path);
        if (duplicate)
            throw Error(Error::tr("inconsistent contents: %1 key '%2' appears twice")
                            .arg(QLatin1String(s.what), *duplicate),
                        path);
    }
    return out;
}

} // namespace eg
