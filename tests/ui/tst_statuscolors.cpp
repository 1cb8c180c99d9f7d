// Error and warning text keeps its contrast in a light and in a dark theme (issue #15): the colours
// come from the palette, and a dialog's error line takes them from the palette it is shown in.
#include "apptheme.h"
#include "dialogparts.h"
#include "statuscolors.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
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

TEST_CASE("ui/The light and dark themes' text reads on its background", "[ui][theme]")
{
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},   {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},  {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Link, QPalette::Base},
    };
    for (const QPalette &palette : {AppTheme::lightPalette(), AppTheme::darkPalette()}) {
        CAPTURE(palette.color(QPalette::Window).name().toStdString());
        for (const auto &[text, background] : pairs) {
            CAPTURE(int(text), int(background));
            CHECK(StatusColors::contrast(palette.color(text), palette.color(background)) >= 4.5);
        }
        for (StatusColors::Tone tone : {StatusColors::Tone::Error, StatusColors::Tone::Warning}) {
            CHECK(StatusColors::contrast(StatusColors::color(tone, palette), palette.color(QPalette::Window)) >= 4.5);
            CHECK(StatusColors::contrast(StatusColors::color(tone, palette), palette.color(QPalette::Base)) >= 4.5);
        }
    }
    CHECK(AppTheme::darkPalette().color(QPalette::Window).lightnessF() < 0.5);
    CHECK(AppTheme::lightPalette().color(QPalette::Window).lightnessF() > 0.5);
}

TEST_CASE("ui/A warning line and an input marked invalid take the colours of a theme chosen later", "[ui][theme]")
{
    AppTheme::apply(AppTheme::Choice::Light);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *warning = new QLabel(QStringLiteral("Possible duplicate:"), &window);
    auto *input = new QLineEdit(&window);
    layout->addWidget(warning);
    layout->addWidget(input);
    StatusColors::apply(warning, StatusColors::Tone::Warning);
    StatusColors::markInvalid(input, true);
    const QColor lightWarning = warning->palette().color(QPalette::WindowText);
    CHECK(input->styleSheet().contains(StatusColors::color(StatusColors::Tone::Error, window.palette()).name()));

    AppTheme::apply(AppTheme::Choice::Dark);
    const QPalette dark = window.palette();
    REQUIRE(dark.color(QPalette::Window).lightnessF() < 0.5);
    CHECK(warning->palette().color(QPalette::WindowText) != lightWarning);
    CHECK(warning->palette().color(QPalette::WindowText) == StatusColors::color(StatusColors::Tone::Warning, dark));
    CHECK(warning->palette().color(QPalette::Window) == dark.color(QPalette::Window));   // the rest is the theme's
    CHECK(input->styleSheet().contains(StatusColors::color(StatusColors::Tone::Error, dark).name()));
    CHECK(input->palette().color(QPalette::Base) == dark.color(QPalette::Base));   // dark inside the frame too

    // Fixed: no frame, and none put back by the next change of theme.
    StatusColors::markInvalid(input, false);
    StatusColors::clear(warning);
    AppTheme::apply(AppTheme::Choice::System);
    CHECK(input->styleSheet().isEmpty());
    CHECK(warning->palette().color(QPalette::WindowText) == QApplication::palette().color(QPalette::WindowText));
}
