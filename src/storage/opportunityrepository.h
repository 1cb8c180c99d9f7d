#pragma once

#include "opportunity.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads opportunities. They are written only by LeadService::qualify.
class OpportunityRepository
{
public:
    explicit OpportunityRepository(QSqlDatabase db);

    Result<Opportunity> find(qint64 id) const;
    // The opportunities created from one lead, oldest first.
    Result<QList<Opportunity>> forLead(qint64 leadId) const;
    // Newest first; `text` (case-insensitive, any part) narrows by opportunity, company, contact,
    // owner or lead name. At most `limit` rows starting at `offset`.
    Result<QList<Opportunity>> search(const QString &text, int limit = 500, int offset = 0) const;
    qint64 count(const QString &text = QString()) const;

private:
    QSqlDatabase m_db;
};
