#include "xlsxwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sys/stat.h>

// libxlsxwriter (not "xlsxwriter.h": that is this class's header).
#include <xlsxwriter/workbook.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadExporter", text);
}

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr double ExcelUnixEpoch = 25569.0;   // 1970-01-01 as an Excel date serial

// Two or four digits at `p`; -1 when not digits.
int digits(const char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// "2026-11-26T23:22:20Z" as seconds since the Unix epoch; false for anything else.
bool parseTimestamp(const char *p, qsizetype size, qint64 *seconds)
{
    if (size != 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != 'Z')
        return false;
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
    if (year < 1900 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    *seconds = (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + hour * 3600 + minute * 60 + second;
    return true;
}

// The length Excel counts (UTF-16 code units) of UTF-8 text, and the byte where it passes `limit`.
qsizetype utf16Length(const char *utf8, qsizetype size, qsizetype limit, qsizetype *cut)
{
    qsizetype units = 0;
    *cut = size;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if ((byte & 0xC0) == 0x80)
            continue;   // a continuation byte
        const qsizetype width = byte >= 0xF0 ? 2 : 1;
        if (units + width > limit && *cut == size)
            *cut = i;
        units += width;
    }
    return units;
}

} // namespace

XlsxWriter::XlsxWriter() : m_zone(QTimeZone::systemTimeZone())
{
}

XlsxWriter::~XlsxWriter()
{
    abandon();
}

QString XlsxWriter::validSheetName(const QString &name)
{
    QString valid;
    for (const QChar c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            valid += u' ';
        else
            valid += c;
    }
    valid = valid.simplified();
    while (valid.startsWith(u'\''))
        valid.remove(0, 1);
    if (valid.size() > MaxSheetNameChars)
        valid.truncate(valid.at(MaxSheetNameChars - 1).isHighSurrogate() ? MaxSheetNameChars - 1 : MaxSheetNameChars);
    while (valid.endsWith(u'\'') || valid.endsWith(u' '))
        valid.chop(1);
    if (valid.isEmpty())
        valid = tr("Leads");
    return valid;
}

Result<void> XlsxWriter::open(const QString &outputPath, const QString &sheetName, const QList<Column> &columns,
                              bool header, qint64 rowsPerSheet)
{
    abandon();
    m_path = outputPath;
    m_sheetName = validSheetName(sheetName);
    m_columns = columns;
    m_header = header;
    m_rowsPerSheet = qBound<qint64>(1, rowsPerSheet, MaxRowsPerSheet);
    m_sheets = 0;
    m_shortened = 0;
    m_error.clear();
    const QFileInfo target(outputPath);
    const QString shown = QDir::toNativeSeparators(outputPath);
    if (columns.isEmpty() || columns.size() > 16384)
        return Failure{tr("Could not create %1: a sheet holds 1 to 16,384 columns.").arg(shown)};
    // A name of our own beside the target: the workbook is renamed over the target at the end.
    {
        QTemporaryFile reserved(target.absolutePath() + u"/." + target.fileName() + u".XXXXXX");
        reserved.setAutoRemove(false);
        if (!reserved.open())
            return Failure{tr("Could not create %1: %2").arg(shown, reserved.errorString())};
        m_tempPath = reserved.fileName();
        // Free again: libxlsxwriter creates it at the end, with the usual permissions.
        reserved.remove();
    }
    // Constant memory keeps its row files in the target's folder (the place with room for the
    // workbook), not in a /tmp that may live in memory.
    QByteArray tmpdir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!m_workbook) {
        QFile::remove(m_tempPath);
        return Failure{tr("Could not create %1.").arg(shown)};
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd hh:mm:ss");
    if (const Result<void> added = addSheet(); !added) {
        abandon();
        return added;
    }
    return {};
}

Result<void> XlsxWriter::addSheet()
{
    ++m_sheets;
    QString name = m_sheetName;
    if (m_sheets > 1) {
        const QString suffix = QStringLiteral(" (%1)").arg(m_sheets);
        name = validSheetName(m_sheetName.left(MaxSheetNameChars - suffix.size())) + suffix;
    }
    m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!m_sheet)
        return Failure{tr("Could not add the sheet \"%1\" to %2.").arg(name, QDir::toNativeSeparators(m_path))};
    // Widths first: in constant-memory mode rows are written for good as they come.
    for (int c = 0; c < m_columns.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_columns.at(c).width, nullptr);
    m_row = 0;
    m_column = 0;
    m_sheetRows = 0;
    if (m_header) {
        worksheet_freeze_panes(m_sheet, 1, 0);
        for (int c = 0; c < m_columns.size(); ++c) {
            const QByteArray label = m_columns.at(c).header.toUtf8();
            if (const lxw_error error = worksheet_write_string(m_sheet, 0, lxw_col_t(c), label.constData(), m_bold))
                fail(error);
        }
        m_row = 1;
    }
    return {};
}

