#include "importpreview.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportPreview", text);
}

// How much of a file the preview reads.
constexpr qint64 PreviewBytes = 256 * 1024;

} // namespace

Result<ImportPreview> ImportPreview::read(const QString &path, int maxRows, std::optional<TextEncoding> encoding,
                                          std::optional<CsvDelimiter> delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot open %1: %2").arg(path, file.errorString())};
    const QByteArray start = file.read(PreviewBytes);
    if (start.isEmpty() && file.error() != QFileDevice::NoError)
        return Failure{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return fromBytes(start, maxRows, encoding, delimiter);
}

Result<ImportPreview> ImportPreview::fromBytes(const QByteArray &start, int maxRows, std::optional<TextEncoding> encoding,
                                               std::optional<CsvDelimiter> delimiter)
{
    if (start.isEmpty() || start == "\xEF\xBB\xBF")
        return Failure{tr("The file is empty.")};
    // A text file holds no NUL byte; a binary one (a workbook, an image) nearly always has some in
    // its first line. A NUL in a later row rejects that row only (LeadImporter).
    const QByteArrayView head = QByteArrayView(start).first(qMin<qsizetype>(start.size(), 4096));
    const qsizetype lineEnd = head.indexOf('\n');
    if (head.first(lineEnd < 0 ? head.size() : lineEnd).contains('\0') || head.count('\0') > 8)
        return Failure{tr("The file is not a CSV text file (it holds binary data). "
                          "Save it from the spreadsheet program as CSV.")};
    ImportPreview preview;
    preview.encoding = encoding.value_or(TextEncodings::detect(start));
    preview.delimiter = delimiter.value_or(CsvReader::guessDelimiter(start.startsWith("\xEF\xBB\xBF") ? start.mid(3) : start));
    CsvReader reader(start, CsvFormat::charOf(preview.delimiter));
    reader.setEncoding(preview.encoding);
    QStringList fields;
    if (!reader.readRecord(&fields)) {
        if (reader.hasError())
            return Failure{reader.errorString()};
        return Failure{tr("The file is empty.")};
    }
    preview.headers = fields;
    while (preview.rows.size() < maxRows && reader.readRecord(&fields)) {
        // A record cut at the end of what was read is not shown.
        if (reader.atEnd() && start.size() >= PreviewBytes)
            break;
        preview.rows.append(fields);
    }
    preview.mapping = ImportMapping::guess(preview.headers);
    return preview;
}
