#include "leadviewrepository.h"

#include "leadlistview.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadViewRepository)
};

// Named views have kind 1; the working layout is the single row of kind 0 per employee.
constexpr int KindCurrent = 0;
constexpr int KindNamed = 1;
constexpr int MaxNameLength = 100;
// The working layout's row name (a null QString would bind as NULL).
const QString CurrentName = QStringLiteral("*");

Failure failed(const QSqlQuery &query)
{
    return Failure{Tr::tr("Could not store the list view: %1").arg(query.lastError().text())};
}

} // namespace

LeadViewRepository::LeadViewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool LeadViewRepository::createTable(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(SqlDialect::of(db).ddl(QStringLiteral("CREATE TABLE lead_list_views ("
                                                          "{id}, "
                                                          "employee_id {ref} NOT NULL REFERENCES employees(id), "
                                                          "kind INTEGER NOT NULL DEFAULT 1, "
                                                          "name {text} NOT NULL, "
                                                          "definition {text} NOT NULL, "
                                                          "updated_at {text} NOT NULL, "
                                                          "UNIQUE (employee_id, kind, name))")))) {
        if (error)
            *error = failed(query).message;
        return false;
    }
    return true;
}

Result<QStringList> LeadViewRepository::names(qint64 employeeId) const
{
    QStringList names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlCheck::run(query,
                       QStringLiteral("SELECT name FROM lead_list_views WHERE employee_id = ? AND kind = ? "
                                      "ORDER BY %1, name")
                           .arg(SqlDialect::of(m_db).caseInsensitive(QStringLiteral("name"))),
                       {employeeId, KindNamed}))
        return failed(query);
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<std::optional<LeadListView>> LeadViewRepository::read(qint64 employeeId, const QString &key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlCheck::run(query,
                       QStringLiteral("SELECT definition, name FROM lead_list_views "
                                      "WHERE employee_id = ? AND kind = ? AND name = ?"),
                       {employeeId, key.isEmpty() ? KindCurrent : KindNamed, key.isEmpty() ? CurrentName : key}))
        return failed(query);
    if (!query.next())
        return std::optional<LeadListView>();
    LeadListView view = LeadListView::fromJson(query.value(0).toString().toUtf8());
    view.name = key;
    return std::optional<LeadListView>(std::move(view));
}

Result<void> LeadViewRepository::write(qint64 employeeId, const QString &key, const LeadListView &view)
{
    LeadListView stored = view;
    stored.name = key;
    QSqlQuery query(m_db);
    if (!SqlCheck::run(query,
                       QStringLiteral("INSERT INTO lead_list_views (employee_id, kind, name, definition, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (employee_id, kind, name) DO UPDATE SET "
                                      "definition = excluded.definition, updated_at = excluded.updated_at"),
                       {employeeId, key.isEmpty() ? KindCurrent : KindNamed, key.isEmpty() ? CurrentName : key,
                        QString::fromUtf8(stored.toJson()), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return failed(query);
    return {};
}

Result<std::optional<LeadListView>> LeadViewRepository::load(qint64 employeeId, const QString &name) const
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return std::optional<LeadListView>();
    return read(employeeId, key);
}

Result<void> LeadViewRepository::save(qint64 employeeId, const LeadListView &view)
{
    const QString key = view.name.trimmed();
    if (key.isEmpty())
        return Failure{Tr::tr("View name: must not be empty.")};
    if (key.size() > MaxNameLength)
        return Failure{Tr::tr("View name: must be at most %1 characters.").arg(MaxNameLength)};
    return write(employeeId, key, view);
}

Result<void> LeadViewRepository::remove(qint64 employeeId, const QString &name)
{
    QSqlQuery query(m_db);
    if (!SqlCheck::run(query, QStringLiteral("DELETE FROM lead_list_views WHERE employee_id = ? AND kind = ? AND name = ?"),
                       {employeeId, KindNamed, name.trimmed()}))
        return failed(query);
    return {};
}

Result<std::optional<LeadListView>> LeadViewRepository::loadCurrent(qint64 employeeId) const
{
    return read(employeeId, QString());
}

Result<void> LeadViewRepository::saveCurrent(qint64 employeeId, const LeadListView &view)
{
    return write(employeeId, QString(), view);
}
