#include "referencerepository.h"

#include "codetable.h"
#include "role.h"
#include "searchkey.h"
#include "sqlvalues.h"
#include "timestamps.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)
};

QString databaseError(const QString &message)
{
    return Tr::tr("Database error: %1").arg(message);
}

// The table of each kind (no labels: the windows name the lists, see ReferenceKinds::label).
constexpr CodeEntry<ReferenceKind> Tables[] = {
    {ReferenceKind::Company, "companies", nullptr},
    {ReferenceKind::Contact, "contacts", nullptr},
    {ReferenceKind::Campaign, "campaigns", nullptr},
    {ReferenceKind::SellingDirection, "selling_directions", nullptr},
    {ReferenceKind::ServiceOrProduct, "services", nullptr},
    {ReferenceKind::Channel, "channels", nullptr},
    {ReferenceKind::Employee, "employees", nullptr},
};

// How each kind is read: "SELECT <columns> FROM <table>" yields id, name, parent id, detail, the
// parent's name and one more part of the note (see itemFrom). A contact's company name comes from a
// scalar subquery on the companies' primary key: it runs for the rows returned only (at most the
// LIMIT), so every search still walks its own index, and the WHERE clauses appended name the
// contacts' columns alone.
QString selectColumns(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Company:
        return QStringLiteral("SELECT id, name, 0, tin, '', website FROM companies");
    case ReferenceKind::Contact:
        return QStringLiteral("SELECT id, trim(last_name || ' ' || first_name), COALESCE(company_id, 0), "
                              "CASE WHEN email <> '' THEN email ELSE phone END, "
                              "COALESCE((SELECT name FROM companies WHERE companies.id = contacts.company_id), ''), "
                              "'' FROM contacts");
    case ReferenceKind::Campaign:
        return QStringLiteral("SELECT id, name, 0, '', '', '' FROM campaigns");
    case ReferenceKind::SellingDirection:
        return QStringLiteral("SELECT id, name, 0, '', '', '' FROM selling_directions");
    case ReferenceKind::ServiceOrProduct:
        return QStringLiteral("SELECT id, name, direction_id, '', '', '' FROM services");
    case ReferenceKind::Channel:
        return QStringLiteral("SELECT id, name, 0, '', '', '' FROM channels");
    case ReferenceKind::Employee:
        return QStringLiteral("SELECT id, display_name, 0, login, '', roles FROM employees");
    }
    return QString();
}

// A website as people say it: "https://www.acme.ru/" -> "acme.ru".
QString shortWebsite(const QString &website)
{
    QString site = website.trimmed();
    for (const QLatin1StringView scheme : {QLatin1StringView("https://"), QLatin1StringView("http://")}) {
        if (site.startsWith(scheme, Qt::CaseInsensitive)) {
            site.remove(0, scheme.size());
            break;
        }
    }
    if (site.startsWith(QLatin1StringView("www."), Qt::CaseInsensitive))
        site.remove(0, 4);
    while (site.endsWith(u'/'))
        site.chop(1);
    return site;
}

// The parts that are not empty, joined as one line.
QString noteOf(const QStringList &parts)
{
    QStringList shown;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            shown << part.trimmed();
    }
    return shown.join(QStringLiteral(" · "));
}

ReferenceItem itemFrom(ReferenceKind kind, const QSqlQuery &query)
{
    ReferenceItem item;
    item.id = query.value(0).toLongLong();
    item.name = query.value(1).toString();
    item.parentId = query.value(2).toLongLong();
    item.detail = query.value(3).toString();
    switch (kind) {
    case ReferenceKind::Company:
        item.note = noteOf({item.detail.isEmpty() ? QString() : Tr::tr("TIN %1").arg(item.detail),
                            shortWebsite(query.value(5).toString())});
        break;
    case ReferenceKind::Contact:
        item.parentName = query.value(4).toString();
        item.note = noteOf({item.parentName, item.detail});
        break;
    case ReferenceKind::Employee:
        item.note = noteOf({item.detail, Roles::labels(Roles::fromStored(query.value(5).toInt()))});
        break;
    case ReferenceKind::Campaign:
    case ReferenceKind::SellingDirection:
    case ReferenceKind::ServiceOrProduct:
    case ReferenceKind::Channel:
        break;
    }
    return item;
}

// Runs a SELECT of selectColumns()'s columns and appends its rows to `items`.
Result<void> readInto(const QSqlDatabase &db, ReferenceKind kind, const QString &sql, const QVariantList &values,
                      QList<ReferenceItem> &items)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(query, sql, values); !ran)
        return Failure{databaseError(ran.error())};
    while (query.next())
        items.append(itemFrom(kind, query));
    return {};
}

