#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

// File > Settings > Theme: the platform's own look (System), or Qt's Fusion style with a light or
// a dark palette. Kept in QSettings, applied to the whole application when it starts and at once
// when another is chosen; the error and warning colours (StatusColors) follow.
class AppTheme
{
    Q_DECLARE_TR_FUNCTIONS(AppTheme)

public:
    enum class Choice { System, Light, Dark };

    static QString key();
    // The choice kept in the settings (System when none or an unknown one is kept).
    static Choice stored();
    static void store(Choice choice);
    // "", "light" or "dark": how a choice is kept.
    static QString code(Choice choice);
    static Choice fromCode(const QString &code);
    // The name shown in the settings dialog.
    static QString label(Choice choice);

    // Gives the application `choice`'s style and palette (a QApplication must exist). System puts
    // back the style and palette the application had before the first call.
    static void apply(Choice choice);
    // apply(stored()): at start-up.
    static void applyStored() { apply(stored()); }

    // Fusion's palettes for Light and Dark.
    static QPalette lightPalette();
    static QPalette darkPalette();
};
