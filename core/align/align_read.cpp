#include "align/align_read.h"

#include "common/error.h"
#include "kg/utf8.h"

#include <charconv>

namespace eg::align_read {

void readRows(const QString &path, int minFields, int maxFields, Progress &progress, qint64 &base,
              const std::function<void(const Fields &, int, const LineReader &)> &row) {
    const TextFile file(path);
    LineReader reader(file, &progress, base);
    std::string_view line;
    Fields fields;
    while (reader.next(line)) {
        if (!isValidUtf8(line))
            reader.fail(Error::tr("the line is not valid UTF-8"));
        int count = 0;
        size_t start = 0;
        for (;;) {
            const size_t tab = line.find('\t', start);
            const std::string_view field =
                line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
            if (count < MaxFields)
                fields[size_t(count)] = field;
            ++count;
            if (tab == std::string_view::npos)
                break;
            start = tab + 1;
        }
        if (count < minFields || count > maxFields) {
            const QString expected = minFields == maxFields
                                         ? QString::number(minFields)
                                         : QStringLiteral("%1 to %2").arg(minFields).arg(maxFields);
            reader.fail(
                Error::tr("expected %1 TAB-separated fields, found %2").arg(expected).arg(count));
        }
        for (int i = 0; i < count; ++i)
            if (fields[size_t(i)].empty())
                reader.fail(Error::tr("field %1 is empty").arg(i + 1));
        row(fields, count, reader);
    }
    base += file.size();
}

qint64 parseId(std::string_view text, const LineReader &reader, const char *what) {
    qint64 value = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        reader.fail(Error::tr("%1 %2 is not a non-negative integer")
                        .arg(QLatin1String(what), quoteKey(text)));
    return value;
}

QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace eg::align_read
