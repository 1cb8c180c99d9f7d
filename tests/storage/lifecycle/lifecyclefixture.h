#pragma once

#include "database.h"
#include "employeerepository.h"
#include "leadstate.h"
#include "role.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QString>

#include <catch2/catch.hpp>

struct Lead;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

// A fresh database (TestDatabase: an SQLite file or a PostgreSQL database, per the engine the test
// runs on) with employees for each role and helpers to make leads in any state.
class LifecycleFixture
{
public:
    LifecycleFixture();

    QSqlDatabase db() const { return m_db.connection(); }
    // What Database::open takes to reach the same database (a second connection, a Session).
    QString location() const { return m_test.location(); }
    Database *database() { return &m_db; }

    // An employee inserted directly (a dummy hash: these tests never sign in with it).
    Employee addEmployee(const QString &login, RoleSet roles, bool active = true);
    // A valid lead with a new company (name, website, TIN) and a new contact (names, e-mail).
    Lead validLead(const QString &name = QStringLiteral("Lead")) const;
    // Inserts `lead` through LeadRepository, then sets its state and owner directly.
    qint64 addLead(const Lead &lead, LeadState state, qint64 ownerId);
    qint64 addLead(LeadState state, qint64 ownerId);

    qint64 scalar(const QString &sql, qint64 id = -1) const;
    qint64 count(const QString &table) const;
    qint64 historyCount(qint64 leadId) const;
    LeadState stateOf(qint64 leadId) const;
    qint64 ownerOf(qint64 leadId) const;
    int versionOf(qint64 leadId) const;
    void exec(const QString &sql) const;
    // A trigger named "fail" that makes every `event` ("BEFORE INSERT", "BEFORE UPDATE OF state")
    // on `table` fail with `message`, for rows meeting `when` (an SQL condition on NEW; empty: all),
    // in the engine's words; failNoMore removes it.
    void failOn(const QString &event, const QString &table, const QString &message, const QString &when = {}) const;
    void failNoMore(const QString &table) const;

    Employee admin, sales, manager, marketeer, other, target;

private:
    TestDatabase m_test;
    Database m_db;
    int m_leads = 0;
};
