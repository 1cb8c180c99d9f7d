#pragma once

#include "leadlistcolumn.h"
#include "leadlistquery.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// Everything a manager arranges in the lead list, saved together under a name: the filter,
// search and sort (query), the visible columns in order, and their widths.
struct LeadListView
{
    QString name;
    LeadListQuery query;
    QList<LeadListColumn> columns = LeadListColumns::defaultOrder();   // visible, in display order
    QMap<LeadListColumn, int> widths;                           // pixels; missing: default width

    // Stable JSON with column codes. fromJson keeps the defaults for anything missing or unknown
    // and never returns an empty column list.
    QByteArray toJson() const;
    static LeadListView fromJson(const QByteArray &json);

    bool operator==(const LeadListView &) const = default;
};
