#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DisqualifyDialog;
}
class Session;

// Disqualifies one lead: a reason from the list (required) and a comment (required for Other).
// OK runs LeadService::disqualify on the Session's Write lane, which checks the rules itself
// (runFinished() follows); a refusal is shown and the dialog stays open. One run at a time.
class DisqualifyDialog : public QDialog
{
    Q_OBJECT

public:
    // `expectedVersion` > 0: refuse when the lead was saved since the form loaded it.
    DisqualifyDialog(Session *session, qint64 leadId, int expectedVersion = 0, QWidget *parent = nullptr);
    ~DisqualifyDialog() override;

    QString errorText() const;
    QString statusText() const;
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // Disqualify answered: `ok` when the lead was disqualified (the dialog is then accepted).
    void runFinished(bool ok);
    // Refused because someone else changed the lead since the dialog opened: the dialog says so and
    // acts no more; the form reloads the lead.
    void leadConflicted(qint64 leadId);

private:
    void showError(const QString &error);
    void setRunning(bool running);

    std::unique_ptr<Ui::DisqualifyDialog> m_ui;
    Session *m_session;
    qint64 m_leadId;
    int m_version;
    bool m_running = false;
    bool m_conflicted = false;
};
