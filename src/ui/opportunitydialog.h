#pragma once

#include <QDialog>
#include <QTimeZone>

#include <memory>

namespace Ui {
class OpportunityDialog;
}
struct Opportunity;
class Session;

// One opportunity, read-only: name, company, contact, owner, created, and its source lead. It loads
// on the session's Read lane and fills when it arrives (loaded()).
class OpportunityDialog : public QDialog
{
    Q_OBJECT

public:
    OpportunityDialog(Session *session, qint64 opportunityId, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                      QWidget *parent = nullptr);
    ~OpportunityDialog() override;

    bool isLoaded() const { return m_leadId > 0; }
    // The text of a field by its label ("Company"), for tests and automation.
    QString value(const QString &label) const;
    bool isReadOnly() const;

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    // The opportunity arrived and the fields show it (or the name field says why not).
    void loaded();

private:
    void showOpportunity(const Opportunity &o);

    std::unique_ptr<Ui::OpportunityDialog> m_ui;
    QTimeZone m_zone;
    qint64 m_leadId = 0;
};
