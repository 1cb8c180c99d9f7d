#include "lifecyclefixture.h"

#include "lead.h"
#include "leadrepository.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

LifecycleFixture::LifecycleFixture()
{
    const Result<void> opened = m_db.open(m_test.location(), QStringLiteral("life-test"));
    INFO(opened.error().toStdString());
    REQUIRE(opened.has_value());
    admin = addEmployee(QStringLiteral("admin"), Role::Admin);
    sales = addEmployee(QStringLiteral("sales"), Role::Sales);
    manager = addEmployee(QStringLiteral("manager"), Role::Manager);
    marketeer = addEmployee(QStringLiteral("marketeer"), Role::Marketeer);
    other = addEmployee(QStringLiteral("other"), Role::Sales);
    target = addEmployee(QStringLiteral("target"), Role::Sales);
}

Employee LifecycleFixture::addEmployee(const QString &login, RoleSet roles, bool active)
{
    QSqlQuery query(db());
    const Result<qint64> id = SqlDialect::of(db()).insert(
        query,
        QStringLiteral("INSERT INTO employees (login, display_name, roles, password_hash, active, created_at) "
                       "VALUES (?, ?, ?, 'x', ?, '2026-01-01T00:00:00Z')"),
        {login, QStringLiteral("Name of %1").arg(login), roles.toInt(), active ? 1 : 0});
    INFO(id.error().toStdString());
    REQUIRE(id.has_value());
    Employee e;
    e.id = *id;
    e.login = login;
    e.displayName = QStringLiteral("Name of %1").arg(login);
    e.roles = roles;
    e.active = active;
    return e;
}

Lead LifecycleFixture::validLead(const QString &name) const
{
    Lead lead;
    lead.name = name;
    lead.source = LeadSource::Call;
    lead.newCompany = true;
    lead.companyName = QStringLiteral("Acme %1").arg(name);
    lead.companyWebsite = QStringLiteral("https://acme.example");
    lead.companyTin = QStringLiteral("7707083893");
    lead.newContact = true;
    lead.firstName = QStringLiteral("Ivan");
    lead.lastName = QStringLiteral("Petrov");
    lead.contactEmail = QStringLiteral("ivan@acme.example");
    return lead;
}

qint64 LifecycleFixture::addLead(const Lead &source, LeadState state, qint64 ownerId)
{
    Lead lead = source;
    LeadRepository leads(db());
    if (const Result<void> inserted = leads.insert(lead, admin.id); !inserted)
        FAIL("LeadRepository::insert: " << inserted.error().toStdString());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE leads SET state = ?, owner_id = ? WHERE id = ?"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(ownerId > 0 ? QVariant(ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(lead.id);
    REQUIRE(query.exec());
    return lead.id;
}

qint64 LifecycleFixture::addLead(LeadState state, qint64 ownerId)
{
    return addLead(validLead(QStringLiteral("Lead %1").arg(++m_leads)), state, ownerId);
}

qint64 LifecycleFixture::scalar(const QString &sql, qint64 id) const
{
    QSqlQuery query(db());
    query.prepare(sql);
    if (id >= 0)
        query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        FAIL(query.lastError().text().toStdString());
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 LifecycleFixture::count(const QString &table) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

qint64 LifecycleFixture::historyCount(qint64 leadId) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history WHERE lead_id = ?"), leadId);
}

LeadState LifecycleFixture::stateOf(qint64 leadId) const
{
    return static_cast<LeadState>(scalar(QStringLiteral("SELECT state FROM leads WHERE id = ?"), leadId));
}

qint64 LifecycleFixture::ownerOf(qint64 leadId) const
{
    return scalar(QStringLiteral("SELECT COALESCE(owner_id, 0) FROM leads WHERE id = ?"), leadId);
}

int LifecycleFixture::versionOf(qint64 leadId) const
{
    return int(scalar(QStringLiteral("SELECT version FROM leads WHERE id = ?"), leadId));
}

void LifecycleFixture::failOn(const QString &event, const QString &table, const QString &message,
                             const QString &when) const
{
    if (!SqlDialect::of(db()).isPostgreSql()) {
        exec(QStringLiteral("CREATE TRIGGER fail %1 ON %2 %3BEGIN SELECT RAISE(ABORT, '%4'); END")
                 .arg(event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN %1 ").arg(when), message));
        return;
    }
    exec(QStringLiteral("CREATE OR REPLACE FUNCTION crm_test_fail() RETURNS trigger LANGUAGE plpgsql AS "
                        "$$ BEGIN RAISE EXCEPTION '%1'; END $$")
             .arg(message));
    exec(QStringLiteral("CREATE TRIGGER fail %1 ON %2 FOR EACH ROW %3EXECUTE FUNCTION crm_test_fail()")
             .arg(event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN (%1) ").arg(when)));
}

void LifecycleFixture::failNoMore(const QString &table) const
{
    exec(SqlDialect::of(db()).isPostgreSql() ? QStringLiteral("DROP TRIGGER fail ON %1").arg(table)
                                             : QStringLiteral("DROP TRIGGER fail"));
}

void LifecycleFixture::exec(const QString &sql) const
{
    QSqlQuery query(db());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}
