#pragma once

#include <QDateTime>
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
