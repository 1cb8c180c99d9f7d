#pragma once

#include "opportunity.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads opportunities. They are written only by LeadService::qualify.
class OpportunityRepository
{
public:
    explicit OpportunityRepository(QSqlDatabase db);

    bool find(qint64 id, Opportunity *opportunity, QString *error = nullptr) const;
    // The opportunities created from one lead, oldest first.
    QList<Opportunity> forLead(qint64 leadId, QString *error = nullptr) const;
    // Newest first; `text` (case-insensitive, any part) narrows by opportunity, company, contact,
    // owner or lead name. At most `limit` rows starting at `offset`.
    QList<Opportunity> search(const QString &text, int limit = 500, int offset = 0, QString *error = nullptr) const;
    qint64 count(const QString &text = QString()) const;

private:
    QSqlDatabase m_db;
};
