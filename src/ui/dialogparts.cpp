#include "dialogparts.h"

#include "referencepicker.h"
#include "statuscolors.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTextEdit>

#include <algorithm>

namespace {

// Set on an error line whose message must stay until the dialog closes (showConflict).
const char kErrorStays[] = "crmErrorStays";

// A label's text as a message names it: "&Repeat password:" is "Repeat password".
QString bareLabel(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QLatin1Char('*'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

// Whether a label or group box title names the field a message's `name` is about: "Columns" is
// the group "Columns (ticked ones, in this order)".
bool names(const QString &labelText, const QString &name)
{
    const QString bare = bareLabel(labelText);
    return bare.compare(name, Qt::CaseInsensitive) == 0
        || bare.startsWith(name + QStringLiteral(" ("), Qt::CaseInsensitive);
}

void collectWidgets(QLayoutItem *item, QList<QWidget *> *out)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget()) {
        out->append(widget);
    } else if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            collectWidgets(layout->itemAt(i), out);
    }
}

// The widgets of the field a message is about ("Reason: choose why…" is about the field labelled
// Reason: the label's buddy and its form row's field with the unlabelled rows under it, such as a
// column of role checkboxes; or a group box of that title); none when the message names no field
// of `dialog`.
QList<QWidget *> namedField(QWidget *dialog, const QString &message)
{
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString name = message.left(colon).trimmed();
    for (QGroupBox *group : dialog->findChildren<QGroupBox *>()) {
        if (names(group->title(), name))
            return {group};
    }
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!names(label->text(), name))
            continue;
        QList<QWidget *> field;
        if (label->buddy())
            field.append(label->buddy());
        for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
            int row = -1;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getWidgetPosition(label, &row, &role);
            if (row < 0 || role != QFormLayout::LabelRole)
                continue;
            collectWidgets(form->itemAt(row, QFormLayout::FieldRole), &field);
            for (int next = row + 1; next < form->rowCount() && !form->itemAt(next, QFormLayout::LabelRole)
                                     && !form->itemAt(next, QFormLayout::SpanningRole);
                 ++next)
                collectWidgets(form->itemAt(next, QFormLayout::FieldRole), &field);
        }
        if (!field.isEmpty())
            return field;
    }
    return {};
}

void inputEdited(QWidget *dialog, QLabel *errorLabel, QWidget *edited)
{
    if (errorLabel->isHidden() || errorLabel->text().isEmpty() || errorLabel->property(kErrorStays).toBool())
        return;
    const QList<QWidget *> field = namedField(dialog, errorLabel->text());
    const bool aboutEdited = field.isEmpty() || std::any_of(field.cbegin(), field.cend(), [edited](QWidget *w) {
                                 return w == edited || w->isAncestorOf(edited);
                             });
    if (aboutEdited)
        DialogParts::showError(errorLabel, QString());
}

} // namespace

void DialogParts::nameButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *button : box->buttons())
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
}

void DialogParts::showError(QLabel *label, const QString &message)
{
    label->setProperty(kErrorStays, QVariant());
    StatusColors::apply(label, StatusColors::Tone::Error);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DialogParts::showConflict(QLabel *label, QAbstractButton *act, const QString &message)
{
    showError(label, QCoreApplication::translate("DialogParts", "%1\nThe lead is being reloaded with their changes: "
                                                                "close this dialog, check the lead, then try again.")
                         .arg(message));
    label->setProperty(kErrorStays, true);   // it explains why `act` stays disabled
    act->setEnabled(false);
}

void DialogParts::confirmWithKeyboard(QDialog *dialog, QDialogButtonBox *box)
{
    const auto acceptButton = [box]() -> QAbstractButton * {
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
            if (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole)
                return button;
        }
        return buttons.size() == 1 ? buttons.first() : nullptr;
    };
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, box, [acceptButton] {
            QAbstractButton *button = acceptButton();
            if (button && button->isEnabled())
                button->click();
        });
    }
}

void DialogParts::confirmWithKeyboard(QDialog *dialog, QAbstractButton *acceptButton)
{
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, acceptButton, [acceptButton] {
            if (acceptButton->isEnabled())
                acceptButton->click();
        });
    }
}

void DialogParts::hideErrorWhenEdited(QWidget *dialog, QLabel *errorLabel)
{
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        const auto edited = [dialog, errorLabel, widget] { inputEdited(dialog, errorLabel, widget); };
        // What the user does, not what code sets (loading a record must not hide a fresh error).
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            QObject::connect(edit, &QLineEdit::textEdited, errorLabel, edited);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            QObject::connect(combo, &QComboBox::activated, errorLabel, edited);
        else if (auto *check = qobject_cast<QCheckBox *>(widget))
            QObject::connect(check, &QCheckBox::clicked, errorLabel, edited);
        else if (auto *radio = qobject_cast<QRadioButton *>(widget))
            QObject::connect(radio, &QRadioButton::clicked, errorLabel, edited);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            QObject::connect(plain, &QPlainTextEdit::textChanged, errorLabel, edited);
        else if (auto *text = qobject_cast<QTextEdit *>(widget))
            QObject::connect(text, &QTextEdit::textChanged, errorLabel, edited);
        else if (auto *list = qobject_cast<QListWidget *>(widget))
            QObject::connect(list, &QListWidget::itemChanged, errorLabel, edited);
        else if (auto *picker = qobject_cast<ReferencePicker *>(widget))
            QObject::connect(picker, &ReferencePicker::changed, errorLabel, edited);
    }
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
