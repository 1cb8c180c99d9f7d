#include "dialogparts.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>

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

QString DialogParts::errorText(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}
