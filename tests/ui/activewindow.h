#pragma once

// Shows a window or dialog as the user's active window, so that its shortcuts, focus and popups
// behave as on a desktop. For the widget tests that drive a window by keyboard.

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

inline void showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}
