#pragma once

#include <QList>
#include <QString>

// A lead that a bulk assign left alone, and why.
struct BulkAssignRefusal
{
    qint64 leadId = 0;
    QString leadName;
    QString reason;
};

struct BulkAssignResult
{
    qint64 assigned = 0;   // leads assigned or reassigned (or, in a dry run, that would be)
    QList<BulkAssignRefusal> refused;
};
