#include "referencerepository.h"

#include "errorreport.h"
#include "searchkey.h"
#include "sqlvalues.h"
#include "timestamps.h"

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

bool fail(const QSqlQuery &query, QString *error)
{
    return ErrorReport::fail(error, Tr::tr("Database error: %1").arg(query.lastError().text()));
}

// How each kind is read: "SELECT <columns> FROM <table>" yields id, name, parent id, detail.
QString selectColumns(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Company:
        return QStringLiteral("SELECT id, name, 0, tin FROM companies");
    case ReferenceKind::Contact:
        return QStringLiteral("SELECT id, trim(last_name || ' ' || first_name), COALESCE(company_id, 0), "
                              "CASE WHEN email <> '' THEN email ELSE phone END FROM contacts");
    case ReferenceKind::Campaign:
        return QStringLiteral("SELECT id, name, 0, '' FROM campaigns");
    case ReferenceKind::SellingDirection:
        return QStringLiteral("SELECT id, name, 0, '' FROM selling_directions");
    case ReferenceKind::ServiceOrProduct:
        return QStringLiteral("SELECT id, name, direction_id, '' FROM services");
    case ReferenceKind::Channel:
        return QStringLiteral("SELECT id, name, 0, '' FROM channels");
    case ReferenceKind::Employee:
        return QStringLiteral("SELECT id, display_name, 0, login FROM employees");
    }
    return QString();
}

ReferenceItem itemFrom(const QSqlQuery &query)
{
    ReferenceItem item;
    item.id = query.value(0).toLongLong();
    item.name = query.value(1).toString();
    item.parentId = query.value(2).toLongLong();
    item.detail = query.value(3).toString();
    return item;
}

} // namespace

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString ReferenceRepository::tableName(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Company:
        return QStringLiteral("companies");
    case ReferenceKind::Contact:
        return QStringLiteral("contacts");
    case ReferenceKind::Campaign:
        return QStringLiteral("campaigns");
    case ReferenceKind::SellingDirection:
        return QStringLiteral("selling_directions");
    case ReferenceKind::ServiceOrProduct:
        return QStringLiteral("services");
    case ReferenceKind::Channel:
        return QStringLiteral("channels");
    case ReferenceKind::Employee:
        return QStringLiteral("employees");
    }
    return QString();
}

QList<ReferenceItem> ReferenceRepository::search(ReferenceKind kind, const QString &text, qint64 parentId,
                                                 int limit, QString *error) const
{
    QList<ReferenceItem> items;
    if (limit <= 0)
        return items;
    const QString key = SearchKey::fold(text);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);

    const auto readAll = [&](QSqlQuery &q) {
        if (!q.exec()) {
            fail(q, error);
            return false;
        }
        while (q.next())
            items.append(itemFrom(q));
        return true;
    };

    if (kind == ReferenceKind::Company) {
        // Digits typed: companies whose TIN starts with them come first (an indexed range).
        const bool digits = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
        if (digits) {
            QString upper = key;
            upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
            query.prepare(selectColumns(kind) + QStringLiteral(" WHERE tin >= ? AND tin < ? ORDER BY tin, id LIMIT ?"));
            query.addBindValue(key);
            query.addBindValue(upper);
            query.addBindValue(limit);
            if (!readAll(query) || items.size() >= limit)
                return items;
        }
        // Reads the name index in order and stops at the limit: the index covers the match.
        query.prepare(selectColumns(kind)
                      + QStringLiteral(" WHERE name_key LIKE ? ESCAPE '\\' %1ORDER BY name_key, id LIMIT ?")
                            .arg(digits ? QStringLiteral("AND NOT (tin >= ? AND tin < ?) ") : QString()));
        query.addBindValue(SearchKey::containsPattern(key));
        if (digits) {
            QString upper = key;
            upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
            query.addBindValue(key);
            query.addBindValue(upper);
        }
        query.addBindValue(limit - items.size());
        readAll(query);
        return items;
    }

    if (kind == ReferenceKind::Contact) {
        // The given company's contacts first, then everyone else, each part ordered by name;
        // both read an index in name order that covers the match and stop at the limit.
        const QString pattern = SearchKey::containsPattern(key);
        if (parentId > 0) {
            query.prepare(selectColumns(kind)
                          + QStringLiteral(" WHERE company_id = ? AND name_key LIKE ? ESCAPE '\\' "
                                           "ORDER BY name_key, id LIMIT ?"));
            query.addBindValue(parentId);
            query.addBindValue(pattern);
            query.addBindValue(limit);
            if (!readAll(query) || items.size() >= limit)
                return items;
        }
        query.prepare(selectColumns(kind)
                      + QStringLiteral(" WHERE name_key LIKE ? ESCAPE '\\' AND COALESCE(company_id, 0) <> ? "
                                       "ORDER BY name_key, id LIMIT ?"));
        query.addBindValue(pattern);
        query.addBindValue(parentId > 0 ? parentId : qint64(-1));
        query.addBindValue(limit - items.size());
        readAll(query);
        return items;
    }

    // The other lists are short (tens of rows): fold in C++, which knows every script.
    QString sql = selectColumns(kind);
    if (kind == ReferenceKind::ServiceOrProduct && parentId > 0)
        sql += QStringLiteral(" WHERE direction_id = ?");
    if (kind == ReferenceKind::Employee)
        sql += QStringLiteral(" WHERE active = 1");
    query.prepare(sql);
    if (kind == ReferenceKind::ServiceOrProduct && parentId > 0)
        query.addBindValue(parentId);
    if (!query.exec()) {
        fail(query, error);
        return items;
    }
    QList<std::pair<QString, ReferenceItem>> matches;
    while (query.next()) {
        ReferenceItem item = itemFrom(query);
        const QString itemKey = SearchKey::fold(item.name);
        if (key.isEmpty() || itemKey.contains(key)
            || (kind == ReferenceKind::Employee && SearchKey::fold(item.detail).contains(key)))
            matches.append({itemKey, item});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        const int order = QString::localeAwareCompare(a.first, b.first);
        return order != 0 ? order < 0 : a.second.id < b.second.id;
    });
    for (const auto &match : std::as_const(matches)) {
        if (items.size() >= limit)
            break;
        items.append(match.second);
    }
    return items;
}

