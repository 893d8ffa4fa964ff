#include "embed/npy.h"

#include "common/error.h"

#include <QtEndian>

#include <bit>
#include <limits>

// The .npy header: magic, version, length and the Python dict literal that describes the array.

namespace eg {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr qsizetype kMagicSize = 6;
constexpr qint64 kMaxDimension = qint64(1) << 48; // far beyond any array that fits in memory

// One value of the header dictionary: a string, a boolean or a tuple of integers.
struct HeaderValue
{
    enum Kind { String, Bool, Tuple } kind = String;
    QByteArray text;
    bool flag = false;
    std::vector<qint64> ints;
};

// Recursive-descent reader for the Python dict literal of an .npy header, e.g.
// {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }
class HeaderParser
{
public:
    HeaderParser(QByteArrayView text, const QString &name)
        : m_text(text)
        , m_name(name)
    {
    }

    void parse(NpyHeader &out)
    {
        bool haveDescr = false, haveOrder = false, haveShape = false;
        expect('{');
        while (true) {
            skipSpace();
            if (peek() == '}')
                break;
            if (peek() != '\'' && peek() != '"')
                fail(Error::tr("expected a quoted key or '}'"));
            const QByteArray key = parseString();
            expect(':');
            const HeaderValue value = parseValue();
            if (key == "descr") {
                if (haveDescr)
                    fail(Error::tr("key 'descr' appears twice"));
                haveDescr = true;
                if (value.kind != HeaderValue::String)
                    fail(Error::tr("'descr' is not a string"));
                parseDescr(value.text, out);
            } else if (key == "fortran_order") {
                if (haveOrder)
                    fail(Error::tr("key 'fortran_order' appears twice"));
                haveOrder = true;
                if (value.kind != HeaderValue::Bool)
                    fail(Error::tr("'fortran_order' is not True or False"));
                out.fortranOrder = value.flag;
            } else if (key == "shape") {
                if (haveShape)
                    fail(Error::tr("key 'shape' appears twice"));
                haveShape = true;
                if (value.kind != HeaderValue::Tuple)
                    fail(Error::tr("'shape' is not a tuple of integers"));
                out.shape = value.ints;
            } else {
                fail(Error::tr("unexpected key '%1'").arg(QString::fromUtf8(key)));
            }
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() != '}')
                fail(Error::tr("expected ',' or '}'"));
        }
        ++m_pos; // '}'
        skipSpace();
        if (m_pos != m_text.size())
            fail(Error::tr("unexpected text after the closing '}'"));
        if (!haveDescr || !haveOrder || !haveShape)
            fail(Error::tr("missing key '%1'")
                     .arg(QLatin1String(!haveDescr   ? "descr"
                                        : !haveOrder ? "fortran_order"
                                                     : "shape")));
    }

private:
    [[noreturn]] void fail(const QString &what) const
    {
        QString shown;
        for (char c : m_text.first(qMin<qsizetype>(m_text.size(), 160))) {
            if (uchar(c) >= 0x20 && uchar(c) < 0x7f)
                shown += QLatin1Char(c);
            else
                shown += QStringLiteral("\\x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
        }
        throw Error(Error::tr("malformed .npy header: %1 at header offset %2 (header: %3)")
                        .arg(what, QString::number(m_pos), shown),
                    m_name);
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\t' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    void expect(char c)
    {
        skipSpace();
        if (peek() != c)
            fail(Error::tr("expected '%1'").arg(QLatin1Char(c)));
        ++m_pos;
    }

    QByteArray parseString()
    {
        const char quote = m_text[m_pos++];
        QByteArray s;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            s += m_text[m_pos++];
        }
        if (m_pos >= m_text.size())
            fail(Error::tr("unterminated string"));
        ++m_pos;
        return s;
    }

    qint64 parseInt()
    {
        skipSpace();
        if (peek() < '0' || peek() > '9')
            fail(Error::tr("expected a non-negative integer"));
        qint64 v = 0;
        while (peek() >= '0' && peek() <= '9') {
            v = v * 10 + (m_text[m_pos++] - '0');
            if (v > kMaxDimension)
                fail(Error::tr("dimension too large"));
        }
        if (peek() == 'L' || peek() == 'l') // Python 2 long literal: (3L, 4L)
            ++m_pos;
        return v;
    }

    HeaderValue parseValue()
    {
        skipSpace();
        HeaderValue v;
        const char c = peek();
        if (c == '\'' || c == '"') {
            v.text = parseString();
        } else if (c == '(') {
            ++m_pos;
            v.kind = HeaderValue::Tuple;
            skipSpace();
            while (peek() != ')') {
                v.ints.push_back(parseInt());
                skipSpace();
                if (peek() == ',')
                    ++m_pos;
                else if (peek() != ')')
                    fail(Error::tr("expected ',' or ')' in the shape"));
                skipSpace();
            }
            ++m_pos;
        } else if (c == '[') {
            fail(Error::tr("structured (record) dtypes are not supported"));
        } else {
            const qsizetype start = m_pos;
            while ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z'))
                ++m_pos;
            const QByteArrayView word = m_text.sliced(start, m_pos - start);
            if (word != "True" && word != "False") {
                m_pos = start;
                fail(Error::tr("expected a string, True, False or a tuple"));
            }
            v.kind = HeaderValue::Bool;
            v.flag = word == "True";
        }
        return v;
    }

    void parseDescr(const QByteArray &descr, NpyHeader &out) const
    {
        qsizetype i = 0;
        char order = std::endian::native == std::endian::little ? '<' : '>';
        if (!descr.isEmpty() && (descr[0] == '<' || descr[0] == '>' || descr[0] == '=')) {
            if (descr[0] != '=')
                order = descr[0];
            i = 1;
        }
        const QByteArray rest = descr.mid(i);
        if (rest == "f4" || rest == "f8" || rest == "c8" || rest == "c16") {
            out.byteOrder = order;
            out.kind = rest[0];
            out.itemBytes = rest.mid(1).toInt();
            return;
        }
        throw Error(Error::tr("unsupported .npy dtype '%1' (float32 '<f4', float64 '<f8', "
                              "complex64 '<c8' or complex128 '<c16' expected)")
                        .arg(QString::fromUtf8(descr)),
                    m_name);
    }

    QByteArrayView m_text;
    const QString &m_name;
    qsizetype m_pos = 0;
};

} // namespace

