#pragma once

#include "leadsource.h"
#include "leadstate.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// The manager's dashboard over one lead view (spec: issue 15): counted by the database, never by
// reading leads one by one. Plain data; storage's DashboardRepository fills it.
struct DashboardFigures
{
    // Qualified and disqualified leads of one group: the qualification rate is
    // qualified / (qualified + disqualified), undefined (none decided yet) when both are 0.
    struct Decided
    {
        qint64 qualified = 0;
        qint64 disqualified = 0;
        qint64 decided() const { return qualified + disqualified; }
        // In [0, 1]; 0 when nothing was decided.
        double rate() const { return decided() > 0 ? double(qualified) / double(decided()) : 0.0; }
        bool operator==(const Decided &) const = default;
    };
    // One owner's decided leads (ownerId 0: leads without an owner).
    struct Owner
    {
        qint64 ownerId = 0;
        QString name;
        Decided decided;
        bool operator==(const Owner &) const = default;
    };
    // New leads of one week (Monday to Sunday, UTC calendar days).
    struct Week
    {
        QDate monday;
        qint64 count = 0;
        bool operator==(const Week &) const = default;
    };

    qint64 total = 0;
    QMap<LeadState, qint64> byState;     // only states with at least one lead
    QMap<LeadSource, qint64> bySource;   // only sources with at least one lead
    QMap<LeadSource, Decided> decidedBySource;   // sources with at least one decided lead
    QList<Owner> decidedByOwner;         // owners with at least one decided lead, by name
    // Every week of the last year, oldest first, ending with the week of `today`, weeks without
    // new leads included (count 0).
    QList<Week> weeks;

    bool operator==(const DashboardFigures &) const = default;
};
