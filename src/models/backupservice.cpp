#include "backupservice.h"

#include "databasebackup.h"
#include "databaselocation.h"
#include "session.h"

BackupService::BackupService(Session *session) : m_session(session) {}

bool BackupService::isAvailable() const
{
    return !DatabaseLocation::isPostgresUri(m_session->databaseLocation());
}

void BackupService::backUp(const QString &target, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Background, context,
                   [target](QSqlDatabase &db) { return DatabaseBackup::write(db, target); }, std::move(done));
}
