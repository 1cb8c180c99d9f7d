#pragma once

#include "employee.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class LeadListWidget;
class QAction;
class QMainWindow;

// The main window's life cycle commands (issue #6): in Leads, bulk Assign for the selected leads or
// for every lead in the view, and the Opportunities list; an Administration menu (crm_admin only)
// with Employees and Reference data.
class LifecycleActions : public QObject
{
    Q_OBJECT

public:
    LifecycleActions(QMainWindow *window, QSqlDatabase db, const Employee &me, LeadListWidget *list,
                     std::function<void(qint64)> openLead);

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

private:
    void bulkAssign(const QList<qint64> &ids);

    QMainWindow *m_window;
    QSqlDatabase m_db;
    Employee m_me;
    LeadListWidget *m_list;
    std::function<void(qint64)> m_openLead;
    QAction *m_assignSelected = nullptr;
    QAction *m_assignView = nullptr;
    QAction *m_opportunities = nullptr;
    QAction *m_employees = nullptr;
    QAction *m_referenceData = nullptr;
};
