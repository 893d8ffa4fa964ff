#pragma once

// Internal to the alignment loaders: a row-by-row reader of TAB-separated files that names
// the file and line in every error.

#include "jobs/progress.h"
#include "kg/text_lines.h"

#include <QString>
#include <array>
#include <functional>
#include <string_view>

namespace eg::align_read {

constexpr int MaxFields = 4;
using Fields = std::array<std::string_view, MaxFields>;

// Calls `row(fields, count, reader)` for each non-blank line of `path`, after checking that the
// line is valid UTF-8 and has between minFields and maxFields TAB-separated fields, none empty.
// `base` is the byte count of the files read before (for progress) and grows by the file size.
void readRows(const QString &path, int minFields, int maxFields, Progress &progress, qint64 &base,
              const std::function<void(const Fields &, int, const LineReader &)> &row);

// A non-negative integer id, or an error at the reader's line naming `what`.
qint64 parseId(std::string_view text, const LineReader &reader, const char *what);

QString fromUtf8(std::string_view text);

} // namespace eg::align_read
