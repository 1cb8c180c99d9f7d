#pragma once

#include "csvformat.h"
#include "importmapping.h"
#include "result.h"
#include "textencoding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The start of a file to import, as the dialog shows it: the encoding and delimiter found, the
// header row, the first data rows and the mapping guessed from the header. Reads only the start.
struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    QStringList headers;
    QList<QStringList> rows;   // at most the rows asked for
    ImportMapping mapping;     // guessed from the headers

    // Reads `path`; `encoding` and `delimiter` override what would be detected. Fails with a
    // message naming the problem (cannot open, empty file, not text, malformed start).
    static Result<ImportPreview> read(const QString &path, int maxRows = 20,
                                      std::optional<TextEncoding> encoding = std::nullopt,
                                      std::optional<CsvDelimiter> delimiter = std::nullopt);
    // The same from bytes (the file's start).
    static Result<ImportPreview> fromBytes(const QByteArray &start, int maxRows = 20,
                                           std::optional<TextEncoding> encoding = std::nullopt,
                                           std::optional<CsvDelimiter> delimiter = std::nullopt);
};
