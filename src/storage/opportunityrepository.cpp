#include "opportunityrepository.h"

#include "searchkey.h"
#include "timestamps.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityRepository)
};

QString databaseError(const QString &message)
{
    return Tr::tr("Database error: %1").arg(message);
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT o.id, o.name, o.lead_id, COALESCE(l.name, ''), COALESCE(o.company_id, 0), COALESCE(c.name, ''), "
        "COALESCE(o.contact_id, 0), COALESCE(trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name), ''), "
        "COALESCE(o.owner_id, 0), COALESCE(e.display_name, ''), COALESCE(o.created_by, 0), "
        "COALESCE(b.display_name, ''), o.created_at "
        "FROM opportunities o "
        "LEFT JOIN leads l ON l.id = o.lead_id "
        "LEFT JOIN companies c ON c.id = o.company_id "
        "LEFT JOIN contacts p ON p.id = o.contact_id "
        "LEFT JOIN employees e ON e.id = o.owner_id "
        "LEFT JOIN employees b ON b.id = o.created_by ");
    return sql;
}

// Name keys are folded in C++ (SQLite folds ASCII only): companies and contacts have one stored;
// opportunity, owner and lead names are compared with LIKE without regard to case.
QString whereSql(const SqlDialect &dialect)
{
    QStringList matches;
    for (const char *column : {"o.name", "c.name_key", "p.name_key", "e.display_name", "l.name"})
        matches << dialect.likeIgnoringCase(QLatin1String(column));
    return QStringLiteral("WHERE (? = '' OR %1) ").arg(matches.join(QStringLiteral(" OR ")));
}

// The values of whereSql()'s placeholders.
QVariantList searchValues(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString raw = SearchKey::containsPattern(trimmed);
    const QString folded = SearchKey::containsPattern(SearchKey::fold(trimmed));
    return {trimmed, raw, folded, folded, raw, raw};
}

Opportunity fromQuery(const QSqlQuery &query)
{
    Opportunity o;
    o.id = query.value(0).toLongLong();
    o.name = query.value(1).toString();
    o.leadId = query.value(2).toLongLong();
    o.leadName = query.value(3).toString();
    o.companyId = query.value(4).toLongLong();
    o.companyName = query.value(5).toString();
    o.contactId = query.value(6).toLongLong();
    o.contactName = query.value(7).toString().simplified();
    o.ownerId = query.value(8).toLongLong();
    o.ownerName = query.value(9).toString();
    o.createdById = query.value(10).toLongLong();
    o.createdByName = query.value(11).toString();
    o.createdAt = Timestamps::parse(query.value(12).toString());
    return o;
}

// Runs a SELECT of selectSql()'s columns and reads every row.
Result<QList<Opportunity>> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(query, sql, values); !ran)
        return Failure{databaseError(ran.error())};
    QList<Opportunity> list;
    while (query.next())
        list.append(fromQuery(query));
    return list;
}

} // namespace

OpportunityRepository::OpportunityRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<Opportunity> OpportunityRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (const Result<void> ran = SqlCheck::run(query, selectSql() + QStringLiteral("WHERE o.id = ?"), {id}); !ran)
        return Failure{databaseError(ran.error())};
    if (!query.next())
        return Failure{Tr::tr("Opportunity %1 does not exist.").arg(id)};
    return fromQuery(query);
}

Result<QList<Opportunity>> OpportunityRepository::forLead(qint64 leadId) const
{
    return readAll(m_db, selectSql() + QStringLiteral("WHERE o.lead_id = ? ORDER BY o.id"), {leadId});
}

Result<QList<Opportunity>> OpportunityRepository::search(const QString &text, int limit, int offset) const
{
    const QString sql
        = selectSql() + whereSql(SqlDialect::of(m_db))
          + QStringLiteral("ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?");
    return readAll(m_db, sql, searchValues(text) + QVariantList{limit, offset});
}

qint64 OpportunityRepository::count(const QString &text) const
{
    QSqlQuery query(m_db);
    const Result<void> ran = text.trimmed().isEmpty()
        ? SqlCheck::run(query, QStringLiteral("SELECT COUNT(*) FROM opportunities"))
        : SqlCheck::run(query,
                        QStringLiteral("SELECT COUNT(*) FROM opportunities o "
                                       "LEFT JOIN leads l ON l.id = o.lead_id "
                                       "LEFT JOIN companies c ON c.id = o.company_id "
                                       "LEFT JOIN contacts p ON p.id = o.contact_id "
                                       "LEFT JOIN employees e ON e.id = o.owner_id ")
                            + whereSql(SqlDialect::of(m_db)),
                        searchValues(text));
    if (!ran) {
        qWarning("Could not count the opportunities: %s", qPrintable(ran.error()));
        return 0;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}
