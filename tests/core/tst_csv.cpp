// CSV writer, reader and formula guard (spec section 4).
#include "csvformat.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "utf8repair.h"
#include "exportcolumn.h"

#include <QBuffer>
#include <QLocale>
#include <QStringList>

#include <catch2/catch.hpp>

namespace {

std::string show(const QByteArray &bytes)
{
    return bytes.toStdString();
}

QStringList trickyValues()
{
    return {
        QStringLiteral("plain"),
        QStringLiteral("with \"quotes\" inside"),
        QStringLiteral("\""),
        QStringLiteral("comma, here"),
        QStringLiteral("semi;colon"),
        QStringLiteral("tab\there"),
        QStringLiteral("line\rCR"),
        QStringLiteral("line\nLF"),
        QStringLiteral("line\r\nCRLF"),
        QStringLiteral("\r\n"),
        QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
        QStringLiteral("+7 (900) 123-45-67"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("Привет, мир — «ёлка»"),
        QStringLiteral("emoji 😀👍🏽 and 🇷🇺"),
        QString(10000, u'ж') + QStringLiteral("\"end\""),
        QString(),
        QStringLiteral(" leading and trailing spaces "),
        QStringLiteral("'already quoted"),
    };
}

} // namespace

TEST_CASE("CsvWriter quotes fields per RFC 4180", "[csv]")
{
    CsvFormat format;
    format.formulaGuard = false;
    CHECK(show(CsvWriter::record({"a", "b c", ""}, format)) == "a,b c,\r\n");
    CHECK(show(CsvWriter::record({"a,b", "say \"hi\"", "x\ny", "x\ry"}, format))
          == "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\"\r\n");
    // The delimiter in use decides what must be quoted.
    format.delimiter = CsvDelimiter::Semicolon;
    CHECK(show(CsvWriter::record({"a,b", "c;d"}, format)) == "a,b;\"c;d\"\r\n");
    format.delimiter = CsvDelimiter::Tab;
    CHECK(show(CsvWriter::record({"a;b", "c\td", "e,f"}, format)) == "a;b\t\"c\td\"\te,f\r\n");
    // A record of a single empty field is not a blank line.
    CHECK(show(CsvWriter::record({QString()}, format)) == "\"\"\r\n");
    CHECK(show(CsvWriter::record({QString(), QString()}, format)) == "\t\r\n");
}

TEST_CASE("CsvWriter writes UTF-8 and the byte order mark on request", "[csv]")
{
    CsvWriter writer;
    writer.writeByteOrderMark();
    writer.writeField(QStringLiteral("Ёж"));
    writer.endRecord();
    CHECK(writer.bytes() == QByteArray("\xEF\xBB\xBF\xD0\x81\xD0\xB6\r\n"));
    writer.clear();
    CHECK(writer.size() == 0);
}

TEST_CASE("The formula guard neutralises what a spreadsheet would run", "[csv][guard]")
{
    const QStringList dangerous = {
        "=HYPERLINK(\"http://x\")", "=1+1", "@SUM(A1:A2)", "\tcmd", "\rcmd", "-2+3", "+cmd|' /C calc'!A0",
        "-", "+", "- ", "+A1", "-1e5", "+1,5", "-2*3",
        // Sums dressed as numbers or phones (issue #14, finding 8): a spreadsheet computes them.
        "-1-1", "-1.5-2", "+1-1", "+1.5-2", "-1 -1", "+12-3", "-5.", "-.5", "-1..2", "+1.2.3",
        "+123 456", "-(495) 123-45-67", "-495 123-45-67", "+-1234567", "+ 1234567", "+)1234567",
        "\t+7 900 123 45 67", "\r-5",
    };
    for (const QString &cell : dangerous) {
        INFO(cell.toStdString());
        CHECK(CsvWriter::needsFormulaGuard(cell.toUtf8()));
    }
    const QStringList safe = {
        "+7 (900) 123-45-67", "-5", "-12.50", "+1 555 0100", "(495) 123-45-67", "8-800-555-35-35", "plain",
        "a=b", "1+1", " =not first", "", "'=quoted already", "почта@пример.рф",
        "+5", "-0.75", "+7 900 123 45 67", "+7.900.123.45.67", "+1234567", "+(495) 123-45-67",
    };
    for (const QString &cell : safe) {
        INFO(cell.toStdString());
        CHECK_FALSE(CsvWriter::needsFormulaGuard(cell.toUtf8()));
    }

    CsvFormat format;   // guard on by default
    REQUIRE(format.formulaGuard);
    CHECK(show(CsvWriter::record({"=HYPERLINK(\"http://x\",\"y\")", "-2+3", "+7 (900) 123-45-67", "@a"}, format))
          == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-2+3,+7 (900) 123-45-67,'@a\r\n");
    // A guarded cell that starts with CR is still quoted.
    CHECK(show(CsvWriter::record({"\rx"}, format)) == "\"'\rx\"\r\n");
    format.formulaGuard = false;
    CHECK(show(CsvWriter::record({"=1+1", "-2+3", "@a"}, format)) == "=1+1,-2+3,@a\r\n");
}

TEST_CASE("Tricky values survive a round trip through writer and reader", "[csv][roundtrip]")
{
    const QStringList values = trickyValues();
    for (CsvDelimiter delimiter : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab}) {
        for (bool bom : {false, true}) {
            INFO("delimiter " << CsvFormat::code(delimiter).toStdString() << " bom " << bom);
            CsvFormat format;
            format.delimiter = delimiter;
            format.byteOrderMark = bom;
            format.formulaGuard = false;
            CsvWriter writer(format);
            if (bom)
                writer.writeByteOrderMark();
            // Every value alone in a record, all values in one record, and each value as a column.
            for (const QString &value : values)
                writer.writeRecord({value});
            writer.writeRecord(values);
            QByteArray bytes = writer.bytes();

            QString error;
            const QList<QStringList> records = CsvReader::readAll(bytes, format.delimiterChar(), &error);
            REQUIRE(error.isEmpty());
            REQUIRE(records.size() == values.size() + 1);
            for (int i = 0; i < values.size(); ++i) {
                REQUIRE(records[i].size() == 1);
                CHECK(records[i][0] == values[i]);
            }
            CHECK(records.last() == values);

            // The streaming reader from a device agrees, whatever the read size.
            QBuffer device(&bytes);
            device.open(QIODevice::ReadOnly);
            CsvReader reader(&device, format.delimiterChar());
            QStringList fields;
            int count = 0;
            while (reader.readRecord(&fields))
                ++count;
            CHECK_FALSE(reader.hasError());
            CHECK(count == values.size() + 1);
            CHECK(reader.hadByteOrderMark() == bom);
        }
    }
}

TEST_CASE("The guard's quote is the only change a guarded value gets", "[csv][guard]")
{
    const QStringList values = {"=1+1", "-2+3", "@x", "+7 (900) 123-45-67", "\t=x", "ok"};
    CsvWriter writer;   // guard on
    writer.writeRecord(values);
    const QList<QStringList> records = CsvReader::readAll(writer.bytes());
    REQUIRE(records.size() == 1);
    CHECK(records[0] == QStringList({"'=1+1", "'-2+3", "'@x", "+7 (900) 123-45-67", "'\t=x", "ok"}));
}

TEST_CASE("CsvReader reads what spreadsheet programs write and refuses malformed input", "[csv][reader]")
{
    QString error;
    CHECK(CsvReader::readAll("a,b\nc,d", ',', &error) == QList<QStringList>({{"a", "b"}, {"c", "d"}}));
    CHECK(error.isEmpty());
    CHECK(CsvReader::readAll("a;\"b;c\"\r\n", ';', &error) == QList<QStringList>({{"a", "b;c"}}));
    CHECK(CsvReader::readAll("", ',', &error).isEmpty());
    CHECK(CsvReader::readAll("a,\r\n,b\r\n", ',') == QList<QStringList>({{"a", ""}, {"", "b"}}));

    CsvReader::readAll("a,\"open\r\nb", ',', &error);
    CHECK(error.contains("Line 1"));
    CsvReader::readAll("x\r\na,\"b\"c\r\n", ',', &error);
    CHECK(error.contains("Line 2"));
    CsvReader::readAll("a,b\"c\r\n", ',', &error);
    CHECK_FALSE(error.isEmpty());

    CHECK(CsvReader::guessDelimiter("name;source;\"a,b,c,d\"\r\n") == CsvDelimiter::Semicolon);
    CHECK(CsvReader::guessDelimiter("name\tsource\r\n") == CsvDelimiter::Tab);
    CHECK(CsvReader::guessDelimiter("name,source\r\n") == CsvDelimiter::Comma);
}

// The reader scans its buffer a run of bytes at a time and reads from a device 64 KB at a time:
// whatever byte falls last in a chunk (a quote, a doubled quote, a CR before an LF, a lone CR, a
// NUL, a delimiter), it reads the same records, line numbers and marks as from memory at once.
TEST_CASE("CsvReader reads a device the same as memory, whatever byte ends a chunk", "[csv][reader]")
{
    static const char raw[] = "\"quoted, \"\"twice\"\"\r\nline\rlone\nlf\",plain,\"\"\r\n"
                              "nul\0here,\"a\r\",\"\"\"\"\rlast,x\n\"end\"\r\nbad\"quote\r\n";
    const QByteArray tail(raw, sizeof raw - 1);
    constexpr int Chunk = 64 * 1024;
    for (int pad = Chunk - int(tail.size()) - 4; pad <= Chunk + 2; ++pad) {
        INFO("pad " << pad);
        QByteArray bytes = QByteArray(pad, 'p') + "\r\n" + tail;
        const auto readFrom = [&](CsvReader &reader) {
            reader.setMaxFieldSize(Chunk + 1);
            QStringList out;
            QStringList fields;
            while (reader.readRecord(&fields)) {
                out << QString::number(reader.lineNumber()) + (reader.recordHadNul() ? u'N' : u'-')
                        + (reader.recordHadLongField() ? u'L' : u'-') + fields.join(u'|').right(200);
            }
            out << reader.errorString();
            return out;
        };
        CsvReader memory(bytes);
        const QStringList expected = readFrom(memory);
        REQUIRE(expected.size() == 6);   // five records, then the error of the sixth
        CHECK(expected[1] == QStringLiteral("2--quoted, \"twice\"\r\nline\rlone\nlf|plain|"));
        CHECK(expected[2] == QStringLiteral("6N-nul").append(QChar(0)).append(QStringLiteral("here|a\r|\"")));
        CHECK(expected[3] == QStringLiteral("8--last|x"));
        CHECK(expected[4] == QStringLiteral("9--end"));
        CHECK(expected[5].contains(QStringLiteral("Line 10")));
        CHECK(expected[0].at(2) == (pad > Chunk + 1 ? u'L' : u'-'));
        QBuffer device(&bytes);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader streamed(&device);
        CHECK(readFrom(streamed) == expected);
    }
}

TEST_CASE("Delimiter codes and the locale default", "[csv]")
{
    CsvDelimiter d;
    CHECK(CsvFormat::fromCode(" Semicolon ", &d));
    CHECK(d == CsvDelimiter::Semicolon);
    CHECK(CsvFormat::fromCode("tab", &d));
    CHECK(d == CsvDelimiter::Tab);
    CHECK_FALSE(CsvFormat::fromCode("pipe", &d));
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    CHECK(CsvFormat::localeDefault() == CsvDelimiter::Semicolon);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(CsvFormat::localeDefault() == CsvDelimiter::Comma);
    QLocale::setDefault(saved);
}

TEST_CASE("Export columns have stable codes and labels", "[csv][columns]")
{
    const QList<ExportColumn> all = ExportColumns::all();
    CHECK(all.size() == ExportColumnCount);
    QStringList codes;
    for (ExportColumn column : all) {
        CHECK_FALSE(ExportColumns::label(column).isEmpty());
        ExportColumn back;
        REQUIRE(ExportColumns::fromCode(ExportColumns::code(column), &back));
        CHECK(back == column);
        codes.append(ExportColumns::code(column));
    }
    CHECK(codes.removeDuplicates() == 0);
    CHECK(ExportColumns::code(ExportColumns::ofField(LeadField::CompanyTin)) == "company_tin");
    CHECK(ExportColumns::ofField(LeadField::Channel) == ExportColumns::ofField(LeadField::Channel));
    // The list's columns export under the list's own codes.
    for (LeadListColumn column : LeadListColumns::all())
        CHECK(ExportColumns::code(ExportColumns::ofListColumn(column)) == LeadListColumns::code(column));

    QList<ExportColumn> parsed;
    QString error;
    REQUIRE(ExportColumns::fromCodes("name, owner,STATE", &parsed, &error));
    CHECK(parsed == QList<ExportColumn>({ExportColumns::ofField(LeadField::Name), ExportColumns::ofField(LeadField::Owner), ExportColumn::State}));
    CHECK_FALSE(ExportColumns::fromCodes("name,colour", &parsed, &error));
    CHECK(error.contains("colour"));
}

TEST_CASE("Text that is not clean UTF-8 is repaired with U+FFFD, clean text is left alone", "[csv][utf8]")
{
    // Issue #14, finding 7.
    using Target = Utf8Repair::Target;
    const auto repaired = [](const QByteArray &bytes, Target target = Target::Text) {
        return Utf8Repair::repaired(bytes.constData(), bytes.size(), target);
    };
    const auto needs = [](const QByteArray &bytes, Target target = Target::Text) {
        return Utf8Repair::needsRepair(bytes.constData(), bytes.size(), target);
    };
    const QList<QByteArray> clean = {
        "", "plain", "tab\there\r\nnew line", "\x01 controls \x1F stay in CSV", "Съешь ещё", "😀 👍🏽",
        "\xEF\xBF\xBD already a replacement", "\xF4\x8F\xBF\xBF (U+10FFFF)", "\xED\x9F\xBF (U+D7FF)",
    };
    for (const QByteArray &bytes : clean) {
        INFO(bytes.toHex().toStdString());
        CHECK_FALSE(needs(bytes));
    }
    const QByteArray fffd = "\xEF\xBF\xBD";
    CHECK(needs(QByteArray("a\0b", 3)));
    CHECK(repaired(QByteArray("a\0b", 3)) == "a" + fffd + "b");
    CHECK(needs("A\xFF" "B"));
    CHECK(repaired("A\xFF" "B") == "A" + fffd + "B");
    const QList<QByteArray> broken = {
        "\xC0\xAF",           // overlong '/'
        "\xE0\x80\xAF",       // overlong
        "\xED\xA0\x80",       // a UTF-16 surrogate
        "\xF4\x90\x80\x80",   // above U+10FFFF
        "\xD0",               // cut short at the end
        "\xD0 x",             // cut short
        "\x80",               // a lone continuation byte
        "\xFE\xFF",
    };
    for (const QByteArray &bytes : broken) {
        INFO(bytes.toHex().toStdString());
        CHECK(needs(bytes));
        const QByteArray fixed = repaired(bytes);
        CHECK(fixed.contains(fffd));
        CHECK_FALSE(needs(fixed));
        CHECK(QString::fromUtf8(fixed).toUtf8() == fixed);
    }
    // A workbook's XML also takes no U+FFFE or U+FFFF (valid UTF-8, but not XML characters).
    CHECK_FALSE(needs("\xEF\xBF\xBE"));
    CHECK(needs("\xEF\xBF\xBE", Target::Xml));
    CHECK(repaired("x\xEF\xBF\xBFy", Target::Xml) == "x" + fffd + "y");
    CHECK_FALSE(needs("\x01 escaped by the workbook", Target::Xml));
}
