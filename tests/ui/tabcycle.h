#pragma once

// Keyboard-first checks shared by the widget tests (issue #11): Tab and Shift+Tab go round a window
// and come back to where they started, reaching every control; every input has an accessible name
// equal to its visible label.

#include <QList>
#include <QString>

class QWidget;

// The widgets Tab should reach in `window`: shown, enabled, taking the focus by Tab (a focus
// proxy's owner counted as its proxy), not part of another input (a combo box's line edit).
QList<QWidget *> tabStops(QWidget *window);

// Presses Tab (or Shift+Tab) on the focused widget until the focus is back where it started;
// returns the widgets visited, the start last. Fails when the focus stays put (a trap), leaves
// `window` or does not come back within `limit` presses.
QList<QWidget *> tabCycle(QWidget *window, bool forward, int limit = 80);

// Tab from the focused widget goes round every tab stop once and comes back; Shift+Tab visits
// the same widgets in the reverse order. `window` must be shown and active, a widget focused.
void checkTabCycle(QWidget *window);

// A widget's name for messages: its accessible name, else its object name and class.
QString describe(const QWidget *widget);

// What a label shows, as its field's accessible name: "&Lead source *:" -> "Lead source".
QString labelName(QString text);

// Every shown input of `window` (line edits, combo and spin boxes, text edits, checkboxes, pickers,
// item views) has a non-empty accessible name; one with a label (the label's buddy) has the
// label's text (labelName).
void checkInputNames(QWidget *window);
