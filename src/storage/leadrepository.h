#pragma once

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

private:
    QSqlDatabase m_db;
};
