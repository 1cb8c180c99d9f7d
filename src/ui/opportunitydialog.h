#pragma once

#include <QDialog>
#include <QSqlDatabase>
#include <QTimeZone>

#include <memory>

namespace Ui {
class OpportunityDialog;
}

// One opportunity, read-only: name, company, contact, owner, created, and its source lead.
class OpportunityDialog : public QDialog
{
    Q_OBJECT

public:
    OpportunityDialog(QSqlDatabase db, qint64 opportunityId, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                      QWidget *parent = nullptr);
    ~OpportunityDialog() override;

    bool isLoaded() const { return m_leadId > 0; }
    // The text of a field by its label ("Company"), for tests and automation.
    QString value(const QString &label) const;
    bool isReadOnly() const;

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);

private:
    std::unique_ptr<Ui::OpportunityDialog> m_ui;
    qint64 m_leadId = 0;
};
