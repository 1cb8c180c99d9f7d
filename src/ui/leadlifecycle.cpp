#include "leadlifecycle.h"

#include "leadactionsbar.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrelatedlists.h"

#include <QCoreApplication>
#include <QMessageBox>

void LeadLifecycle::attach(LeadFormDialog *form, LeadActionsBar *actions, LeadRelatedLists *related,
                           Session *session, const std::function<void()> &reload)
{
    actions->setBeforeAction([form] {
        if (!form->model()->isModified())
            return true;
        QMessageBox::information(form, QCoreApplication::translate("LeadLifecycle", "Unsaved changes"),
                                 QCoreApplication::translate("LeadLifecycle",
                                                             "Save the lead first (Ctrl+S), or undo your changes: "
                                                             "the action re-reads the lead."));
        return false;
    });

    // Shown for the lead as it was read or stored; nothing for a new lead.
    const auto show = [=] {
        const qint64 id = form->model()->lead().id;
        actions->setLead(session, id, form->model()->lead().version);
        related->setVisible(id > 0);
        if (id > 0)
            related->setLead(session, id);
    };
    actions->hide();
    // A stored lead's lists have their room from the start (the fields do not narrow when it arrives).
    related->setVisible(form->leadId() > 0);
    QObject::connect(form->model(), &LeadModel::loaded, actions, show);
    QObject::connect(form->model(), &LeadModel::saved, actions, show);
    QObject::connect(actions, &LeadActionsBar::leadChanged, form, [reload] { reload(); });
    QObject::connect(related, &LeadRelatedLists::openLeadRequested, form, &LeadFormDialog::openLeadRequested);
}
