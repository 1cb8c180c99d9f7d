#pragma once

#include "leadstate.h"

#include <QMap>

// Counts of the leads in a view.
struct LeadListCounts
{
    qint64 total = 0;
    QMap<LeadState, qint64> perState;   // only states with at least one lead
};
