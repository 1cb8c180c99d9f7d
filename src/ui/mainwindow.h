#pragma once

#include "employeerepository.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class Database;

// The main window: the lead list, and the actions on leads.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database *db, const Employee &employee, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Employee &employee() const { return m_employee; }

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database *m_db;
    Employee m_employee;
};
