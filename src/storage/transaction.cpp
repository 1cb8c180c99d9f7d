#include "transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
};

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_sqlite = m_db.driverName() == QLatin1String("QSQLITE");
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    bool ok = false;
    QString reason;
    if (m_sqlite) {
        QSqlQuery query(m_db);
        ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!ok)
            reason = query.lastError().text();
    } else {
        ok = m_db.transaction();
        if (!ok)
            reason = m_db.lastError().text();
    }
    if (!ok)
        return Failure{Tr::tr("Could not start a database transaction: %1").arg(reason)};
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Failure{Tr::tr("Could not save the changes: %1").arg(QStringLiteral("no transaction was begun"))};
    bool ok = false;
    QString reason;
    if (m_sqlite) {
        QSqlQuery query(m_db);
        ok = query.exec(QStringLiteral("COMMIT"));
        if (!ok)
            reason = query.lastError().text();
    } else {
        ok = m_db.commit();
        if (!ok)
            reason = m_db.lastError().text();
    }
    if (!ok) {
        rollback();
        return Failure{Tr::tr("Could not save the changes: %1").arg(reason)};
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_sqlite) {
        QSqlQuery query(m_db);
        // Nothing to hand a failure to (a destructor calls this): SQLite rolls back on close anyway.
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qWarning("Could not roll back: %s", qPrintable(query.lastError().text()));
    } else {
        m_db.rollback();
    }
}
