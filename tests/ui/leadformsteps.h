#pragma once

// What the widget tests do on the lead form, as a user does: open a stored lead and wait until it
// is shown, find a field, type into it.

#include "leadactionsbar.h"
#include "leadfield.h"
#include "leadformdialog.h"
#include "leadrelatedlists.h"
#include "session.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

// Waits for the signal `spy` watches, unless it came already; fails the test after `timeoutMs`.
inline void waitFor(QSignalSpy &spy, int timeoutMs = 5000)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(timeoutMs));
}

// Opens a stored lead's form and waits until the lead, its allowed actions and its lists arrived
// (each within `timeoutMs`).
inline std::unique_ptr<LeadFormDialog> openForm(Session *session, qint64 leadId, int timeoutMs = 5000)
{
    auto form = std::make_unique<LeadFormDialog>(session, leadId);
    auto *actions = form->findChild<LeadActionsBar *>();
    auto *related = form->findChild<LeadRelatedLists *>();
    REQUIRE(actions);
    REQUIRE(related);
    QSignalSpy loaded(form.get(), &LeadFormDialog::loadFinished);
    QSignalSpy decided(actions, &LeadActionsBar::refreshed);
    QSignalSpy read(related, &LeadRelatedLists::refreshed);
    for (QSignalSpy *spy : {&loaded, &decided, &read})
        waitFor(*spy, timeoutMs);
    REQUIRE(loaded.at(0).at(0).toBool());
    return form;
}

inline QLineEdit *edit(LeadFormDialog &form, LeadField field)
{
    return qobject_cast<QLineEdit *>(form.input(field));
}

// Types into a line edit and leaves it with Return, as an agent does.
inline void type(QLineEdit *lineEdit, const QString &text)
{
    lineEdit->setFocus();
    lineEdit->selectAll();
    lineEdit->insert(text);
    QTest::keyClick(lineEdit, Qt::Key_Return);
}