// The key with its last character raised: the end of the range of TINs starting with `key`.
QString upperBound(const QString &key)
{
    QString upper = key;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    return upper;
}

// Companies: when digits are typed, those whose TIN starts with them first (an indexed range);
// then the name index read in order, stopping at the limit (the index covers the match).
Result<QList<ReferenceItem>> searchCompanies(const QSqlDatabase &db, const QString &key, int limit)
{
    QList<ReferenceItem> items;
    const QString select = selectColumns(ReferenceKind::Company);
    const bool digits = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
    if (digits) {
        if (const Result<void> read
            = readInto(db, ReferenceKind::Company, select + QStringLiteral(" WHERE tin >= ? AND tin < ? ORDER BY tin, id LIMIT ?"),
                       {key, upperBound(key), limit}, items);
            !read)
            return Failure{read.error()};
        if (items.size() >= limit)
            return items;
    }
    QVariantList values{SearchKey::containsPattern(key)};
    if (digits)
        values << key << upperBound(key);
    values << limit - items.size();
    const QString sql = select
        + QStringLiteral(" WHERE name_key LIKE ? ESCAPE '\\' %1ORDER BY name_key, id LIMIT ?")
              .arg(digits ? QStringLiteral("AND NOT (tin >= ? AND tin < ?) ") : QString());
    if (const Result<void> read = readInto(db, ReferenceKind::Company, sql, values, items); !read)
        return Failure{read.error()};
    return items;
}

// Contacts: the given company's first, then everyone else, each part ordered by name; both read
// an index in name order that covers the match and stop at the limit.
Result<QList<ReferenceItem>> searchContacts(const QSqlDatabase &db, const QString &key, qint64 companyId, int limit)
{
    QList<ReferenceItem> items;
    const QString select = selectColumns(ReferenceKind::Contact);
    const QString pattern = SearchKey::containsPattern(key);
    if (companyId > 0) {
        if (const Result<void> read = readInto(db, ReferenceKind::Contact,
                                               select
                                                   + QStringLiteral(" WHERE company_id = ? AND name_key LIKE ? "
                                                                    "ESCAPE '\\' ORDER BY name_key, id LIMIT ?"),
                                               {companyId, pattern, limit}, items);
            !read)
            return Failure{read.error()};
        if (items.size() >= limit)
            return items;
    }
    if (const Result<void> read
        = readInto(db, ReferenceKind::Contact,
                   select
                       + QStringLiteral(" WHERE name_key LIKE ? ESCAPE '\\' AND "
                                        "COALESCE(company_id, 0) <> ? ORDER BY name_key, id LIMIT ?"),
                   {pattern, companyId > 0 ? companyId : qint64(-1), limit - items.size()}, items);
        !read)
        return Failure{read.error()};
    return items;
}

// The other lists are short (tens of rows): read whole and folded in C++, which knows every script.
Result<QList<ReferenceItem>> searchShortList(const QSqlDatabase &db, ReferenceKind kind, const QString &key,
                                             qint64 parentId, int limit)
{
    QString sql = selectColumns(kind);
    QVariantList values;
    if (kind == ReferenceKind::ServiceOrProduct && parentId > 0) {
        sql += QStringLiteral(" WHERE direction_id = ?");
        values << parentId;
    }
    if (kind == ReferenceKind::Employee)
        sql += QStringLiteral(" WHERE active = 1");
    QList<ReferenceItem> all;
    if (const Result<void> read = readInto(db, kind, sql, values, all); !read)
        return Failure{read.error()};
    QList<std::pair<QString, ReferenceItem>> matches;
    for (const ReferenceItem &item : std::as_const(all)) {
        const QString itemKey = SearchKey::fold(item.name);
        if (key.isEmpty() || itemKey.contains(key)
            || (kind == ReferenceKind::Employee && SearchKey::fold(item.detail).contains(key)))
            matches.append({itemKey, item});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        const int order = QString::localeAwareCompare(a.first, b.first);
        return order != 0 ? order < 0 : a.second.id < b.second.id;
    });
    QList<ReferenceItem> items;
    for (const auto &match : std::as_const(matches)) {
        if (items.size() >= limit)
            break;
        items.append(match.second);
    }
    return items;
}

} // namespace

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString ReferenceRepository::tableName(ReferenceKind kind)
{
    return CodeTable::code(Tables, kind);
}

