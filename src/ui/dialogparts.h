#pragma once

#include <QString>

class QAbstractButton;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

// What every dialog of the application does the same way: its buttons' accessible names, the
// error line under its fields ("Login: enter a login.") and confirming it from the keyboard.
class DialogParts
{
public:
    // Every button of the box gets its visible text, without '&', as its accessible name. Call it
    // after the texts are set (and again after they change).
    static void nameButtons(QDialogButtonBox *box);
    // Shows the message in the error line; an empty message hides it.
    static void showError(QLabel *label, const QString &message);
    // A life-cycle action refused because someone else changed the lead meanwhile: the message and
    // that the form reloads the lead in the error line, and `act` disabled for good (the dialog was
    // opened on the old lead; the user checks the reloaded one and starts again).
    static void showConflict(QLabel *label, QAbstractButton *act, const QString &message);
    // The message shown, or an empty string while the error line is hidden.
    static QString errorText(const QLabel *label);
    // Ctrl+Enter and Ctrl+Return confirm `dialog` from anywhere in it, a multi-line text field too
    // (where Enter is a new line): they click its accept button (OK, or the only button of a box
    // that has no OK, such as Close), as a click would, and do nothing while that button is
    // disabled. The button is looked up at the keystroke: texts and buttons may change meanwhile.
    // Esc stays QDialog's: reject().
    static void confirmWithKeyboard(QDialog *dialog, QDialogButtonBox *box);
    static void confirmWithKeyboard(QDialog *dialog, QAbstractButton *acceptButton);
    // The error line hides as soon as the user edits what it is about: the field its message
    // names before the colon ("Reason: …" names the field labelled "Reason"), or any input of
    // `dialog` when the message names no field of it. Call once, after the inputs exist.
    static void hideErrorWhenEdited(QWidget *dialog, QLabel *errorLabel);
    // While a save runs: the error line hidden, a busy cursor over `dialog`, OK disabled and saying
    // `savingText` ("Saving…"), its own text kept in *okText; afterwards all as it was.
    static void showSaving(QWidget *dialog, QDialogButtonBox *box, QLabel *errorLabel, bool saving,
                           const QString &savingText, QString *okText);
};
