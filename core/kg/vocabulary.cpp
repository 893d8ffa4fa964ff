#include "kg/vocabulary.h"

#include <deque>
#include <unordered_map>

namespace eg {

// Keys live in a deque of std::string (stable addresses); the hash map indexes views of them.
struct Vocabulary::Impl
{
    std::deque<std::string> keys;
    std::unordered_map<std::string_view, qint32> ids;
};

Vocabulary::Vocabulary()
    : d(std::make_unique<Impl>())
{
}
Vocabulary::~Vocabulary() = default;
Vocabulary::Vocabulary(Vocabulary &&) noexcept = default;
Vocabulary &Vocabulary::operator=(Vocabulary &&) noexcept = default;

Vocabulary::Vocabulary(const Vocabulary &other)
    : d(std::make_unique<Impl>())
{
    *this = other;
}

Vocabulary &Vocabulary::operator=(const Vocabulary &other)
{
    if (this == &other)
        return *this;
    d = std::make_unique<Impl>();
    reserve(other.size());
    for (const std::string &key : other.d->keys)
        insert(key);
    return *this;
}

qint32 Vocabulary::size() const { return qint32(d->keys.size()); }

qint32 Vocabulary::insert(std::string_view key)
{
    if (auto it = d->ids.find(key); it != d->ids.end())
        return it->second;
    const qint32 id = qint32(d->keys.size());
    d->keys.emplace_back(key);
    d->ids.emplace(d->keys.back(), id);
    return id;
}

qint32 Vocabulary::find(std::string_view key) const
{
    auto it = d->ids.find(key);
    return it == d->ids.end() ? -1 : it->second;
}

qint32 Vocabulary::find(const QString &key) const
{
    const QByteArray utf8 = key.toUtf8();
    return find(std::string_view(utf8.constData(), size_t(utf8.size())));
}

std::string_view Vocabulary::key(qint32 id) const { return d->keys.at(size_t(id)); }

QString Vocabulary::keyString(qint32 id) const
{
    const std::string_view k = key(id);
    return QString::fromUtf8(k.data(), qsizetype(k.size()));
}

void Vocabulary::reserve(qint64 count) { d->ids.reserve(size_t(count)); }

qint64 Vocabulary::memoryBytes() const
{
    qint64 bytes = 0;
    for (const std::string &key : d->keys)
        bytes += qint64(sizeof(std::string) + (key.size() > 15 ? key.capacity() : 0));
    bytes += qint64(d->ids.bucket_count() * sizeof(void *) +
                    d->ids.size() * (sizeof(std::string_view) + sizeof(qint32) + 2 * sizeof(void *)));
    return bytes;
}

} // namespace eg
