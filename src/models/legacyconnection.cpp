#include "legacyconnection.h"

#include "database.h"
#include "session.h"

#include <atomic>
#include <memory>

namespace {

const QString kHolderName = QStringLiteral("crm-legacy-database");

class Holder : public QObject
{
public:
    using QObject::QObject;
    std::unique_ptr<Database> database = std::make_unique<Database>();
};

} // namespace

Database *LegacyConnection::database(Session *session)
{
    if (auto *holder = static_cast<Holder *>(session->findChild<QObject *>(kHolderName, Qt::FindDirectChildrenOnly)))
        return holder->database.get();
    static std::atomic<int> number{0};
    auto *holder = new Holder(session);
    holder->setObjectName(kHolderName);
    holder->database->openSqlite(session->databasePath(), QStringLiteral("crm-legacy-%1").arg(++number));
    return holder->database.get();
}

QSqlDatabase LegacyConnection::connection(Session *session)
{
    return database(session)->connection();
}

Session *LegacyConnection::sessionFor(QObject *owner, const QString &databasePath)
{
    if (auto *session = owner->findChild<Session *>(QString(), Qt::FindDirectChildrenOnly))
        return session;
    return new Session(databasePath, owner);
}