Result<QList<ReferenceItem>> ReferenceRepository::search(ReferenceKind kind, const QString &text, qint64 parentId,
                                                         int limit) const
{
    if (limit <= 0)
        return QList<ReferenceItem>();
    const QString key = SearchKey::fold(text);
    return kind == ReferenceKind::Company ? searchCompanies(m_db, key, limit)
        : kind == ReferenceKind::Contact  ? searchContacts(m_db, key, parentId, limit)
                                          : searchShortList(m_db, kind, key, parentId, limit);
}

Result<ReferenceItem> ReferenceRepository::find(ReferenceKind kind, qint64 id) const
{
    if (id <= 0)
        return Failure{Tr::tr("The record no longer exists.")};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(query, selectColumns(kind) + QStringLiteral(" WHERE id = ?"), {id});
        !ran)
        return Failure{databaseError(ran.error())};
    if (!query.next())
        return Failure{Tr::tr("The record no longer exists.")};
    return itemFrom(kind, query);
}

QString ReferenceRepository::nameOf(ReferenceKind kind, qint64 id) const
{
    const Result<ReferenceItem> item = find(kind, id);
    return item ? item->name : QString();
}

Result<qint64> ReferenceRepository::insertSimple(ReferenceKind kind, const QString &name, qint64 parentId)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Failure{Tr::tr("The name must not be empty.")};
    QString sql;
    QVariantList values;
    switch (kind) {
    case ReferenceKind::Campaign:
    case ReferenceKind::SellingDirection:
    case ReferenceKind::Channel:
        sql = QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(tableName(kind));
        values = {trimmed};
        break;
    case ReferenceKind::ServiceOrProduct:
        if (parentId <= 0)
            return Failure{Tr::tr("A service or product belongs to a selling direction: pick one.")};
        sql = QStringLiteral("INSERT INTO services (direction_id, name) VALUES (?, ?)");
        values = {parentId, trimmed};
        break;
    case ReferenceKind::Company:
    case ReferenceKind::Contact:
    case ReferenceKind::Employee:
        return Failure{Tr::tr("Companies, contacts and employees have their own forms.")};
    }
    QSqlQuery query(m_db);
    const Result<qint64> id = SqlDialect::of(m_db).insert(query, sql, values);
    if (!id)
        return Failure{databaseError(id.error())};
    return *id;
}

Result<qint64> ReferenceRepository::insertCompany(const QString &name, const QString &website, const QString &tin)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Failure{Tr::tr("The company name must not be empty.")};
    QSqlQuery query(m_db);
    const Result<qint64> id = SqlDialect::of(m_db).insert(query,
            QStringLiteral("INSERT INTO companies (name, website, tin, created_at, name_key) VALUES (?, ?, ?, ?, ?)"),
            {trimmed, SqlValues::notNull(website.trimmed()), SqlValues::notNull(tin.trimmed()),
             Timestamps::format(Timestamps::nowUtc()), SqlValues::notNull(SearchKey::fold(trimmed))});
    if (!id)
        return Failure{databaseError(id.error())};
    return *id;
}

Result<qint64> ReferenceRepository::insertContact(qint64 companyId, const QString &firstName,
                                                 const QString &lastName, const QString &middleName,
                                                 const QString &phone, const QString &email)
{
    const QString first = firstName.simplified();
    const QString last = lastName.simplified();
    const QString middle = middleName.simplified();
    if (first.isEmpty() && last.isEmpty())
        return Failure{Tr::tr("A contact needs a first or a last name.")};
    QSqlQuery query(m_db);
    const Result<qint64> id = SqlDialect::of(m_db).insert(query,
                        QStringLiteral("INSERT INTO contacts (company_id, first_name, last_name, middle_name, phone, "
                                       "email, created_at, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {SqlValues::idOrNull(companyId), SqlValues::notNull(first), SqlValues::notNull(last),
                         SqlValues::notNull(middle), SqlValues::notNull(phone.trimmed()),
                         SqlValues::notNull(email.trimmed()), Timestamps::format(Timestamps::nowUtc()),
                         SqlValues::notNull(SearchKey::fold(last + u' ' + first + u' ' + middle))});
    if (!id)
        return Failure{databaseError(id.error())};
    return *id;
}

qint64 ReferenceRepository::findCompanyByTin(const QString &tin) const
{
    const QString trimmed = tin.trimmed();
    if (trimmed.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    if (!SqlCheck::run(query, QStringLiteral("SELECT id FROM companies WHERE tin = ? ORDER BY id LIMIT 1"), {trimmed})
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 ReferenceRepository::findContactByEmail(const QString &email) const
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    if (!SqlCheck::run(query,
                       QStringLiteral("SELECT id FROM contacts WHERE %1 ORDER BY id LIMIT 1")
                           .arg(SqlDialect::of(m_db).equalsIgnoringCase(QStringLiteral("email"))),
                       {trimmed})
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}
