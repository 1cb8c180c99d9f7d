#pragma once

#include <QSqlDatabase>

#include <functional>

class LeadFormDialog;
class QBoxLayout;
struct Employee;

// Puts the life cycle on a lead form (issue #6): the actions bar (Assign, Reassign, Qualify,
// Disqualify, as the rules allow) above the fields and the Opportunity field with the Opportunities
// and History lists below them. Both appear once the lead exists and follow every save; after an
// action `reload` is called so that the form re-reads the lead (and turns read-only when closed).
class LeadLifecycle
{
public:
    static void attach(LeadFormDialog *form, QBoxLayout *layout, QSqlDatabase db, const Employee &me,
                       const std::function<void()> &reload);
};
