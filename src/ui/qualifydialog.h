#pragma once

#include "qualifyplan.h"
#include "qualifyresult.h"

#include <QDialog>

#include <memory>

namespace Ui {
class QualifyDialog;
}
class Session;

// Qualifies one lead: the opportunity's name (prefilled from the lead) and what will happen to the
// company and the contact (created, or the existing one with the same TIN / e-mail linked), read on
// the Session's Read lane when the dialog opens (planLoaded() follows). OK runs LeadService::qualify
// in one transaction on the Write lane (runFinished() follows); a refusal is shown and the dialog
// stays open. One run at a time: OK does nothing while one runs.
class QualifyDialog : public QDialog
{
    Q_OBJECT

public:
    QualifyDialog(Session *session, qint64 leadId, int expectedVersion = 0, QWidget *parent = nullptr);
    ~QualifyDialog() override;

    const QualifyPlan &plan() const { return m_plan; }
    const QualifyResult &qualifyResult() const { return m_result; }
    QString companyText() const;
    QString contactText() const;
    QString errorText() const;
    QString statusText() const;
    bool isPlanLoading() const { return m_planLoading; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The plan arrived (or could not be read: errorText() says why).
    void planLoaded();
    // Qualify answered: `ok` when the lead was qualified (the dialog is then accepted).
    void runFinished(bool ok);
    // Refused because someone else changed the lead since the dialog opened: the dialog says so and
    // acts no more; the form reloads the lead.
    void leadConflicted(qint64 leadId);

private:
    void showPlan();
    void showError(const QString &message);
    void setRunning(bool running);

    std::unique_ptr<Ui::QualifyDialog> m_ui;
    Session *m_session;
    qint64 m_leadId;
    int m_version;
    QualifyPlan m_plan;
    QualifyResult m_result;
    bool m_planLoading = true;
    bool m_planOk = false;
    bool m_running = false;
    bool m_conflicted = false;
};
