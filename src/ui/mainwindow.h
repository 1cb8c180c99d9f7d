#pragma once

#include "employee.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class Database;
class LeadListWidget;

// The main window: the lead list, and the actions on leads.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database *db, const Employee &employee, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Employee &employee() const { return m_employee; }
    // The lead list, the central widget.
    LeadListWidget *leadList() const { return m_leadList; }

public Q_SLOTS:
    // Opens the lead form for a new lead (Ctrl+N) or for an existing lead (Enter in the list).
    void newLead();
    void openLead(qint64 leadId);

Q_SIGNALS:
    // A lead was saved in a form: the list refreshes that row in place.
    void leadSaved(qint64 leadId);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database *m_db;
    Employee m_employee;
    LeadListWidget *m_leadList = nullptr;
};
