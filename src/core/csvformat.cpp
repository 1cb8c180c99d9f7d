#include "csvformat.h"

#include <QCoreApplication>
#include <QLocale>

char CsvFormat::delimiterChar() const
{
    return charOf(delimiter);
}

char CsvFormat::charOf(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Semicolon:
        return ';';
    case CsvDelimiter::Tab:
        return '\t';
    case CsvDelimiter::Comma:
        break;
    }
    return ',';
}

QString CsvFormat::code(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Semicolon:
        return QStringLiteral("semicolon");
    case CsvDelimiter::Tab:
        return QStringLiteral("tab");
    case CsvDelimiter::Comma:
        break;
    }
    return QStringLiteral("comma");
}

bool CsvFormat::fromCode(const QString &code, CsvDelimiter *delimiter)
{
    const QString wanted = code.trimmed();
    for (CsvDelimiter d : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab}) {
        if (wanted.compare(CsvFormat::code(d), Qt::CaseInsensitive) == 0) {
            if (delimiter)
                *delimiter = d;
            return true;
        }
    }
    return false;
}

QString CsvFormat::label(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Semicolon:
        return QCoreApplication::translate("CsvFormat", "Semicolon (;)");
    case CsvDelimiter::Tab:
        return QCoreApplication::translate("CsvFormat", "Tab");
    case CsvDelimiter::Comma:
        break;
    }
    return QCoreApplication::translate("CsvFormat", "Comma (,)");
}

CsvDelimiter CsvFormat::localeDefault()
{
    const QString decimal = QLocale().decimalPoint();
    return decimal == QLatin1String(",") ? CsvDelimiter::Semicolon : CsvDelimiter::Comma;
}
