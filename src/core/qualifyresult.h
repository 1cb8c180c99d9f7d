#pragma once

#include <QtGlobal>

// What qualifying a lead created or linked.
struct QualifyResult
{
    qint64 opportunityId = 0;
    qint64 companyId = 0;
    qint64 contactId = 0;
    bool companyCreated = false;
    bool contactCreated = false;
};