qint64 NpyHeader::dataBytes() const
{
    qint64 count = 1;
    for (qint64 d : shape) {
        if (d != 0 && count > (std::numeric_limits<qint64>::max() / itemBytes) / d)
            return -1;
        count *= d;
    }
    return count * itemBytes;
}

NpyHeader parseNpyHeader(QByteArrayView bytes, const QString &name)
{
    if (!bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        throw Error(Error::tr("not an .npy file (it does not start with \\x93NUMPY)"), name);
    if (bytes.size() < 10)
        throw Error(Error::tr("truncated .npy header"), name);
    NpyHeader h;
    h.majorVersion = uchar(bytes[6]);
    h.minorVersion = uchar(bytes[7]);
    qsizetype prefix = 10;
    qint64 length = 0;
    if (h.majorVersion == 1) {
        length = qFromLittleEndian<quint16>(bytes.data() + 8);
    } else if (h.majorVersion == 2 || h.majorVersion == 3) {
        if (bytes.size() < 12)
            throw Error(Error::tr("truncated .npy header"), name);
        prefix = 12;
        length = qFromLittleEndian<quint32>(bytes.data() + 8);
    } else {
        throw Error(Error::tr("unsupported .npy format version %1.%2 (1.0, 2.0 and 3.0 "
                              "are known)")
                        .arg(h.majorVersion)
                        .arg(h.minorVersion),
                    name);
    }
    if (bytes.size() - prefix < length)
        throw Error(Error::tr("truncated .npy header (declares %1 bytes, %2 present)")
                        .arg(length)
                        .arg(bytes.size() - prefix),
                    name);
    h.dataOffset = prefix + length;
    // Version 3.0 only differs in allowing UTF-8 in the header; the keys we read are ASCII.
    HeaderParser(bytes.sliced(prefix, length), name).parse(h);
    return h;
}

} // namespace eg
