#pragma once

#include "leadhistoryentry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Lead;

// Stores and loads leads. Only the fields the visibility rules show are stored.
class LeadRepository
{
public:
    explicit LeadRepository(QSqlDatabase db);

    // Inserts a new lead in one transaction (sets id, version, createdAt, updatedAt).
    // `actorId` is the signed-in employee, recorded as creator and in the history.
    bool insert(Lead &lead, qint64 actorId, QString *error = nullptr);
    // Updates an existing lead in one transaction. Refused when lead.version is stale
    // (someone else saved it meanwhile): *error says so and nothing is written.
    bool update(Lead &lead, qint64 actorId, QString *error = nullptr);
    bool find(qint64 id, Lead *lead, QString *error = nullptr) const;
    qint64 count() const;
    // The lead's History, oldest first.
    QList<LeadHistoryEntry> history(qint64 leadId, QString *error = nullptr) const;

private:
    // The list labels stored beside the lead: company and contact as the list shows them.
    bool labels(const Lead &stored, QString *companyLabel, QString *contactLabel, QString *error) const;
    QString opportunityName(qint64 id) const;

    QSqlDatabase m_db;
};
