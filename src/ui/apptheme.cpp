#include "apptheme.h"

#include "statuscolors.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace {

// What the application looked like before the first apply(): what System puts back.
struct PlatformLook
{
    QString style;
    QPalette toolTips;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look{QApplication::style()->name(), QToolTip::palette()};
    return look;
}

void setStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QString AppTheme::key()
{
    return QStringLiteral("appearance/theme");
}

AppTheme::Choice AppTheme::stored()
{
    return fromCode(QSettings().value(key()).toString());
}

void AppTheme::store(Choice choice)
{
    QSettings settings;
    if (choice == Choice::System)
        settings.remove(key());
    else
        settings.setValue(key(), code(choice));
}

QString AppTheme::code(Choice choice)
{
    switch (choice) {
    case Choice::System: return QString();
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    }
    return QString();
}

AppTheme::Choice AppTheme::fromCode(const QString &code)
{
    if (code == QLatin1String("light"))
        return Choice::Light;
    if (code == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QString AppTheme::label(Choice choice)
{
    switch (choice) {
    case Choice::System: return tr("The system's");
    case Choice::Light: return tr("Light");
    case Choice::Dark: return tr("Dark");
    }
    return QString();
}

void AppTheme::apply(Choice choice)
{
    const PlatformLook &platform = platformLook();
    switch (choice) {
    case Choice::System:
        setStyle(platform.style);
        // An empty palette: the platform theme's (or the style's) again, none set by the application.
        QApplication::setPalette(QPalette());
        QToolTip::setPalette(platform.toolTips);
        break;
    case Choice::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        QToolTip::setPalette(lightPalette());
        break;
    case Choice::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        QToolTip::setPalette(darkPalette());
        break;
    }
    // Qt hands the new palette to the widgets by posted events: handed now, so that the colours
    // worked out from it below (and anything read right after) are the new ones.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    StatusColors::refreshAll();
}

QPalette AppTheme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette light = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    // Fusion's blue is too light under white text (3.7:1): one that reads (5.3:1).
    light.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb5));
    light.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb5));
    // Every role set: none falls back to a dark platform theme's.
    light.setResolveMask(~QPalette::ResolveMask(0));
    return light;
}

QPalette AppTheme::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette dark;
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    dark.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x29));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    dark.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x46));
    dark.setColor(QPalette::Mid, QColor(0x5e, 0x5e, 0x5e));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    dark.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0c));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6a, 0xb8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xff));
    dark.setColor(QPalette::LinkVisited, QColor(0xc5, 0xa3, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabledText);
    dark.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xb0, 0xb0, 0xb0));
    dark.setColor(QPalette::Disabled, QPalette::Base, window);
    return dark;
}
