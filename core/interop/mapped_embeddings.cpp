#include "interop/mapped_embeddings.h"

#include "common/error.h"
#include "embed/npy.h"
#include "interop/hdf5_file.h"

#include <QFile>
#include <QtEndian>
#include <cstring>

namespace eg {

RowTable::RowTable(Matrix rows) {
    auto owned = std::make_shared<Matrix>(std::move(rows));
    m_data = owned->data();
    m_rows = owned->rows();
    m_cols = int(owned->cols());
    m_owner = std::move(owned);
}

RowTable::RowTable(const float *data, qint64 rows, int cols, std::shared_ptr<const void> owner,
                   bool mapped)
    : m_data(data)
    , m_rows(rows)
    , m_cols(cols)
    , m_owner(std::move(owner))
    , m_mapped(mapped) {}

void TableRows::gather(std::span<const qint64> ids, float *out) const {
    const size_t width = size_t(m_table.cols());
    for (size_t k = 0; k < ids.size(); ++k)
        std::memcpy(out + k * width, m_table.row(ids[k]), width * sizeof(float));
}

struct Hdf5Rows::Impl {
    Hdf5File file;
    QString dataset;
    explicit Impl(const QString &path)
        : file(path) {}
};

Hdf5Rows::Hdf5Rows(const QString &path, const QString &dataset)
    : d(std::make_unique<Impl>(path)) {
    d->dataset = dataset;
    const std::vector<qint64> dims = d->file.shape(dataset);
    if (dims.size() != 2)
        throw Error(Error::tr("dataset %1 is not a matrix").arg(dataset), path);
    m_rows = dims[0];
    m_cols = int(dims[1]);
}

Hdf5Rows::~Hdf5Rows() = default;

void Hdf5Rows::gather(std::span<const qint64> ids, float *out) const {
    size_t k = 0;
    while (k < ids.size()) {
        // One hyperslab per run of consecutive (or repeated) ids.
        size_t end = k + 1;
        while (end < ids.size() && ids[end] - ids[end - 1] <= 1)
            ++end;
        const qint64 first = ids[k], count = ids[end - 1] - first + 1;
        if (count == qint64(end - k)) {
            d->file.readRows(d->dataset, first, count, out + k * size_t(m_cols));
        } else {
            std::vector<float> run(size_t(count) * size_t(m_cols));
            d->file.readRows(d->dataset, first, count, run.data());
            for (size_t i = k; i < end; ++i)
                std::memcpy(out + i * size_t(m_cols), run.data() + (ids[i] - first) * m_cols,
                            size_t(m_cols) * sizeof(float));
        }
        k = end;
    }
}

namespace {

struct Mapping {
    std::unique_ptr<QFile> file;
    uchar *bytes = nullptr;
    qint64 size = 0;
};

std::shared_ptr<Mapping> mapFile(const QString &path) {
    auto m = std::make_shared<Mapping>();
    m->file = std::make_unique<QFile>(path);
    if (!m->file->open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open the file: %1").arg(m->file->errorString()), path);
    m->size = m->file->size();
    m->bytes = m->size > 0 ? m->file->map(0, m->size) : nullptr;
    if (!m->bytes)
        throw Error(Error::tr("cannot memory-map the file"), path);
    return m;
}

quint32 u32(const uchar *p) {
    return qFromLittleEndian<quint32>(p);
}
quint64 u64(const uchar *p) {
    return qFromLittleEndian<quint64>(p);
}

void readKeys(const uchar *p, qint64 bytes, qint64 count, Vocabulary &out, const QString &path) {
    out.reserve(count);
    qint64 at = 0;
    for (qint64 i = 0; i < count; ++i) {
        if (at + 4 > bytes)
            throw Error(Error::tr("corrupt key section"), path);
        const quint32 len = u32(p + at);
        at += 4;
        if (at + len > bytes)
            throw Error(Error::tr("corrupt key section"), path);
        out.insert(std::string_view(reinterpret_cast<const char *>(p + at), len));
        at += len;
    }
    if (out.size() != count)
        throw Error(Error::tr("corrupt key section: repeated keys"), path);
}

} // namespace

RowTable mapNpy(const QString &path) {
    const std::shared_ptr<Mapping> m = mapFile(path);
    const NpyHeader header = parseNpyHeader(
        QByteArrayView(reinterpret_cast<const char *>(m->bytes), std::min<qint64>(m->size, 65536)),
        path);
    if (header.shape.size() != 2 || header.kind != 'f' || header.itemBytes != 4 ||
        header.byteOrder != '<' || header.fortranOrder)
        throw Error(Error::tr("only 2-D '<f4' C-order arrays can be memory-mapped; convert "
                              "the file (readNpy + writeNpy) first"),
                    path);
    if (header.dataOffset + header.dataBytes() > m->size)
        throw Error(
            Error::tr("truncated: the header promises %1 data bytes").arg(header.dataBytes()),
            path);
    if (header.dataOffset % alignof(float) != 0)
        throw Error(Error::tr("the array data is not aligned for mapping"), path);
    const auto *data = reinterpret_cast<const float *>(m->bytes + header.dataOffset);
    return RowTable(data, header.shape[0], int(header.shape[1]), m, true);
}

MappedModel mapModel(const QString &path, bool withKeys) {
    const std::shared_ptr<Mapping> m = mapFile(path);
    const uchar *p = m->bytes;
    static const char magic[8] = {'\x89', 'E', 'G', 'M', '\r', '\n', '\x1a', '\n'};
    if (m->size < 64 || std::memcmp(p, magic, 8) != 0)
        throw Error(Error::tr("not an Equigraph model file (wrong magic bytes)"), path);
    if (u32(p + 8) != 1)
        throw Error(
            Error::tr("model format version %1 cannot be mapped by this build").arg(u32(p + 8)),
            path);
    MappedModel out;
    const quint32 type = u32(p + 12);
    const ModelType types[] = {ModelType::TransE, ModelType::TransEDot, ModelType::DistMult,
                               ModelType::ComplEx};
    if (type > 3 || u32(p + 16) < 1 || u32(p + 16) > (1u << 24))
        throw Error(Error::tr("corrupt header"), path);
    out.spec.type = types[type];
    out.spec.dim = int(u32(p + 16));
    out.spec.norm = int(u32(p + 20));
    out.spec.separateRhs = (u32(p + 24) & 1u) != 0;
    const qint64 ne = u32(p + 28), nr = u32(p + 32);
    const qint64 meta = qint64(u64(p + 40)), ke = qint64(u64(p + 48)), kr = qint64(u64(p + 56));
    const qint64 w = out.spec.width();
    if (meta < 0 || ke < 0 || kr < 0 || 64 + meta + ke + kr > m->size)
        throw Error(Error::tr("corrupt header"), path);
    const qint64 start = (64 + meta + ke + kr + 63) / 64 * 64;
    const qint64 expected = start + 4 * w * (ne + nr * (out.spec.separateRhs ? 2 : 1)) + 4;
    if (expected != m->size)
        throw Error(Error::tr("truncated or corrupt: the header describes %1 bytes, the file "
                              "has %2")
                        .arg(expected)
                        .arg(m->size),
                    path);
    if (withKeys)
        readKeys(p + 64 + meta, ke, ne, out.entityKeys, path);
    readKeys(p + 64 + meta + ke, kr, nr, out.relationKeys, path);
    const auto *floats = reinterpret_cast<const float *>(p + start);
    out.entities = RowTable(floats, ne, int(w), m, true);
    out.relations = Eigen::Map<const Matrix>(floats + ne * w, nr, w);
    if (out.spec.separateRhs)
        out.relationsRhs = Eigen::Map<const Matrix>(floats + (ne + nr) * w, nr, w);
    return out;
}

} // namespace eg
