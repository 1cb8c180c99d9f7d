#pragma once

#include "leadsource.h"
#include "leadstate.h"

#include <QDateTime>
#include <QString>

// One lead, as the form and the store see it. Reference fields hold ids; 0 means "none".
struct Lead
{
    qint64 id = 0;

    QString name;
    LeadSource source = LeadSource::SelfGeneration;
    QString leadCompanyName;

    bool newCompany = false;
    qint64 existingCompanyId = 0;
    QString companyName;
    QString companyWebsite;
    QString companyTin;

    qint64 campaignId = 0;
    qint64 sellingDirectionId = 0;
    qint64 serviceId = 0;

    bool newContact = false;
    QString firstName;
    QString lastName;
    QString middleName;
    QString contactPhone;
    QString contactEmail;
    qint64 existingContactId = 0;

    QString description;
    qint64 ownerId = 0;
    QString city;
    qint64 channelId = 0;

    LeadState state = LeadState::New;
    qint64 opportunityId = 0;
    qint64 createdById = 0;
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
    // Optimistic locking: incremented on every save; a save with a stale version is refused.
    int version = 0;

    // Returns a copy with every field that the visibility rules hide cleared,
    // which is what gets stored.
    Lead withHiddenFieldsCleared() const;

    bool operator==(const Lead &other) const = default;
};
