// LeadExporter to an Excel workbook (issue #12): typed cells read back by openpyxl.
#include "catchqtstring.h"
#include "exportfixture.h"
#include "leadexporter.h"
#include "leadstate.h"
#include "timestamps.h"
#include "xlsxread.h"
#include "xlsxwriter.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace {

QString textOf(const QJsonArray &cell)
{
    return cell.at(1).toString();
}

QString typeOf(const QJsonArray &cell)
{
    return cell.at(0).toString();
}

// What a spreadsheet shows for a stored UTC timestamp: the local time.
QString localTime(const QString &stored)
{
    return Timestamps::parse(stored).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<ExportColumn> typedColumns()
{
    return {ExportColumn::Number,
            ExportColumns::ofField(LeadField::Name),
            ExportColumns::ofField(LeadField::Description),
            ExportColumns::ofField(LeadField::CompanyTin),
            ExportColumns::ofField(LeadField::ContactPhone),
            ExportColumns::ofField(LeadField::NewCompany),
            ExportColumn::State,
            ExportColumn::Created,
            ExportColumn::Updated};
}

} // namespace

TEST_CASE("A workbook keeps text as text, numbers as numbers and times as dates", "[export][xlsx]")
{
    ExportFixture f;
    const QStringList values = {
        QStringLiteral("0214188399"),
        QStringLiteral("+7 495 123-45-67"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("+SUM(A1:A2)"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("line one\nline two"),
        QStringLiteral("line one\r\nline two"),
        QStringLiteral("😀 emoji 👍🏽 🇷🇺 Съешь же ещё"),
        QStringLiteral("00042"),
        QStringLiteral("1e5"),
        QString(XlsxWriter::MaxCellChars, u'x'),
    };
    for (const QString &value : values) {
        const qint64 id = f.addLead(f.ids.size() % 2 == 0);
        f.setText(id, QStringLiteral("name"), value);
        f.setText(id, QStringLiteral("description"), value);
        f.setText(id, QStringLiteral("company_tin"), QStringLiteral("0214188399"));
        f.setText(id, QStringLiteral("contact_phone"), QStringLiteral("+7 495 123-45-67"));
    }
    LeadExportRequest request = f.request(QStringLiteral("leads.xlsx"));
    request.fileFormat = ExportFileFormat::Xlsx;
    request.columns = typedColumns();
    LeadExporter exporter;
    INFO(exporter.errorString().toStdString());
    REQUIRE(exporter.run(request));
    CHECK(exporter.rowsWritten() == values.size());
    CHECK(exporter.sheetsWritten() == 1);
    CHECK(exporter.notes().isEmpty());
    // Nothing but the workbook is left in the folder (no temporary files).
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("leads.xlsx*"), QStringLiteral(".leads.xlsx*")},
                                       QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("leads.xlsx")});

    const QJsonArray sheets = readWorkbook(request.outputPath);
    REQUIRE(sheets.size() == 1);
    const QJsonObject sheet = sheets.at(0).toObject();
    CHECK(sheet.value("title").toString() == QStringLiteral("Leads"));
    CHECK(sheet.value("freeze").toString() == QStringLiteral("A2"));
    CHECK(sheet.value("filter").toString() == QStringLiteral("A1:I%1").arg(values.size() + 1));
    CHECK(sheet.value("rows").toArray().size() == values.size() + 1);

    const QStringList header = {"Number", "Name", "Description", "Company TIN", "Contact phone", "New company",
                                "State", "Created", "Updated"};
    for (int c = 0; c < header.size(); ++c) {
        const QJsonArray cell = workbookCell(sheet, 0, c);
        CHECK(typeOf(cell) == QStringLiteral("s"));
        CHECK(textOf(cell) == header[c]);
        CHECK(cell.at(2).toBool());   // bold
    }
    for (int i = 0; i < values.size(); ++i) {
        INFO("row " << i);
        const int row = i + 1;
        CHECK(typeOf(workbookCell(sheet, row, 0)) == QStringLiteral("n"));
        CHECK(workbookCell(sheet, row, 0).at(1).toInteger() == f.ids[i]);
        CHECK_FALSE(workbookCell(sheet, row, 1).at(2).toBool());
        for (int c : {1, 2}) {
            const QJsonArray cell = workbookCell(sheet, row, c);
            INFO("read " << textOf(cell).left(60).toStdString() << " wanted " << values[i].left(60).toStdString());
            CHECK(typeOf(cell) == QStringLiteral("s"));   // never "f": no formula, no guard quote
            CHECK(textOf(cell) == values[i]);
        }
        CHECK(typeOf(workbookCell(sheet, row, 3)) == QStringLiteral("s"));
        CHECK(textOf(workbookCell(sheet, row, 3)) == QStringLiteral("0214188399"));
        CHECK(typeOf(workbookCell(sheet, row, 4)) == QStringLiteral("s"));
        CHECK(textOf(workbookCell(sheet, row, 4)) == QStringLiteral("+7 495 123-45-67"));
        CHECK(textOf(workbookCell(sheet, row, 5)) == (i % 2 == 0 ? QStringLiteral("No") : QStringLiteral("Yes")));
        INFO("state " << textOf(workbookCell(sheet, row, 6)).toStdString());
        CHECK(textOf(workbookCell(sheet, row, 6)) == LeadStates::label(i % 2 == 0 ? LeadState::Assigned : LeadState::New));
        for (int c : {7, 8}) {
            const QJsonArray cell = workbookCell(sheet, row, c);
            CHECK(typeOf(cell) == QStringLiteral("d"));
            CHECK(textOf(cell) == localTime(f.stored(f.ids[i], c == 7 ? QStringLiteral("created_at") : QStringLiteral("updated_at"))));
        }
    }
}

