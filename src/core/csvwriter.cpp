#include "csvwriter.h"

#include <QStringList>

#include <cstring>

CsvWriter::CsvWriter(const CsvFormat &format)
    : m_format(format)
    , m_delimiter(format.delimiterChar())
{
    std::memset(m_special, 0, sizeof m_special);
    m_special[static_cast<unsigned char>(m_delimiter)] = true;
    m_special[static_cast<unsigned char>('"')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_special[static_cast<unsigned char>('\n')] = true;
    m_buffer.resize(64 * 1024);
}

char *CsvWriter::reserve(qsizetype extra)
{
    const qsizetype needed = m_size + extra;
    if (needed > m_buffer.size()) {
        qsizetype capacity = m_buffer.size() * 2;
        while (capacity < needed)
            capacity *= 2;
        m_buffer.resize(capacity);
    }
    return m_buffer.data() + m_size;
}

void CsvWriter::writeByteOrderMark()
{
    char *out = reserve(3);
    out[0] = '\xEF';
    out[1] = '\xBB';
    out[2] = '\xBF';
    m_size += 3;
    m_recordStart = m_size;
}

void CsvWriter::writeField(const char *utf8, qsizetype size)
{
    // Worst case: delimiter, guard quote, two quotes around, every byte doubled.
    char *out = reserve(2 * size + 4);
    char *const begin = out;
    if (m_fields++ > 0)
        *out++ = m_delimiter;
    const bool guard = m_format.formulaGuard && size > 0 && needsFormulaGuard(QByteArrayView(utf8, size));

    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8);
    qsizetype i = 0;
    // A guarded cell starting with tab or CR must be quoted too (CR always; tab when it delimits).
    while (i < size && !m_special[bytes[i]])
        ++i;
    if (i == size) {
        if (guard)
            *out++ = '\'';
        std::memcpy(out, utf8, static_cast<size_t>(size));
        out += size;
    } else {
        *out++ = '"';
        if (guard)
            *out++ = '\'';
        const char *p = utf8;
        const char *const end = utf8 + size;
        while (p < end) {
            const char *quote = static_cast<const char *>(std::memchr(p, '"', static_cast<size_t>(end - p)));
            const char *stop = quote ? quote + 1 : end;
            std::memcpy(out, p, static_cast<size_t>(stop - p));
            out += stop - p;
            if (quote)
                *out++ = '"';
            p = stop;
        }
        *out++ = '"';
    }
    m_size += out - begin;
}

void CsvWriter::writeField(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    writeField(utf8.constData(), utf8.size());
}

void CsvWriter::writeEmptyField()
{
    char *out = reserve(1);
    if (m_fields++ > 0) {
        *out = m_delimiter;
        ++m_size;
    }
}

void CsvWriter::endRecord()
{
    char *out = reserve(4);
    // A record of one empty field is written as "" so that it is not read as a blank line.
    if (m_fields == 1 && m_size == m_recordStart) {
        *out++ = '"';
        *out++ = '"';
        m_size += 2;
    }
    *out++ = '\r';
    *out = '\n';
    m_size += 2;
    m_recordStart = m_size;
    m_fields = 0;
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        writeField(field);
    endRecord();
}

void CsvWriter::clear()
{
    m_size = 0;
    m_recordStart = 0;
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A plain number after its sign: digits, then at most one '.' followed by digits ("5", "12.50").
bool isPlainNumber(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i == 0)
        return false;
    if (i == text.size())
        return true;
    if (text[i] != '.' || i + 1 == text.size())
        return false;
    for (++i; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

// A phone number after its '+': digits, spaces, dashes, parentheses and dots, starting with a digit
// or '(' and holding at least 7 digits ("7 (900) 123-45-67"). "1-1" or "1.5-2" are sums, not phones.
bool isPhoneNumber(QByteArrayView text)
{
    if (text.isEmpty() || !(isDigit(text.front()) || text.front() == '('))
        return false;
    int digits = 0;
    for (const char c : text) {
        if (isDigit(c))
            ++digits;
        else if (c != ' ' && c != '(' && c != ')' && c != '.' && c != '-')
            return false;
    }
    return digits >= 7;
}

} // namespace

bool CsvWriter::needsFormulaGuard(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    const char first = utf8.front();
    if (first == '=' || first == '@' || first == '\t' || first == '\r')
        return true;
    if (first != '+' && first != '-')
        return false;
    // Only a signed plain number ("-5", "+12.50") or, after '+', a phone number stays as it is.
    const QByteArrayView rest = utf8.sliced(1);
    if (isPlainNumber(rest))
        return false;
    return first == '-' || !isPhoneNumber(rest);
}

QByteArray CsvWriter::record(const QStringList &fields, const CsvFormat &format)
{
    CsvWriter writer(format);
    writer.writeRecord(fields);
    return writer.bytes();
}
