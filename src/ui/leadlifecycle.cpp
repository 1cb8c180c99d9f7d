#include "leadlifecycle.h"

#include "employee.h"
#include "leadactionsbar.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrelatedlists.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QMessageBox>

void LeadLifecycle::attach(LeadFormDialog *form, QBoxLayout *layout, QSqlDatabase db, const Employee &me,
                           const std::function<void()> &reload)
{
    auto *actions = new LeadActionsBar(form);
    auto *related = new LeadRelatedLists(form);
    actions->setObjectName(QStringLiteral("leadActionsBar"));
    related->setObjectName(QStringLiteral("leadRelatedLists"));
    layout->insertWidget(1, actions);                     // below the banner
    layout->insertWidget(layout->count() - 1, related);   // above the buttons
    actions->setBeforeAction([form] {
        if (!form->model()->isModified())
            return true;
        QMessageBox::information(form, QCoreApplication::translate("LeadLifecycle", "Unsaved changes"),
                                 QCoreApplication::translate("LeadLifecycle",
                                                             "Save the lead first (Ctrl+S), or undo your changes: "
                                                             "the action re-reads the lead."));
        return false;
    });

    const auto show = [=] {
        const qint64 id = form->leadId();
        actions->setLead(db, me, id, form->model()->lead().version);
        related->setVisible(id > 0);
        if (id > 0)
            related->setLead(db, me, id);
    };
    show();
    QObject::connect(form, &LeadFormDialog::leadSaved, actions, [=](qint64 id) {
        if (id == form->leadId())
            show();
    });
    QObject::connect(actions, &LeadActionsBar::leadChanged, form, [reload] { reload(); });
    QObject::connect(related, &LeadRelatedLists::openLeadRequested, form, &LeadFormDialog::openLeadRequested);
}
