#pragma once

#include <QColor>

class QPalette;
class QWidget;

// The colours of error and warning text, taken from the palette rather than fixed: a dark red or
// amber on a light window, a light red or amber on a dark one, each with a contrast of at least
// 4.5:1 (WCAG AA for normal text) against the window, so that both themes stay readable.
class StatusColors
{
public:
    enum class Tone { Error, Warning };

    static QColor color(Tone tone, const QPalette &palette);
    // Gives `widget`'s text (a label's, or an input's) the tone's colour in its palette; it is
    // given again by refreshAll() when the theme changes.
    static void apply(QWidget *widget, Tone tone);
    // Back to the colours `widget` inherits.
    static void clear(QWidget *widget);
    // A frame of the error colour around an input the user must fix (a style sheet), or none.
    static void markInvalid(QWidget *input, bool invalid);
    static QString invalidInputStyle(const QPalette &palette);
    // After the application's palette changed (AppTheme): every widget given a tone or marked
    // invalid takes the colours of the new palette.
    static void refreshAll();
    // The WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};
