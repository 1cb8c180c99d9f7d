#include "dialogparts.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

void DialogParts::nameButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *button : box->buttons())
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
}

void DialogParts::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DialogParts::showConflict(QLabel *label, QAbstractButton *act, const QString &message)
{
    showError(label, QCoreApplication::translate("DialogParts", "%1\nThe lead is being reloaded with their changes: "
                                                                "close this dialog, check the lead, then try again.")
                         .arg(message));
    act->setEnabled(false);
}

QString DialogParts::errorText(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

void DialogParts::showSaving(QWidget *dialog, QDialogButtonBox *box, QLabel *errorLabel, bool saving,
                             const QString &savingText, QString *okText)
{
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    if (saving) {
        errorLabel->hide();
        dialog->setCursor(Qt::BusyCursor);
        *okText = ok->text();
        ok->setText(savingText);
    } else {
        dialog->unsetCursor();
        ok->setText(*okText);
    }
    ok->setEnabled(!saving);
    nameButtons(box);
}
