#pragma once

#include "embed/model_file.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace eg {

// The word2vec text format: a first line `count dim`, then one line per vector,
// `key v1 v2 ... vdim`, separated by single spaces. Details in docs/formats.md.

// Keys as word2vec writes them: every ASCII whitespace byte (space, tab, LF, CR, VT, FF) becomes
// '_', and an empty key becomes "_". Other bytes (all of UTF-8) are kept.
QByteArray word2vecKey(std::string_view key);

// Vectors with their keys, as a word2vec file holds them.
struct Word2VecTable
{
    Vocabulary keys;
    Matrix vectors; // keys.size() x dim
};

// Writes keys[i] + vectors.row(i) per line, values in the shortest form that reads back to the
// same float. Atomic. Throws eg::Error if two keys become the same word2vec key.
void writeWord2Vec(const QString &path, const Vocabulary &keys, const Matrix &vectors);

// Entity vectors, then (when includeRelations) relation vectors with relationPrefix before each
// key. Right-hand-side relation vectors are not written. Throws eg::Error if an entity key
// starts with relationPrefix (it would read back as a relation) or two keys collide.
void exportWord2Vec(const QString &path, const KeyedModel &model, bool includeRelations = false,
                    const QString &relationPrefix = QStringLiteral("rel:"));

// Reads a word2vec text file (gzip detected by magic bytes). Errors name file and line: a bad
// first line, the wrong number of values, a value that is not a number, a key given twice, or
// a vector count that differs from the first line's.
Word2VecTable readWord2Vec(const QString &path);

// Reads a word2vec file as a model: keys starting with relationPrefix (which is removed) are
// relations, the others entities; with an empty prefix everything is an entity. The caller
// chooses type and norm; dim comes from the file (ComplEx: half the vector length).
KeyedModel importWord2Vec(const QString &path, ModelType type, int norm = 1,
                          const QString &relationPrefix = {});

} // namespace eg
