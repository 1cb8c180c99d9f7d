#include "statuscolors.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace {

// The tone a widget was given (1 + Tone), and whether it is marked invalid: what refreshAll() gives again.
constexpr char kTone[] = "crmStatusTone";
constexpr char kInvalid[] = "crmStatusInvalid";

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double luminance(const QColor &color)
{
    const auto channel = [](float c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

QColor StatusColors::color(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    QColor chosen;
    if (isDark(palette))
        chosen = tone == Tone::Error ? QColor(0xff, 0x8a, 0x80) : QColor(0xff, 0xcc, 0x80);
    else
        chosen = tone == Tone::Error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x53, 0x00);
    // A window of an unusual shade: darken (or lighten) the colour until it reads.
    for (int step = 0; step < 10 && contrast(chosen, window) < 4.5; ++step)
        chosen = isDark(palette) ? chosen.lighter(115) : chosen.darker(125);
    return chosen;
}

void StatusColors::apply(QWidget *widget, Tone tone)
{
    const QPalette inherited = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    QPalette palette = widget->palette();
    const QColor c = color(tone, inherited);
    palette.setColor(QPalette::WindowText, c);
    palette.setColor(QPalette::Text, c);
    widget->setPalette(palette);
    widget->setProperty(kTone, int(tone) + 1);
}

void StatusColors::clear(QWidget *widget)
{
    widget->setProperty(kTone, QVariant());
    widget->setPalette(QPalette());
}

void StatusColors::markInvalid(QWidget *input, bool invalid)
{
    if (!invalid && !input->property(kInvalid).toBool())
        return;   // nothing to take away
    input->setProperty(kInvalid, invalid ? QVariant(true) : QVariant());
    // A style sheet fixes the input's palette as it was (a theme chosen later would not reach
    // it): the palette inherited again first, and the colour worked out from the window's.
    input->setStyleSheet(QString());
    input->setPalette(QPalette());
    if (const int tone = input->property(kTone).toInt(); tone > 0)
        apply(input, Tone(tone - 1));
    if (invalid) {
        const QWidget *window = input->parentWidget() ? input->parentWidget() : input;
        input->setStyleSheet(invalidInputStyle(window->palette()));
    }
}

void StatusColors::refreshAll()
{
    for (QWidget *widget : QApplication::allWidgets()) {
        const int tone = widget->property(kTone).toInt();
        if (tone > 0)   // its other colours are the new palette's already: only its own two change
            apply(widget, Tone(tone - 1));
        if (widget->property(kInvalid).toBool())
            markInvalid(widget, true);
    }
}

QString StatusColors::invalidInputStyle(const QPalette &palette)
{
    return QStringLiteral("border: 1px solid %1; border-radius: 2px;").arg(color(Tone::Error, palette).name());
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
