#include "interop/hdf5_file.h"

#include "common/error.h"

#include <QDir>
#include <QFile>

#ifdef EG_HAVE_HDF5
#include <hdf5.h>
#endif

namespace eg {

bool hdf5Available() {
#ifdef EG_HAVE_HDF5
    return true;
#else
    return false;
#endif
}

#ifndef EG_HAVE_HDF5

namespace {
[[noreturn]] void unsupported(const QString &path) {
    throw Error(Error::tr("this build cannot read or write HDF5 files (PyTorch-BigGraph "
                          "checkpoints): install libhdf5-dev and configure again"),
                path);
}
} // namespace

Hdf5File::Hdf5File(const QString &path, Mode)
    : m_path(path) {
    unsupported(path);
}
Hdf5File::~Hdf5File() = default;
bool Hdf5File::exists(const QString &) const {
    unsupported(m_path);
}
QStringList Hdf5File::children(const QString &) const {
    unsupported(m_path);
}
std::vector<qint64> Hdf5File::shape(const QString &) const {
    unsupported(m_path);
}
Matrix Hdf5File::readMatrix(const QString &) const {
    unsupported(m_path);
}
void Hdf5File::readRows(const QString &, qint64, qint64, float *) const {
    unsupported(m_path);
}
QString Hdf5File::stringAttribute(const QString &, const QString &) const {
    unsupported(m_path);
}
void Hdf5File::writeFloats(const QString &, const float *, const std::vector<qint64> &) {
    unsupported(m_path);
}
void Hdf5File::writeStringAttribute(const QString &, const QString &, const QString &) {
    unsupported(m_path);
}
void Hdf5File::writeIntAttribute(const QString &, const QString &, qint64) {
    unsupported(m_path);
}
void Hdf5File::commit() {
    unsupported(m_path);
}

#else

namespace {

// Closes an HDF5 handle with the matching function when it goes out of scope.
class Handle {
public:
    Handle(hid_t id, herr_t (*close)(hid_t))
        : m_id(id)
        , m_close(close) {}
    ~Handle() {
        if (m_id >= 0)
            m_close(m_id);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    hid_t get() const { return m_id; }
    bool ok() const { return m_id >= 0; }

private:
    hid_t m_id;
    herr_t (*m_close)(hid_t);
};

QByteArray name8(const QString &name) {
    return name.toUtf8();
}

} // namespace

Hdf5File::Hdf5File(const QString &path, Mode mode)
    : m_path(path) {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    if (mode == Mode::Read) {
        if (!QFile::exists(path))
            throw Error(Error::tr("no such file"), path);
        m_file = H5Fopen(QFile::encodeName(path).constData(), H5F_ACC_RDONLY, H5P_DEFAULT);
        if (m_file < 0)
            throw Error(Error::tr("not a readable HDF5 file"), path);
    } else {
        m_writePath = path + QStringLiteral(".part");
        m_file = H5Fcreate(QFile::encodeName(m_writePath).constData(), H5F_ACC_TRUNC, H5P_DEFAULT,
                           H5P_DEFAULT);
        if (m_file < 0)
            throw Error(Error::tr("cannot create the HDF5 file"), m_writePath);
    }
}

Hdf5File::~Hdf5File() {
    if (m_file >= 0) {
        H5Fclose(hid_t(m_file));
        if (!m_writePath.isEmpty())
            QFile::remove(m_writePath); // never committed
    }
}

bool Hdf5File::exists(const QString &name) const {
    // H5Lexists needs every parent to exist, so walk the path.
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString partial;
    for (const QString &part : parts) {
        partial += (partial.isEmpty() ? QString() : QStringLiteral("/")) + part;
        if (H5Lexists(hid_t(m_file), name8(partial).constData(), H5P_DEFAULT) <= 0)
            return false;
    }
    return true;
}

QStringList Hdf5File::children(const QString &group) const {
    const Handle g(H5Gopen2(hid_t(m_file), name8(group).constData(), H5P_DEFAULT), H5Gclose);
    if (!g.ok())
        throw Error(Error::tr("no group %1").arg(group), m_path);
    H5G_info_t info;
    if (H5Gget_info(g.get(), &info) < 0)
        throw Error(Error::tr("cannot list group %1").arg(group), m_path);
    QStringList out;
    for (hsize_t i = 0; i < info.nlinks; ++i) {
        const ssize_t n = H5Lget_name_by_idx(g.get(), ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr,
                                             0, H5P_DEFAULT);
        if (n < 0)
            continue;
        QByteArray buf(qsizetype(n) + 1, '\0');
        H5Lget_name_by_idx(g.get(), ".", H5_INDEX_NAME, H5_ITER_INC, i, buf.data(), size_t(n) + 1,
                           H5P_DEFAULT);
        buf.truncate(n);
        out << QString::fromUtf8(buf);
    }
    out.sort();
    return out;
}

std::vector<qint64> Hdf5File::shape(const QString &dataset) const {
    const Handle set(H5Dopen2(hid_t(m_file), name8(dataset).constData(), H5P_DEFAULT), H5Dclose);
    if (!set.ok())
        throw Error(Error::tr("no dataset %1").arg(dataset), m_path);
    const Handle space(H5Dget_space(set.get()), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0 || rank > 8)
        throw Error(Error::tr("dataset %1 has an unsupported shape").arg(dataset), m_path);
    hsize_t dims[8] = {};
    H5Sget_simple_extent_dims(space.get(), dims, nullptr);
    return std::vector<qint64>(dims, dims + rank);
}

Matrix Hdf5File::readMatrix(const QString &dataset) const {
    const std::vector<qint64> dims = shape(dataset);
    qint64 rows = 0, cols = 0;
    if (dims.size() == 1) {
        rows = 1;
        cols = dims[0];
    } else if (dims.size() == 2 || dims.size() == 3) {
        rows = dims[0];
        cols = dims[1] * (dims.size() == 3 ? dims[2] : 1);
    } else {
        throw Error(Error::tr("dataset %1 has %2 dimensions, expected 1 to 3")
                        .arg(dataset)
                        .arg(dims.size()),
                    m_path);
    }
    Matrix out(rows, cols);
    const Handle set(H5Dopen2(hid_t(m_file), name8(dataset).constData(), H5P_DEFAULT), H5Dclose);
    const Handle type(H5Dget_type(set.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_FLOAT && H5Tget_class(type.get()) != H5T_INTEGER)
        throw Error(Error::tr("dataset %1 is not numeric").arg(dataset), m_path);
    if (out.size() > 0 &&
        H5Dread(set.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()) < 0)
        throw Error(Error::tr("cannot read dataset %1 as float32").arg(dataset), m_path);
    return out;
}

void Hdf5File::readRows(const QString &dataset, qint64 first, qint64 count, float *out) const {
    const std::vector<qint64> dims = shape(dataset);
    if (dims.size() != 2 || first < 0 || count < 0 || first + count > dims[0])
        throw Error(Error::tr("rows %1..%2 are outside dataset %3")
                        .arg(first)
                        .arg(first + count)
                        .arg(dataset),
                    m_path);
    if (count == 0)
        return;
    const Handle set(H5Dopen2(hid_t(m_file), name8(dataset).constData(), H5P_DEFAULT), H5Dclose);
    const Handle space(H5Dget_space(set.get()), H5Sclose);
    const hsize_t start[2] = {hsize_t(first), 0};
    const hsize_t size[2] = {hsize_t(count), hsize_t(dims[1])};
    const Handle memory(H5Screate_simple(2, size, nullptr), H5Sclose);
    if (H5Sselect_hyperslab(space.get(), H5S_SELECT_SET, start, nullptr, size, nullptr) < 0 ||
        H5Dread(set.get(), H5T_NATIVE_FLOAT, memory.get(), space.get(), H5P_DEFAULT, out) < 0)
        throw Error(Error::tr("cannot read rows of dataset %1").arg(dataset), m_path);
}

QString Hdf5File::stringAttribute(const QString &object, const QString &name) const {
    const QByteArray o = name8(object), n = name8(name);
    if (H5Aexists_by_name(hid_t(m_file), o.constData(), n.constData(), H5P_DEFAULT) <= 0)
        return {};
    const Handle attr(
        H5Aopen_by_name(hid_t(m_file), o.constData(), n.constData(), H5P_DEFAULT, H5P_DEFAULT),
        H5Aclose);
    const Handle type(H5Aget_type(attr.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING)
        throw Error(Error::tr("attribute %1 of %2 is not a string").arg(name, object), m_path);
    const Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_cset(memType.get(), H5Tget_cset(type.get())); // no ASCII <-> UTF-8 conversion path
    if (H5Tis_variable_str(type.get()) > 0) {
        H5Tset_size(memType.get(), H5T_VARIABLE);
        char *text = nullptr;
        if (H5Aread(attr.get(), memType.get(), &text) < 0)
            throw Error(Error::tr("cannot read attribute %1").arg(name), m_path);
        const QString out = QString::fromUtf8(text);
        H5free_memory(text);
        return out;
    }
    const size_t size = H5Tget_size(type.get());
    QByteArray buf(qsizetype(size) + 1, '\0');
    H5Tset_size(memType.get(), size + 1);
    if (H5Aread(attr.get(), memType.get(), buf.data()) < 0)
        throw Error(Error::tr("cannot read attribute %1").arg(name), m_path);
    return QString::fromUtf8(buf.constData());
}

void Hdf5File::writeFloats(const QString &dataset, const float *data,
                           const std::vector<qint64> &dims) {
    hsize_t size[3] = {};
    if (dims.empty() || dims.size() > 3)
        throw Error(
            Error::tr("cannot write dataset %1 of %2 dimensions").arg(dataset).arg(dims.size()),
            m_writePath);
    for (size_t i = 0; i < dims.size(); ++i)
        size[i] = hsize_t(dims[i]);
    const Handle space(H5Screate_simple(int(dims.size()), size, nullptr), H5Sclose);
    const Handle links(H5Pcreate(H5P_LINK_CREATE), H5Pclose);
    H5Pset_create_intermediate_group(links.get(), 1);
    const Handle set(H5Dcreate2(hid_t(m_file), name8(dataset).constData(), H5T_IEEE_F32LE,
                                space.get(), links.get(), H5P_DEFAULT, H5P_DEFAULT),
                     H5Dclose);
    if (!set.ok() || H5Dwrite(set.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, data) < 0)
        throw Error(Error::tr("cannot write dataset %1").arg(dataset), m_writePath);
}

void Hdf5File::writeStringAttribute(const QString &object, const QString &name,
                                    const QString &value) {
    // Variable-length UTF-8, as h5py writes Python strings.
    const Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type.get(), H5T_VARIABLE);
    H5Tset_cset(type.get(), H5T_CSET_UTF8);
    const Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    const Handle attr(H5Acreate_by_name(hid_t(m_file), name8(object).constData(),
                                        name8(name).constData(), type.get(), space.get(),
                                        H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                      H5Aclose);
    const QByteArray bytes = value.toUtf8();
    const char *text = bytes.constData();
    if (!attr.ok() || H5Awrite(attr.get(), type.get(), &text) < 0)
        throw Error(Error::tr("cannot write attribute %1").arg(name), m_writePath);
}

void Hdf5File::writeIntAttribute(const QString &object, const QString &name, qint64 value) {
    const Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    const Handle attr(H5Acreate_by_name(hid_t(m_file), name8(object).constData(),
                                        name8(name).constData(), H5T_STD_I64LE, space.get(),
                                        H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                      H5Aclose);
    const int64_t v = value;
    if (!attr.ok() || H5Awrite(attr.get(), H5T_NATIVE_INT64, &v) < 0)
        throw Error(Error::tr("cannot write attribute %1").arg(name), m_writePath);
}

void Hdf5File::commit() {
    if (m_writePath.isEmpty())
        return;
    const herr_t status = H5Fclose(hid_t(m_file));
    m_file = -1;
    if (status < 0) {
        QFile::remove(m_writePath);
        throw Error(Error::tr("cannot finish writing the HDF5 file"), m_writePath);
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_writePath, m_path)) {
        QFile::remove(m_writePath);
        throw Error(Error::tr("cannot rename the written file into place"), m_path);
    }
    m_writePath.clear();
}

#endif

} // namespace eg
