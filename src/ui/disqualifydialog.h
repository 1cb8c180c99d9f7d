#pragma once

#include "employee.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class DisqualifyDialog;
}

// Disqualifies one lead: a reason from the list (required) and a comment (required for Other).
// OK runs LeadService::disqualify, which checks the rules itself; a refusal is shown and the
// dialog stays open.
class DisqualifyDialog : public QDialog
{
    Q_OBJECT

public:
    // `expectedVersion` > 0: refuse when the lead was saved since the form loaded it.
    DisqualifyDialog(QSqlDatabase db, const Employee &me, qint64 leadId, int expectedVersion = 0,
                     QWidget *parent = nullptr);
    ~DisqualifyDialog() override;

    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::DisqualifyDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    qint64 m_leadId;
    int m_version;
};
