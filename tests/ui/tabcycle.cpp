#include "tabcycle.h"

#include "referencepicker.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>
#include <QWidget>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

// The composite inputs whose inner widgets are theirs, not inputs of their own.
bool isComposite(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const ReferencePicker *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

bool insideComposite(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (isComposite(p))
            return true;
    }
    return false;
}

bool shown(const QWidget *w, const QWidget *window)
{
    return w->window() == window && w->isVisibleTo(window) && w->isEnabled();
}

// A label whose links Tab visits one by one before it leaves the label.
bool hasKeyboardLinks(const QWidget *w)
{
    const auto *label = qobject_cast<const QLabel *>(w);
    return label && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard)
        && label->text().contains(QLatin1String("<a "));
}

QStringList describeAll(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *w : widgets)
        names << describe(w);
    return names;
}

} // namespace

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    return widget->objectName() + u'(' + QString::fromLatin1(widget->metaObject()->className()) + u')';
}

QString labelName(QString text)
{
    text.remove(u'&');
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(u'*'))
        text = text.chopped(1).trimmed();
    return text;
}

QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window) || (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        QWidget *target = w;
        while (target->focusProxy())
            target = target->focusProxy();
        if (!stops.contains(target))
            stops << target;
    }
    return stops;
}

QList<QWidget *> tabCycle(QWidget *window, bool forward, int limit)
{
    QWidget *start = QApplication::focusWidget();
    REQUIRE(start);
    REQUIRE(window->isAncestorOf(start));
    QList<QWidget *> visited;
    int stayed = 0;
    for (int i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget *after = QApplication::focusWidget();
        INFO((forward ? "Tab" : "Shift+Tab") << " on " << describe(before).toStdString() << " after "
                                             << describeAll(visited).join(QStringLiteral(" > ")).toStdString());
        REQUIRE(after);
        if (after == before && hasKeyboardLinks(before) && stayed < 6) {
            ++stayed;   // Tab goes to the label's link first, as Qt's labels do; then on
            continue;
        }
        stayed = 0;
        REQUIRE(after != before);   // nothing keeps the focus
        REQUIRE(window->isAncestorOf(after));
        visited << after;
        if (after == start)
            return visited;
    }
    INFO(describeAll(visited).join(QStringLiteral(" > ")).toStdString());
    FAIL("Tab did not come back to the start");
    return visited;
}

void checkTabCycle(QWidget *window)
{
    QWidget *start = QApplication::focusWidget();
    REQUIRE(start);
    const QList<QWidget *> forward = tabCycle(window, true);
    const QList<QWidget *> stops = tabStops(window);
    INFO("Tab: " << describeAll(forward).join(QStringLiteral(" > ")).toStdString());
    // Each stop once.
    for (QWidget *w : forward) {
        INFO(describe(w).toStdString());
        CHECK(forward.count(w) == 1);
    }
    for (QWidget *stop : stops) {
        INFO("not reached by Tab: " << describe(stop).toStdString());
        CHECK(forward.contains(stop));
    }
    REQUIRE(QApplication::focusWidget() == start);
    QList<QWidget *> backward = tabCycle(window, false);
    INFO("Shift+Tab: " << describeAll(backward).join(QStringLiteral(" > ")).toStdString());
    backward.removeLast();
    std::reverse(backward.begin(), backward.end());
    QList<QWidget *> expected = forward;
    expected.removeLast();
    CHECK(describeAll(backward).join(QStringLiteral(" > ")).toStdString()
          == describeAll(expected).join(QStringLiteral(" > ")).toStdString());
}

void checkInputNames(QWidget *window)
{
    for (QWidget *w : window->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QTextEdit *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<ReferencePicker *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        if (!input || !w->isVisibleTo(window) || w->window() != window || insideComposite(w, window))
            continue;
        INFO(describe(w).toStdString() << " " << w->objectName().toStdString() << " in "
                                       << window->metaObject()->className());
        CHECK_FALSE(w->accessibleName().isEmpty());
        QLabel *buddyLabel = nullptr;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy() == w && label->isVisibleTo(window))
                buddyLabel = label;
        }
        if (buddyLabel)
            CHECK(w->accessibleName().toStdString() == labelName(buddyLabel->text()).toStdString());
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            CHECK(w->accessibleName().toStdString() == labelName(check->text()).toStdString());
    }
}
