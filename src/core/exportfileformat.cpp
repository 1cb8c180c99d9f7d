#include "exportfileformat.h"

#include <QCoreApplication>

QString ExportFileFormats::code(ExportFileFormat format)
{
    return format == ExportFileFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

bool ExportFileFormats::fromCode(const QString &code, ExportFileFormat *format)
{
    const QString wanted = code.trimmed();
    for (ExportFileFormat f : {ExportFileFormat::Csv, ExportFileFormat::Xlsx}) {
        if (wanted.compare(ExportFileFormats::code(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString ExportFileFormats::label(ExportFileFormat format)
{
    return format == ExportFileFormat::Xlsx ? QCoreApplication::translate("ExportFileFormats", "Excel workbook")
                                            : QCoreApplication::translate("ExportFileFormats", "CSV");
}

QString ExportFileFormats::extension(ExportFileFormat format)
{
    return code(format);
}

ExportFileFormat ExportFileFormats::ofPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFileFormat::Xlsx : ExportFileFormat::Csv;
}

QString ExportFileFormats::fileFilter(ExportFileFormat format)
{
    return format == ExportFileFormat::Xlsx ? QCoreApplication::translate("ExportFileFormats", "Excel workbooks (*.xlsx)")
                                            : QCoreApplication::translate("ExportFileFormats", "CSV files (*.csv)");
}
