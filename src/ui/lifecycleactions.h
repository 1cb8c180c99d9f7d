#pragma once

#include "serviceresult.h"

#include <QList>
#include <QObject>

#include <functional>

class AssignDialog;
class LeadListWidget;
class QAction;
class QMainWindow;
class Session;

// The main window's life cycle commands (issue #6): in Leads, bulk Assign for the selected leads or
// for every lead in the view (the ids of rows not in memory are read on a lane), and the Opportunities list; an Administration menu (crm_admin only)
// with Employees and Reference data. Everything goes through the Session: the ids of a whole view
// are read on the Count lane (the window and its menus stay usable meanwhile), and the dialogs
// opened load and save through it.
class LifecycleActions : public QObject
{
    Q_OBJECT

public:
    LifecycleActions(QMainWindow *window, Session *session, LeadListWidget *list, std::function<void(qint64)> openLead);

    QAction *assignSelectedAction() const { return m_assignSelected; }
    QAction *assignViewAction() const { return m_assignView; }
    QAction *opportunitiesAction() const { return m_opportunities; }
    QAction *employeesAction() const { return m_employees; }         // nullptr unless crm_admin
    QAction *referenceDataAction() const { return m_referenceData; } // nullptr unless crm_admin

public Q_SLOTS:
    void assignSelected();
    void assignView();
    void showOpportunities();
    void showEmployees();
    void showReferenceData();

Q_SIGNALS:
    // Bulk assign opened its dialog (window-modal, deleted when closed) for these leads.
    void assignDialogOpened(AssignDialog *dialog);
    // Assign all leads in the view could not start: the message shown to the user.
    void assignViewRefused(const QString &message);
    // Assign the selected leads could not start (nothing selected, or their ids could not be read).
    void assignSelectedRefused(const QString &message);

private:
    // Disables `action` while `read` gets the ids (on a lane), then opens bulk assign for them;
    // no ids or a failure tell the user why (`none` when there were none) and emit `refused`.
    void assignWhenRead(QAction *action, const QString &none, void (LifecycleActions::*refused)(const QString &),
                        const std::function<void(Done<QList<qint64>>)> &read);
    void bulkAssign(const QList<qint64> &ids);
    // Tells the user why an assign did not start (a window-modal box; nothing waits on it).
    void showRefusal(bool information, const QString &message);

    QMainWindow *m_window;
    Session *m_session;
    LeadListWidget *m_list;
    std::function<void(qint64)> m_openLead;
    QAction *m_assignSelected = nullptr;
    QAction *m_assignView = nullptr;
    QAction *m_opportunities = nullptr;
    QAction *m_employees = nullptr;
    QAction *m_referenceData = nullptr;
};
