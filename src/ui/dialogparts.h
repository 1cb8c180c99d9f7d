#pragma once

#include <QString>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QWidget;

// What every dialog of the application does the same way: its buttons' accessible names and the
// error line under its fields ("Login: enter a login.").
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
    // While a save runs: the error line hidden, a busy cursor over `dialog`, OK disabled and saying
    // `savingText` ("Saving…"), its own text kept in *okText; afterwards all as it was.
    static void showSaving(QWidget *dialog, QDialogButtonBox *box, QLabel *errorLabel, bool saving,
                           const QString &savingText, QString *okText);
};
