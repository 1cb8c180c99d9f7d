#pragma once

#include "serviceresult.h"
#include "leadlistquery.h"
#include "result.h"

#include <QList>

#include <functional>

class QObject;
class Session;

// The ids of every lead a list view shows (its filter and search, as the session's employee sees
// them), read on the Count lane so that the list and the menus stay usable meanwhile.
class ViewLeadIds
{
public:
    static void read(Session *session, const LeadListQuery &view, QObject *context,
                     Done<QList<qint64>> done);
};
