#pragma once

#include "csvformat.h"
#include "textencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Reads RFC 4180 records: fields separated by the delimiter, quoted fields may hold the delimiter,
// quotes (doubled) and line breaks; records end with CRLF (LF or a lone CR are accepted too).
// A UTF-8 byte order mark at the start is skipped. Text is decoded as UTF-8.
// Malformed input (a quote inside an unquoted field, text after a closing quote, a quote left
// open at the end) stops reading with an error that names the line.
class CsvReader
{
public:
    // Reads from `device` (opened for reading, not owned).
    explicit CsvReader(QIODevice *device, char delimiter = ',');
    // Reads from bytes in memory.
    explicit CsvReader(const QByteArray &data, char delimiter = ',');
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record into *fields. Returns false at the end of the input or on an error.
    bool readRecord(QStringList *fields);
    bool atEnd() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The 1-based number of the record last read, and the line it started on.
    qint64 recordNumber() const { return m_record; }
    qint64 lineNumber() const { return m_recordLine; }
    bool hadByteOrderMark() const { return m_hadBom; }

    // How fields are decoded (UTF-8 unless set; delimiters and quotes are ASCII in both).
    void setEncoding(TextEncoding encoding) { m_encoding = encoding; }
    TextEncoding encoding() const { return m_encoding; }
    // Fields longer than this many bytes are cut to it and the record marked (recordHadLongField);
    // the reader's memory stays bounded whatever the input. 0 (the default): no limit.
    void setMaxFieldSize(qsizetype bytes) { m_maxField = bytes; }
    // What the record last read held besides its fields: text not valid in the encoding, a NUL
    // byte, a field cut at the maximum size.
    bool recordHadInvalidText() const { return m_recordInvalid; }
    bool recordHadNul() const { return m_recordNul; }
    bool recordHadLongField() const { return m_recordLong; }
    // Bytes consumed so far (for progress), the byte order mark included.
    qint64 bytesRead() const { return m_consumed + m_pos; }

    // The delimiter that splits the first line of `sample` into the most fields (outside quotes);
    // comma when there is no telling.
    static CsvDelimiter guessDelimiter(const QByteArray &sample);
    // Reads every record of `data`; on malformed input returns what was read before and sets *error.
    static QList<QStringList> readAll(const QByteArray &data, char delimiter = ',', QString *error = nullptr);

private:
    int peek();
    int get();
    bool fill();
    void fail(const QString &message);

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    char m_delimiter;
    bool m_started = false;
    bool m_hadBom = false;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_record = 0;
    qint64 m_recordLine = 0;
    QString m_error;
    TextEncoding m_encoding = TextEncoding::Utf8;
    qsizetype m_maxField = 0;
    qint64 m_consumed = 0;
    bool m_recordInvalid = false;
    bool m_recordNul = false;
    bool m_recordLong = false;
};