void XlsxWriter::fail(int error)
{
    if (m_error.isEmpty())
        m_error = tr("Could not write %1: %2. Nothing was saved.")
                      .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error))));
}

// Whether the next cell may be written: no error so far; a full sheet continues on a new one.
bool XlsxWriter::nextCell()
{
    if (!m_error.isEmpty() || !m_sheet)
        return false;
    if (m_column == 0 && m_sheetRows >= m_rowsPerSheet) {
        if (m_header && m_row > 0)
            worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
        if (const Result<void> added = addSheet(); !added) {
            m_error = added.error();
            return false;
        }
    }
    return m_column < m_columns.size();
}

void XlsxWriter::writeText(const char *utf8, size_t size)
{
    qsizetype cut = qsizetype(size);
    // Fewer bytes than the limit: fewer characters too.
    if (qsizetype(size) > MaxCellChars && utf16Length(utf8, qsizetype(size), MaxCellChars - 1, &cut) > MaxCellChars) {
        m_text.assign(utf8, size_t(cut));
        m_text += "\u2026";
        ++m_shortened;
    } else {
        m_text.assign(utf8, size);
    }
    if (const lxw_error error = worksheet_write_string(m_sheet, m_row, m_column, m_text.c_str(), nullptr))
        fail(error);
}

void XlsxWriter::writeField(const char *utf8, qsizetype size)
{
    if (nextCell() && size > 0)
        writeText(utf8, size_t(size));
    ++m_column;
}

void XlsxWriter::writeEmptyField()
{
    nextCell();
    ++m_column;
}

void XlsxWriter::writeNumber(double value)
{
    if (nextCell()) {
        if (const lxw_error error = worksheet_write_number(m_sheet, m_row, m_column, value, nullptr))
            fail(error);
    }
    ++m_column;
}

void XlsxWriter::writeTimestamp(const char *utf8, qsizetype size)
{
    qint64 seconds = 0;
    if (!parseTimestamp(utf8, size, &seconds)) {
        writeField(utf8, size);
        return;
    }
    if (nextCell()) {
        // The local offset is looked up once per UTC hour (time zones change on whole hours): a
        // lookup costs microseconds, a million rows hold a few thousand distinct hours.
        const qint64 hour = seconds / 3600;
        auto offset = m_offsets.find(hour);
        if (offset == m_offsets.end())
            offset = m_offsets.emplace(hour, m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC))).first;
        const double serial = ExcelUnixEpoch + double(seconds + offset->second) / double(SecondsPerDay);
        if (const lxw_error error = worksheet_write_number(m_sheet, m_row, m_column, serial, m_date))
            fail(error);
    }
    ++m_column;
}

void XlsxWriter::endRecord()
{
    // A row of blank cells still takes its place.
    if (m_column == 0)
        nextCell();
    m_column = 0;
    ++m_row;
    ++m_sheetRows;
}

Result<void> XlsxWriter::commit()
{
    if (!m_workbook)
        return Failure{tr("Could not write %1.").arg(QDir::toNativeSeparators(m_path))};
    if (!m_error.isEmpty()) {
        const QString error = m_error;
        abandon();
        return Failure{error};
    }
    if (m_header && m_row > 0)
        worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (closed != LXW_NO_ERROR) {
        fail(closed);
        QFile::remove(m_tempPath);
        return Failure{m_error};
    }
    // Leads are personal data: the workbook is the owner's alone (libxlsxwriter made it with the
    // umask's permissions, under a hidden name).
    if (::chmod(QFile::encodeName(m_tempPath).constData(), S_IRUSR | S_IWUSR) != 0
        || std::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(m_tempPath);
        return Failure{tr("Could not write %1: %2. Nothing was saved.").arg(QDir::toNativeSeparators(m_path), reason)};
    }
    m_tempPath.clear();
    return {};
}

void XlsxWriter::abandon()
{
    if (m_workbook)
        lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_tempPath.clear();
}
