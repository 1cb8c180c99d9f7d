#pragma once

#include "employee.h"
#include "leadservice.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class QualifyDialog;
}

// Qualifies one lead: the opportunity's name (prefilled from the lead) and what will happen to the
// company and the contact (created, or the existing one with the same TIN / e-mail linked).
// OK runs LeadService::qualify in one transaction; a refusal is shown and the dialog stays open.
class QualifyDialog : public QDialog
{
    Q_OBJECT

public:
    QualifyDialog(QSqlDatabase db, const Employee &me, qint64 leadId, int expectedVersion = 0,
                  QWidget *parent = nullptr);
    ~QualifyDialog() override;

    const QualifyPlan &plan() const { return m_plan; }
    const QualifyResult &qualifyResult() const { return m_result; }
    QString companyText() const;
    QString contactText() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);

    std::unique_ptr<Ui::QualifyDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    qint64 m_leadId;
    int m_version;
    QualifyPlan m_plan;
    QualifyResult m_result;
};
