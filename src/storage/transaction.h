#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

// One write transaction, rolled back unless committed. On SQLite it starts with
// BEGIN IMMEDIATE, so that a read-then-write (optimistic locking, history) never fails
// half way with "database is locked" once it has started.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    // Fails (and rolls back) when the commit fails, or when no transaction was begun.
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_sqlite = false;
};
