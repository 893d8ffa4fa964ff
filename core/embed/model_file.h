#pragma once

#include "embed/model.h"
#include "kg/vocabulary.h"

#include <QJsonObject>
#include <QString>

namespace eg {

// A model together with the keys of its rows, so it can be matched to a graph by key, and free-
// form metadata (training configuration, data set hash, where it was imported from).
struct KeyedModel
{
    Model model;
    Vocabulary entities;  // key of entity row i
    Vocabulary relations; // key of relation row i
    QJsonObject meta;
};

// The Equigraph model file (.egm), format version 1; the layout is in docs/formats.md.
constexpr quint32 kModelFileVersion = 1;

// Writes atomically (a temporary file renamed on success). Throws eg::Error naming the file when
// the shapes disagree (rows vs vocabulary sizes, columns vs spec.width()), the spec is invalid or
// the write fails.
void saveModel(const QString &path, const Model &model, const Vocabulary &entities,
               const Vocabulary &relations, const QJsonObject &meta = {});
void saveModel(const QString &path, const KeyedModel &keyed);

// Reads a model file. Throws eg::Error naming the file and the fault: not a model file, written
// by a newer format version, truncated, checksum mismatch, or inconsistent contents.
KeyedModel loadModel(const QString &path);

} // namespace eg