bool ReferenceRepository::find(ReferenceKind kind, qint64 id, ReferenceItem *item, QString *error) const
{
    if (id <= 0)
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns(kind) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query, error);
    if (!query.next())
        return ErrorReport::fail(error, Tr::tr("The record no longer exists."));
    if (item)
        *item = itemFrom(query);
    return true;
}

QString ReferenceRepository::nameOf(ReferenceKind kind, qint64 id) const
{
    ReferenceItem item;
    return find(kind, id, &item) ? item.name : QString();
}

qint64 ReferenceRepository::insertSimple(ReferenceKind kind, const QString &name, qint64 parentId, QString *error)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        if (error)
            *error = Tr::tr("The name must not be empty.");
        return 0;
    }
    QSqlQuery query(m_db);
    switch (kind) {
    case ReferenceKind::Campaign:
    case ReferenceKind::SellingDirection:
    case ReferenceKind::Channel:
        query.prepare(QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(tableName(kind)));
        query.addBindValue(trimmed);
        break;
    case ReferenceKind::ServiceOrProduct:
        if (parentId <= 0) {
            if (error)
                *error = Tr::tr("A service or product belongs to a selling direction: pick one.");
            return 0;
        }
        query.prepare(QStringLiteral("INSERT INTO services (direction_id, name) VALUES (?, ?)"));
        query.addBindValue(parentId);
        query.addBindValue(trimmed);
        break;
    case ReferenceKind::Company:
    case ReferenceKind::Contact:
    case ReferenceKind::Employee:
        if (error)
            *error = Tr::tr("Companies, contacts and employees have their own forms.");
        return 0;
    }
    if (!query.exec()) {
        fail(query, error);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 ReferenceRepository::insertCompany(const QString &name, const QString &website, const QString &tin,
                                          QString *error)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        if (error)
            *error = Tr::tr("The company name must not be empty.");
        return 0;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO companies (name, website, tin, created_at, name_key) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(SqlValues::notNull(website.trimmed()));
    query.addBindValue(SqlValues::notNull(tin.trimmed()));
    query.addBindValue(Timestamps::format(Timestamps::nowUtc()));
    query.addBindValue(SqlValues::notNull(SearchKey::fold(trimmed)));
    if (!query.exec()) {
        fail(query, error);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 ReferenceRepository::insertContact(qint64 companyId, const QString &firstName, const QString &lastName,
                                          const QString &middleName, const QString &phone, const QString &email,
                                          QString *error)
{
    const QString first = firstName.simplified();
    const QString last = lastName.simplified();
    const QString middle = middleName.simplified();
    if (first.isEmpty() && last.isEmpty()) {
        if (error)
            *error = Tr::tr("A contact needs a first or a last name.");
        return 0;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO contacts (company_id, first_name, last_name, middle_name, phone, "
                                 "email, created_at, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValues::idOrNull(companyId));
    query.addBindValue(SqlValues::notNull(first));
    query.addBindValue(SqlValues::notNull(last));
    query.addBindValue(SqlValues::notNull(middle));
    query.addBindValue(SqlValues::notNull(phone.trimmed()));
    query.addBindValue(SqlValues::notNull(email.trimmed()));
    query.addBindValue(Timestamps::format(Timestamps::nowUtc()));
    query.addBindValue(SqlValues::notNull(SearchKey::fold(last + u' ' + first + u' ' + middle)));
    if (!query.exec()) {
        fail(query, error);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 ReferenceRepository::findCompanyByTin(const QString &tin) const
{
    const QString trimmed = tin.trimmed();
    if (trimmed.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM companies WHERE tin = ? ORDER BY id LIMIT 1"));
    query.addBindValue(trimmed);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 ReferenceRepository::findContactByEmail(const QString &email) const
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1"));
    query.addBindValue(trimmed);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}
