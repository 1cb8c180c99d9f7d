#pragma once

#include "leadlistcolumn.h"
#include "leadsource.h"
#include "leadstate.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

// One row of the lead list as shown (and exported): reference names resolved to text.
struct LeadListRow
{
    qint64 id = 0;
    QString name;
    LeadState state = LeadState::New;
    LeadSource source = LeadSource::SelfGeneration;
    QString company;
    QString contact;
    QString sellingDirection;
    QString serviceOrProduct;
    QString campaign;
    QString owner;
    QString city;
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC

    // The cell as the user reads it: labels, not ids ("Qualified"); dates as ISO 8601 UTC
    // ("2026-11-26T23:22:20Z"); the number as digits.
    QString text(LeadListColumn column) const;
    // The raw value: qint64 for Number, int codes for State/Source, QDateTime for dates, else QString.
    QVariant value(LeadListColumn column) const;

    bool operator==(const LeadListRow &) const = default;
};
