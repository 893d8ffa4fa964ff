#include "kg/vocabulary.h"

#include "kg/key_hash.h"

#include <algorithm>
#include <cstring>

namespace eg {

// Keys are copied into an arena of fixed chunks (addresses never move, so key() views stay
// valid for the vocabulary's lifetime). The index is an open-addressing table with linear
// probing; each 64-bit slot holds the high 32 bits of the key's hash as a tag and id + 1 in the
// low 32 bits (0 = empty), so most probes that miss never touch the key bytes. The table is
// kept at most half full and doubled when it would pass that.
struct Vocabulary::Impl
{
    // Chunks grow from 4 KiB to 1 MiB so small vocabularies stay small.
    static constexpr size_t FirstChunk = 4 * 1024;
    static constexpr size_t LargestChunk = 1024 * 1024;

    std::vector<std::unique_ptr<char[]>> chunks;
    size_t chunkFree = 0;
    char *chunkNext = nullptr;
    qint64 arenaBytes = 0;

    std::vector<std::string_view> keys; // by id
    std::vector<quint64> slots;         // size is a power of two (or 0)

    std::string_view store(std::string_view key)
    {
        if (key.size() > chunkFree) {
            const size_t grown = chunks.empty() ? FirstChunk
                                                : std::min(LargestChunk, 2 * size_t(arenaBytes));
            const size_t size = std::max(grown, key.size());
            chunks.push_back(std::make_unique_for_overwrite<char[]>(size));
            chunkNext = chunks.back().get();
            chunkFree = size;
            arenaBytes += qint64(size);
        }
        if (!key.empty())
            std::memcpy(chunkNext, key.data(), key.size());
        const std::string_view stored(chunkNext, key.size());
        chunkNext += key.size();
        chunkFree -= key.size();
        return stored;
    }

    static quint64 tagOf(quint64 hash) { return hash & 0xFFFFFFFF00000000ull; }

    // Slot index holding `key`, or the empty slot where it would go.
    size_t probe(std::string_view key, quint64 hash) const
    {
        const size_t mask = slots.size() - 1;
        const quint64 tag = tagOf(hash);
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            const quint64 slot = slots[i];
            if (slot == 0)
                return i;
            if ((slot & 0xFFFFFFFF00000000ull) == tag && keys[size_t(quint32(slot) - 1)] == key)
                return i;
        }
    }

    void rehash(size_t capacity)
    {
        std::vector<quint64> fresh(capacity, 0);
        const size_t mask = capacity - 1;
        for (size_t id = 0; id < keys.size(); ++id) {
            const quint64 hash = hashKey(keys[id]);
            size_t i = size_t(hash) & mask;
            while (fresh[i] != 0)
                i = (i + 1) & mask;
            fresh[i] = tagOf(hash) | quint64(id + 1);
        }
        slots.swap(fresh);
    }

    void ensureRoom(size_t count)
    {
        size_t capacity = slots.empty() ? 16 : slots.size();
        while (capacity < 2 * count)
            capacity *= 2;
        if (capacity != slots.size())
            rehash(capacity);
    }
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
    // A moved-from `other` has no Impl; it copies as empty.
    d = std::make_unique<Impl>();
    if (!other.d)
        return *this;
    reserve(other.size());
    for (const std::string_view key : other.d->keys)
        insert(key);
    return *this;
}

qint32 Vocabulary::size() const { return d ? qint32(d->keys.size()) : 0; }

qint32 Vocabulary::insert(std::string_view key)
{
    if (!d)
        d = std::make_unique<Impl>();
    d->ensureRoom(d->keys.size() + 1);
    const quint64 hash = hashKey(key);
    const size_t i = d->probe(key, hash);
    if (d->slots[i] != 0)
        return qint32(quint32(d->slots[i]) - 1);
    const qint32 id = qint32(d->keys.size());
    d->keys.push_back(d->store(key));
    d->slots[i] = Impl::tagOf(hash) | quint64(quint32(id) + 1);
    return id;
}

qint32 Vocabulary::find(std::string_view key) const
{
    if (!d || d->slots.empty())
        return -1;
    const size_t i = d->probe(key, hashKey(key));
    return d->slots[i] == 0 ? -1 : qint32(quint32(d->slots[i]) - 1);
}

qint32 Vocabulary::find(const QString &key) const
{
    const QByteArray utf8 = key.toUtf8();
    return find(std::string_view(utf8.constData(), size_t(utf8.size())));
}

std::string_view Vocabulary::key(qint32 id) const
{
    if (!d || id < 0 || size_t(id) >= d->keys.size())
        return {};
    return d->keys[size_t(id)];
}

QString Vocabulary::keyString(qint32 id) const
{
    const std::string_view k = key(id);
    return QString::fromUtf8(k.data(), qsizetype(k.size()));
}

void Vocabulary::reserve(qint64 count)
{
    if (!d)
        d = std::make_unique<Impl>();
    if (count <= 0)
        return;
    d->keys.reserve(size_t(count));
    d->ensureRoom(size_t(count));
}

qint64 Vocabulary::memoryBytes() const
{
    if (!d)
        return 0;
    return d->arenaBytes + qint64(d->chunks.capacity() * sizeof(void *)) +
           qint64(d->keys.capacity() * sizeof(std::string_view)) +
           qint64(d->slots.capacity() * sizeof(quint64));
}

} // namespace eg
