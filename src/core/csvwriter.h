#pragma once

#include "csvformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <QStringList>

// Writes RFC 4180 records into a byte buffer: a field holding the delimiter, a quote, CR or LF
// is quoted with its quotes doubled, records end with CRLF, text is UTF-8. With the formula guard
// on, a cell a spreadsheet would run as a formula gets a single quote in front (OWASP's CSV
// injection advice). Fast: fields are appended as bytes, no allocation per cell.
//
//     CsvWriter csv(format);
//     csv.writeField("a"); csv.writeField(u"b"_s); csv.endRecord();
//     file.write(csv.data(), csv.size()); csv.clear();
class CsvWriter
{
public:
    explicit CsvWriter(const CsvFormat &format = CsvFormat());

    const CsvFormat &format() const { return m_format; }

    // Appends the UTF-8 byte order mark (EF BB BF) whether or not the format asks for one;
    // callers write it once, at the start of a file, when format().byteOrderMark is set.
    void writeByteOrderMark();
    // Appends one field of UTF-8 text, preceded by the delimiter unless it is the record's first.
    void writeField(const char *utf8, qsizetype size);
    void writeField(QByteArrayView utf8) { writeField(utf8.data(), utf8.size()); }
    void writeField(const QByteArray &utf8) { writeField(utf8.constData(), utf8.size()); }
    void writeField(const char *utf8) { writeField(QByteArrayView(utf8)); }
    void writeField(const QString &text);
    // Appends an empty field.
    void writeEmptyField();
    // Ends the current record with CRLF.
    void endRecord();
    // writeField for each value, then endRecord.
    void writeRecord(const QStringList &fields);

    const char *data() const { return m_buffer.constData(); }
    qsizetype size() const { return m_size; }
    QByteArray bytes() const { return QByteArray(m_buffer.constData(), m_size); }
    // Forgets the buffered bytes (keeps the capacity); the record in progress continues.
    void clear();

    // True when the formula guard would put a quote in front of this UTF-8 cell: it starts with
    // '=', '@', tab or CR, or with '+' or '-' that is not a signed plain number ("-5", "+12.50") or,
    // after '+', a phone number (digits, spaces, parentheses, dots and dashes, at least 7 digits):
    // "-1-1" and "-1.5-2" are guarded.
    static bool needsFormulaGuard(QByteArrayView utf8);
    // One record as text, for tests and small outputs: "a,\"b,c\"\r\n".
    static QByteArray record(const QStringList &fields, const CsvFormat &format = CsvFormat());

private:
    char *reserve(qsizetype extra);

    CsvFormat m_format;
    char m_delimiter;
    bool m_special[256];
    QByteArray m_buffer;
    qsizetype m_size = 0;
    qsizetype m_recordStart = 0;
    int m_fields = 0;
};
