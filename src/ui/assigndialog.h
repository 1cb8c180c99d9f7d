#pragma once

#include "employee.h"
#include "leadservice.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class AssignDialog;
}

// Assigns or reassigns one lead or many (bulk, from the list) to an owner. The count is shown
// before it runs; picking the owner checks every lead against the rules (a dry run), so the leads
// the employee may not assign are listed with their reasons before anything is written. OK then
// writes all the allowed ones in one transaction (LeadService, which checks the rules again).
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    // `expectedVersion` applies to a single lead opened in a form (0: not checked).
    AssignDialog(QSqlDatabase db, const Employee &me, const QList<qint64> &leadIds, int expectedVersion = 0,
                 QWidget *parent = nullptr);
    ~AssignDialog() override;

    void setOwner(qint64 employeeId);
    qint64 ownerId() const;
    // The last check (before OK) or the run's outcome (after).
    const BulkAssignResult &assignResult() const { return m_result; }
    QString summaryText() const;
    QString previewText() const;
    QString errorText() const;
    QStringList refusedLines() const;

public Q_SLOTS:
    void accept() override;

private:
    void check();
    void showRefused(const QList<BulkAssignRefusal> &refused);
    void showError(const QString &message);

    std::unique_ptr<Ui::AssignDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    QList<qint64> m_ids;
    int m_version;
    BulkAssignResult m_result;
    bool m_done = false;
};