TEST_CASE("Text longer than a cell holds is cut to 32,767 characters with a note", "[export][xlsx]")
{
    ExportFixture f;
    const qint64 id = f.addLead(false);
    f.setText(id, QStringLiteral("description"), QString(40000, u'ю'));
    LeadExportRequest request = f.request(QStringLiteral("long.xlsx"));
    request.fileFormat = ExportFileFormat::Xlsx;
    request.columns = {ExportColumn::Number, ExportColumns::ofField(LeadField::Description)};
    LeadExporter exporter;
    REQUIRE(exporter.run(request));
    REQUIRE(exporter.notes().size() == 1);
    CHECK(exporter.notes().at(0).contains(QStringLiteral("32,767")));
    const QJsonObject sheet = readWorkbook(request.outputPath).at(0).toObject();
    const QString cut = textOf(workbookCell(sheet, 1, 1));
    CHECK(cut.size() == XlsxWriter::MaxCellChars);
    CHECK(cut == QString(XlsxWriter::MaxCellChars - 1, u'ю') + QStringLiteral("…"));
}

TEST_CASE("Rows beyond a sheet's limit go on in the next sheet under the same header", "[export][xlsx]")
{
    ExportFixture f;
    for (int i = 0; i < 7; ++i)
        f.addLead(false);
    LeadExportRequest request = f.request(QStringLiteral("sheets.xlsx"));
    request.fileFormat = ExportFileFormat::Xlsx;
    request.columns = {ExportColumn::Number, ExportColumns::ofField(LeadField::Name)};
    request.scope = ExportScope::SelectedLeads;
    request.leadIds = f.ids;
    request.sheetName = QStringLiteral("Moscow: [hot] leads? of the week/month*");
    request.rowsPerSheet = 3;
    LeadExporter exporter;
    REQUIRE(exporter.run(request));
    CHECK(exporter.sheetsWritten() == 3);
    const QJsonArray sheets = readWorkbook(request.outputPath);
    REQUIRE(sheets.size() == 3);
    QList<qint64> numbers;
    for (int s = 0; s < 3; ++s) {
        INFO("sheet " << s);
        const QJsonObject sheet = sheets.at(s).toObject();
        const QString title = sheet.value("title").toString();
        CHECK(title.size() <= 31);
        CHECK(title.startsWith(QStringLiteral("Moscow")));
        if (s > 0)
            CHECK(title.endsWith(QStringLiteral(" (%1)").arg(s + 1)));
        CHECK(sheet.value("freeze").toString() == QStringLiteral("A2"));
        const int rows = s < 2 ? 3 : 1;
        CHECK(sheet.value("filter").toString() == QStringLiteral("A1:B%1").arg(rows + 1));
        REQUIRE(sheet.value("rows").toArray().size() == rows + 1);
        CHECK(textOf(workbookCell(sheet, 0, 0)) == QStringLiteral("Number"));
        CHECK(textOf(workbookCell(sheet, 0, 1)) == QStringLiteral("Name"));
        for (int r = 1; r <= rows; ++r)
            numbers.append(workbookCell(sheet, r, 0).at(1).toInteger());
    }
    CHECK(numbers == f.ids);
}

