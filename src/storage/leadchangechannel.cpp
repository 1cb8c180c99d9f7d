#include "leadchangechannel.h"

#include "postgresqlschema.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadChangeChannel)
};

} // namespace

Result<void> LeadChangeChannel::subscribe(QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return Failure{Tr::tr("The database does not announce changes (it is not PostgreSQL).")};
    QSqlQuery query(db);
    if (Result<void> named = SqlCheck::run(query,
                                           QStringLiteral("SELECT set_config('application_name', "
                                                          "left(current_setting('application_name') || ?, 63), false)"),
                                           {QString::fromLatin1(ApplicationNameSuffix)});
        !named)
        return Failure{Tr::tr("Could not listen for changes to the leads: %1").arg(named.error())};
    query.finish();
    if (!driver->subscribeToNotification(QString::fromLatin1(PostgreSqlSchema::LeadsChannel)))
        return Failure{Tr::tr("Could not listen for changes to the leads: %1").arg(driver->lastError().text())};
    return {};
}
