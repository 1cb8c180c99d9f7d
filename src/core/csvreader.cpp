#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
}

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

CsvReader::CsvReader(const QByteArray &data, char delimiter)
    : m_buffer(data)
    , m_delimiter(delimiter)
    , m_eof(true)
{
}

CsvReader::~CsvReader() = default;

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_device ? m_device->read(ChunkSize) : QByteArray();
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(more);
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool CsvReader::atEnd() const
{
    return hasError() || (m_eof && m_pos >= m_buffer.size());
}

void CsvReader::fail(const QString &message)
{
    m_error = QCoreApplication::translate("CsvReader", "Line %1: %2").arg(m_line).arg(message);
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (m_buffer.size() - m_pos >= 3 && QByteArrayView(m_buffer).sliced(m_pos).startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_hadBom = true;
        }
    }
    if (peek() < 0)
        return false;

    m_recordLine = m_line;
    m_recordInvalid = false;
    m_recordNul = false;
    m_recordLong = false;
    QByteArray field;
    // Appends bytes of the field, up to the maximum size (the rest is dropped and the record marked).
    const auto append = [&](const char *bytes, qsizetype count) {
        qsizetype take = count;
        if (m_maxField > 0 && field.size() + take > m_maxField) {
            m_recordLong = true;
            take = qMax<qsizetype>(0, m_maxField - field.size());
        }
        if (take <= 0)
            return;
        if (std::memchr(bytes, 0, size_t(take)))
            m_recordNul = true;
        field.append(bytes, take);
    };
    for (;;) {
        // One field. The bytes are scanned in the buffer and appended a run at a time.
        field.clear();
        int c = peek();
        if (c == '"') {
            get();
            const qint64 openedOn = m_line;
            bool crAtEnd = false;   // the buffer ended in a CR: a line unless an LF follows
            for (;;) {
                if (m_pos >= m_buffer.size() && !fill()) {
                    m_line = openedOn;
                    fail(QCoreApplication::translate("CsvReader", "a quoted field is not closed before the end of the file."));
                    return false;
                }
                const char *data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype i = m_pos;
                if (crAtEnd && data[i] != '\n')
                    ++m_line;
                crAtEnd = false;
                for (; i < size && data[i] != '"'; ++i) {
                    if (data[i] == '\n')
                        ++m_line;
                    else if (data[i] == '\r') {
                        if (i + 1 == size)
                            crAtEnd = true;
                        else if (data[i + 1] != '\n')
                            ++m_line;
                    }
                }
                append(data + m_pos, i - m_pos);
                m_pos = i;
                if (i == size)
                    continue;   // more of the field in the next chunk
                ++m_pos;        // the quote
                if (peek() == '"') {
                    get();
                    append("\"", 1);
                    continue;
                }
                break;
            }
            c = peek();
            if (c >= 0 && c != m_delimiter && c != '\r' && c != '\n') {
                fail(QCoreApplication::translate("CsvReader", "unexpected text after a closing quote."));
                return false;
            }
        } else {
            for (;;) {
                if (m_pos >= m_buffer.size() && !fill())
                    break;
                const char *data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype i = m_pos;
                for (; i < size; ++i) {
                    const char b = data[i];
                    if (b == m_delimiter || b == '\r' || b == '\n')
                        break;
                    if (b == '"') {
                        fail(QCoreApplication::translate("CsvReader", "a quote inside a field that does not start with a quote."));
                        return false;
                    }
                }
                append(data + m_pos, i - m_pos);
                m_pos = i;
                if (i < size)
                    break;
            }
        }
        fields->append(TextEncodings::decode(field, m_encoding, &m_recordInvalid));
        c = get();
        if (c == m_delimiter)
            continue;
        if (c == '\r') {
            if (peek() == '\n')
                get();
            ++m_line;
        } else if (c == '\n') {
            ++m_line;
        }
        break;   // end of record (or of the input)
    }
    ++m_record;
    return true;
}

CsvDelimiter CsvReader::guessDelimiter(const QByteArray &sample)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : sample) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\r' || c == '\n'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return CsvDelimiter::Tab;
    if (semicolon > comma)
        return CsvDelimiter::Semicolon;
    return CsvDelimiter::Comma;
}

QList<QStringList> CsvReader::readAll(const QByteArray &data, char delimiter, QString *error)
{
    CsvReader reader(data, delimiter);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(&fields))
        records.append(fields);
    if (error)
        *error = reader.errorString();
    return records;
}
