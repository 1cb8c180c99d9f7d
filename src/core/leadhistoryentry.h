#pragma once

#include <QDateTime>
#include <QString>

// One line of a lead's History: who changed which field when, from what to what.
// `field` is a lead field code ("company_tin"), "state", "opportunity" or "created".
struct LeadHistoryEntry
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeName;
    QDateTime changedAt;   // UTC
    QString field;
    QString oldValue;
    QString newValue;
};
