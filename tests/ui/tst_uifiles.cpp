// Every forms/*.ui file is in the layout Qt Designer itself writes (QXmlStreamWriter with
// auto-formatting and a one-space indent), so that opening and saving one in Designer changes nothing
// and a diff shows only what was meant.

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <catch2/catch.hpp>

namespace {

QByteArray asDesignerWritesIt(const QByteArray &ui)
{
    QXmlStreamReader reader(ui);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(1);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isWhitespace())
            writer.writeCurrentToken(reader);
    }
    REQUIRE_FALSE(reader.hasError());
    return out;
}

} // namespace

TEST_CASE("ui/Every form file is in the layout Qt Designer writes", "[ui][forms]")
{
    const QDir forms(QStringLiteral(CRM_FORMS_DIR));
    const QStringList files = forms.entryList({QStringLiteral("*.ui")}, QDir::Files);
    REQUIRE(files.size() >= 16);
    for (const QString &name : files) {
        QFile file(forms.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        CAPTURE(name.toStdString());
        CHECK(text == asDesignerWritesIt(text));
    }
}

TEST_CASE("ui/A form file written on one line is not in Designer's layout", "[ui][forms]")
{
    const QByteArray oneLine = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ui version=\"4.0\"><class>X</class>"
                               "<widget class=\"QWidget\" name=\"X\"/></ui>\n";
    CHECK(oneLine != asDesignerWritesIt(oneLine));
    CHECK(asDesignerWritesIt(oneLine) == asDesignerWritesIt(asDesignerWritesIt(oneLine)));
}

TEST_CASE("ui/No form fixes a text colour: error and warning colours come from the palette", "[ui][forms][theme]")
{
    const QDir forms(QStringLiteral(CRM_FORMS_DIR));
    for (const QString &name : forms.entryList({QStringLiteral("*.ui")}, QDir::Files)) {
        QFile file(forms.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CAPTURE(name.toStdString());
        CHECK_FALSE(file.readAll().contains("color: #"));
    }
}
