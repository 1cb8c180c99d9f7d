#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

// Checks shared by the life-cycle and administration widget tests.

template<typename T>
T *child(QWidget *parent, const QString &accessibleName)
{
    for (T *w : parent->findChildren<T *>()) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

// Every row of every form layout: the field's accessible name is its label without '&'.
inline void checkAccessibleNames(QWidget *dialog)
{
    for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            if (!fieldItem || !fieldItem->widget())
                continue;
            QWidget *field = fieldItem->widget();
            CAPTURE(field->objectName().toStdString());
            if (labelItem && labelItem->widget()) {
                const QString label = static_cast<QLabel *>(labelItem->widget())->text().remove(u'&');
                CHECK(field->accessibleName() == label);
            } else {
                CHECK_FALSE(field->accessibleName().isEmpty());
            }
        }
    }
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        CAPTURE(button->text().toStdString());
        CHECK(button->accessibleName() == button->text().remove(u'&'));
    }
}
