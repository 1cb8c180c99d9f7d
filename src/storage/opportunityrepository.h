#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// An opportunity created by qualifying a lead, with the names a list shows.
struct Opportunity
{
    qint64 id = 0;
    QString name;
    qint64 leadId = 0;
    QString leadName;
    qint64 companyId = 0;
    QString companyName;
    qint64 contactId = 0;
    QString contactName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 createdById = 0;
    QString createdByName;
    QDateTime createdAt;   // UTC
};

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
