// Error and warning text keeps its contrast in a light and in a dark theme (issue #15): the colours
// come from the palette, and a dialog's error line takes them from the palette it is shown in.
#include "dialogparts.h"
#include "statuscolors.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

#include <catch2/catch.hpp>

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return dark;
}

} // namespace

TEST_CASE("ui/Error and warning colours read well on light, dark and odd windows", "[ui][theme]")
{
    QList<QPalette> palettes{QApplication::style()->standardPalette(), darkPalette()};
    for (const QColor window : {QColor(0x80, 0x80, 0x80), QColor(0x5a, 0x3a, 0x3a), QColor(0xff, 0xff, 0xff), QColor(0, 0, 0)}) {
        QPalette odd;
        odd.setColor(QPalette::Window, window);
        palettes << odd;
    }
    for (const QPalette &palette : palettes) {
        const QColor window = palette.color(QPalette::Window);
        CAPTURE(window.name().toStdString());
        for (StatusColors::Tone tone : {StatusColors::Tone::Error, StatusColors::Tone::Warning}) {
            const QColor text = StatusColors::color(tone, palette);
            CAPTURE(text.name().toStdString());
            CHECK(StatusColors::contrast(text, window) >= 4.5);
        }
    }
    // The error colour differs between the themes: not one fixed colour for both.
    CHECK(StatusColors::color(StatusColors::Tone::Error, palettes.at(0))
          != StatusColors::color(StatusColors::Tone::Error, palettes.at(1)));
    CHECK(StatusColors::contrast(Qt::black, Qt::white) == Approx(21.0));
}

TEST_CASE("ui/A dialog's error line takes its colour from the theme it is shown in", "[ui][theme]")
{
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        QWidget window;
        window.setPalette(palette);
        auto *layout = new QVBoxLayout(&window);
        auto *error = new QLabel(&window);
        layout->addWidget(error);
        DialogParts::showError(error, QStringLiteral("Owner: choose an employee."));
        const QColor text = error->palette().color(QPalette::WindowText);
        CAPTURE(text.name().toStdString());
        CHECK(text != palette.color(QPalette::WindowText));   // marked as an error
        CHECK(StatusColors::contrast(text, palette.color(QPalette::Window)) >= 4.5);
    }
}
