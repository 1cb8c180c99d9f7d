#pragma once

#include "serviceresult.h"
#include "opportunity.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;
class Session;

// One page of the opportunities list: the newest matches and how many match in all.
struct OpportunityPage
{
    QList<Opportunity> rows;
    qint64 total = 0;
};

// Reads opportunities through the Session (Read lane); answers come back on `context`'s thread.
class OpportunityService
{
public:
    explicit OpportunityService(Session *session);

    void find(qint64 id, QObject *context, Done<Opportunity> done) const;
    // Newest first, narrowed by `text` (opportunity, company, contact, owner or lead name), at most `limit`.
    void search(const QString &text, int limit, QObject *context, Done<OpportunityPage> done) const;

private:
    Session *m_session;
};
