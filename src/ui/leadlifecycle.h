#pragma once

#include <functional>

class LeadActionsBar;
class LeadFormDialog;
class LeadRelatedLists;
class Session;

// Puts the life cycle on a lead form (issue #6): the actions bar (Assign, Reassign, Qualify,
// Disqualify, as the rules allow) in the header strip above the fields and the Opportunity field with
// the Opportunities and History lists beside them (forms/leadheaderstrip.ui, forms/leadform.ui). Both
// appear once the lead exists and follow every load and save; after an action `reload` is called so
// that the form re-reads the lead (and turns read-only when closed).
class LeadLifecycle
{
public:
    static void attach(LeadFormDialog *form, LeadActionsBar *actions, LeadRelatedLists *related, Session *session,
                       const std::function<void()> &reload);
};