TEST_CASE("Sheet names are made valid for Excel", "[export][xlsx]")
{
    CHECK(XlsxWriter::validSheetName(QStringLiteral("a[b]c:d*e?f/g\\h")) == QStringLiteral("a b c d e f g h"));
    CHECK(XlsxWriter::validSheetName(QStringLiteral("'quoted'")) == QStringLiteral("quoted"));
    CHECK(XlsxWriter::validSheetName(QString(40, u'Я')) == QString(31, u'Я'));
    CHECK(XlsxWriter::validSheetName(QStringLiteral(" :: ")) == QStringLiteral("Leads"));
}

TEST_CASE("A cancelled or failed workbook leaves nothing behind and keeps an existing file", "[export][xlsx][cancel]")
{
    ExportFixture f;
    for (int i = 0; i < 5000; ++i)
        f.addLead(i % 2 == 0);
    const QString out = f.dir.file(QStringLiteral("leads.xlsx"));
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const QStringList before = QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden);
    LeadExportRequest request = f.request(QStringLiteral("leads.xlsx"));
    request.fileFormat = ExportFileFormat::Xlsx;
    LeadExporter exporter;
    int calls = 0;
    exporter.setProgressFunction([&](qint64, qint64) {
        if (++calls == 1)
            exporter.cancel();
    });
    CHECK_FALSE(exporter.run(request));
    CHECK(exporter.wasCanceled());
    CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden) == before);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "precious");

    // Standard output cannot take a workbook.
    request.outputPath = QStringLiteral("-");
    LeadExporter toStdout;
    CHECK_FALSE(toStdout.run(request));
    CHECK(toStdout.errorString().contains(QStringLiteral("standard output")));
}

TEST_CASE("A workbook gets U+FFFD for stored bytes that are not UTF-8 text and stays valid XML", "[export][xlsx][utf8]")
{
    // Issue #14, finding 7. Only SQLite stores such text (CAST(x'..' AS TEXT) takes any bytes);
    // PostgreSQL refuses invalid UTF-8 and NUL in text at the door, so there only U+FFFE is tried.
    ExportFixture f;
    const qint64 id = f.addLead(false);
    const bool sqlite = !f.test.isPostgreSqlDatabase();
    QSqlQuery query(f.database.connection());
    // U+FFFE (EF BF BE) is valid UTF-8 that XML does not allow; a control character is escaped.
    REQUIRE(query.prepare(sqlite ? QStringLiteral("UPDATE leads SET name = CAST(x'41ff42' AS TEXT), "
                                                  "description = CAST(x'610062' AS TEXT), "
                                                  "city = CAST(x'78efbfbe7901' AS TEXT) WHERE id = ?")
                                 : QStringLiteral("UPDATE leads SET city = 'x' || chr(65534) || 'y' || chr(1) "
                                                  "WHERE id = ?")));
    query.addBindValue(id);
    REQUIRE(query.exec());
    LeadExportRequest request = f.request(QStringLiteral("bytes.xlsx"));
    request.fileFormat = ExportFileFormat::Xlsx;
    request.columns = {ExportColumn::Number, ExportColumns::ofField(LeadField::Name),
                       ExportColumns::ofField(LeadField::Description), ExportColumns::ofField(LeadField::City)};
    LeadExporter exporter;
    INFO(exporter.errorString().toStdString());
    REQUIRE(exporter.run(request));
    REQUIRE(exporter.notes().size() == 1);
    CHECK(exporter.notes().at(0).startsWith(QStringLiteral("%1 value(s) held stored bytes").arg(sqlite ? 3 : 1)));
    // openpyxl reads it: well-formed XML.
    const QJsonObject sheet = readWorkbook(request.outputPath).at(0).toObject();
    if (sqlite) {
        CHECK(textOf(workbookCell(sheet, 1, 1)) == QStringLiteral("A\uFFFDB"));
        CHECK(textOf(workbookCell(sheet, 1, 2)) == QStringLiteral("a\uFFFDb"));
    }
    CHECK(textOf(workbookCell(sheet, 1, 3)) == QStringLiteral("x\uFFFDy\u0001"));
}
