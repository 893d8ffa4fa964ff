#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

// Dense ids for string keys (entity or relation identifiers as they appear in the files).
// Keys are stored once, as UTF-8; ids are 0..size()-1 in order of first insertion.
class Vocabulary
{
public:
    Vocabulary();
    ~Vocabulary();
    Vocabulary(Vocabulary &&) noexcept;
    Vocabulary &operator=(Vocabulary &&) noexcept;
    Vocabulary(const Vocabulary &);
    Vocabulary &operator=(const Vocabulary &);

    qint32 size() const;
    bool isEmpty() const { return size() == 0; }

    // The id of `key`, inserting it if new.
    qint32 insert(std::string_view key);
    // The id of `key`, or -1.
    qint32 find(std::string_view key) const;
    qint32 find(const QString &key) const;

    std::string_view key(qint32 id) const;
    QString keyString(qint32 id) const;

    void reserve(qint64 count);
    // Bytes held (keys and hash table), for memory reports.
    qint64 memoryBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace eg
