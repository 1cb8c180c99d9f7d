#pragma once

#include "result.h"

#include <QSqlDatabase>

// The PostgreSQL channel on which the leads announce their changes (PostgreSqlSchema::LeadsChannel,
// schema 6), as one connection listens to it. The driver reads notifications when the connection's
// socket becomes readable, so they arrive as QSqlDriver::notification on the connection's thread
// while that thread runs its event loop.
class LeadChangeChannel
{
public:
    // What the listening connection adds to its application_name (pg_stat_activity shows it).
    static constexpr const char *ApplicationNameSuffix = " (lead changes)";

    // Subscribes `db` (PostgreSQL) to the channel: LISTEN, named in application_name. Whether the
    // connection is still there is ConnectionFactory::probe's to tell, as for every connection.
    static Result<void> subscribe(QSqlDatabase &db);
};
