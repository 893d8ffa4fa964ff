#include "threshold/labelled_embeddings.h"

#include "common/error.h"
#include "embed/npy.h"
#include "kg/text_lines.h"

#include <charconv>
#include <cmath>

namespace eg {

namespace {

std::string_view trimmed(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t'))
        field.remove_suffix(1);
    return field;
}

bool parseLabel(std::string_view field, qint32 &label)
{
    field = trimmed(field);
    if (!field.empty() && field.front() == '+')
        field.remove_prefix(1);
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), label);
    return !field.empty() && error == std::errc() && end == field.data() + field.size();
}

bool parseValue(std::string_view field, float &value)
{
    field = trimmed(field);
    if (!field.empty() && field.front() == '+')
        field.remove_prefix(1);
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    return !field.empty() && error == std::errc() && end == field.data() + field.size() &&
           std::isfinite(value);
}

QString shown(std::string_view field)
{
    return quoteKey(trimmed(field));
}

void splitFields(std::string_view line, std::vector<std::string_view> &fields)
{
    fields.clear();
    size_t start = 0;
    for (;;) {
        const size_t comma = line.find(',', start);
        if (comma == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return;
        }
        fields.push_back(line.substr(start, comma - start));
        start = comma + 1;
    }
}

} // namespace

LabelledEmbeddings readLabelledCsv(const QString &path, const ProgressFn &progressFn)
{
    const TextFile file(path);
    Progress progress(progressFn, file.size());
    progress.setStride(1 << 20);
    LineReader reader(file, &progress, 0);
    std::vector<std::string_view> fields;
    std::vector<float> values;
    LabelledEmbeddings result;
    qint64 width = -1;
    bool first = true;
    std::string_view line;
    while (reader.next(line)) {
        splitFields(line, fields);
        qint32 label = 0;
        if (!parseLabel(fields[0], label)) {
            if (first) { // a header line
                first = false;
                continue;
            }
            reader.fail(Error::tr("label %1 is not an integer").arg(shown(fields[0])));
        }
        first = false;
        if (width < 0) {
            width = qint64(fields.size()) - 1;
            if (width < 1)
                reader.fail(Error::tr("expected a label and at least one value"));
        } else if (qint64(fields.size()) - 1 != width) {
            reader.fail(Error::tr("expected %1 values after the label, found %2")
                            .arg(width)
                            .arg(fields.size() - 1));
        }
        for (size_t f = 1; f < fields.size(); ++f) {
            float value = 0.0f;
            if (!parseValue(fields[f], value))
                reader.fail(Error::tr("value %1 in field %2 is not a finite number")
                                .arg(shown(fields[f]))
                                .arg(f + 1));
            values.push_back(value);
        }
        result.labels.push_back(label);
    }
    if (result.labels.empty())
        throw Error(Error::tr("no embeddings (expected lines `label,value,...`)"), path);
    result.embeddings =
        Eigen::Map<const Matrix>(values.data(), qint64(result.labels.size()), width);
    progress.force(file.size());
    return result;
}

std::vector<qint32> readLabelFile(const QString &path, const ProgressFn &progressFn)
{
    const TextFile file(path);
    Progress progress(progressFn, file.size());
    progress.setStride(1 << 20);
    LineReader reader(file, &progress, 0);
    std::vector<qint32> labels;
    std::string_view line;
    while (reader.next(line)) {
        qint32 label = 0;
        if (!parseLabel(line, label))
            reader.fail(Error::tr("label %1 is not an integer").arg(shown(line)));
        labels.push_back(label);
    }
    progress.force(file.size());
    return labels;
}

LabelledEmbeddings readNpyWithLabels(const QString &npyPath, const QString &labelsPath,
                                     const ProgressFn &progress)
{
    LabelledEmbeddings result;
    result.embeddings = readNpy(npyPath);
    result.labels = readLabelFile(labelsPath, progress);
    if (qint64(result.labels.size()) != result.embeddings.rows())
        throw Error(Error::tr("%1 labels for %2 embedding rows in %3")
                        .arg(result.labels.size())
                        .arg(result.embeddings.rows())
                        .arg(npyPath),
                    labelsPath);
    return result;
}

} // namespace eg
