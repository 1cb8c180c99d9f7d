#include "referenceadmin.h"

#include "admincheck.h"
#include "codetable.h"
#include "employeerepository.h"
#include "leadvalidator.h"
#include "searchkey.h"
#include "sqlvalues.h"
#include "timestamps.h"
#include "transaction.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceAdmin)
};

QString dbMessage(const QString &message)
{
    return Tr::tr("Database error: %1").arg(message);
}

// The windows' names of the reference lists (the codes are the tables').
bool isSimple(ReferenceKind kind)
{
    return kind == ReferenceKind::Campaign || kind == ReferenceKind::SellingDirection
           || kind == ReferenceKind::Channel;
}

bool isManaged(ReferenceKind kind)
{
    return kind != ReferenceKind::Employee;
}

QString contactName(const QString &last, const QString &first, const QString &middle)
{
    QStringList parts{last, first, middle};
    parts.removeAll(QString());
    return parts.join(u' ');
}

const QString &selectSql(ReferenceKind kind)
{
    static const QString company = QStringLiteral("SELECT id, name, website, tin FROM companies ");
    static const QString contact = QStringLiteral(
        "SELECT p.id, p.first_name, p.last_name, p.middle_name, p.phone, p.email, COALESCE(p.company_id, 0), "
        "COALESCE(c.name, '') FROM contacts p LEFT JOIN companies c ON c.id = p.company_id ");
    static const QString service = QStringLiteral(
        "SELECT s.id, s.name, s.direction_id, COALESCE(d.name, '') FROM services s "
        "LEFT JOIN selling_directions d ON d.id = s.direction_id ");
    static const QString campaign = QStringLiteral("SELECT id, name FROM campaigns ");
    static const QString direction = QStringLiteral("SELECT id, name FROM selling_directions ");
    static const QString channel = QStringLiteral("SELECT id, name FROM channels ");
    switch (kind) {
    case ReferenceKind::Company:
        return company;
    case ReferenceKind::Contact:
        return contact;
    case ReferenceKind::ServiceOrProduct:
        return service;
    case ReferenceKind::Campaign:
        return campaign;
    case ReferenceKind::SellingDirection:
        return direction;
    case ReferenceKind::Channel:
    case ReferenceKind::Employee:
        break;
    }
    return channel;
}

ReferenceRecord fromQuery(ReferenceKind kind, const QSqlQuery &query)
{
    ReferenceRecord r;
    r.id = query.value(0).toLongLong();
    switch (kind) {
    case ReferenceKind::Company:
        r.name = query.value(1).toString();
        r.website = query.value(2).toString();
        r.tin = query.value(3).toString();
        break;
    case ReferenceKind::Contact:
        r.firstName = query.value(1).toString();
        r.lastName = query.value(2).toString();
        r.middleName = query.value(3).toString();
        r.phone = query.value(4).toString();
        r.email = query.value(5).toString();
        r.parentId = query.value(6).toLongLong();
        r.parentName = query.value(7).toString();
        r.name = contactName(r.lastName, r.firstName, r.middleName);
        break;
    case ReferenceKind::ServiceOrProduct:
        r.name = query.value(1).toString();
        r.parentId = query.value(2).toLongLong();
        r.parentName = query.value(3).toString();
        break;
    default:
        r.name = query.value(1).toString();
        break;
    }
    return r;
}

Result<void> checkAdmin(const QSqlDatabase &db, const Employee &actor)
{
    return AdminCheck::check(db, actor.id, Tr::tr("Only an administrator (crm_admin) can change reference data."),
                             Tr::tr("Database error: %1"));
}

Result<qint64> countWhere(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery query(db);
    if (const Result<void> ran = SqlCheck::run(query, sql, {id}); !ran)
        return Failure{dbMessage(ran.error())};
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Whether another row of the table already has this name (names of simple lists are unique;
// services are unique within their direction when `byParent`).
Result<bool> nameTaken(const QSqlDatabase &db, const QString &table, const QString &name, qint64 exceptId,
                       qint64 parentId, bool byParent)
{
    QSqlQuery query(db);
    QString sql = QStringLiteral("SELECT id, name FROM %1 WHERE id <> ?").arg(table);
    QVariantList values{exceptId};
    if (byParent) {
        sql += QStringLiteral(" AND direction_id = ?");
        values << parentId;
    }
    if (const Result<void> ran = SqlCheck::run(query, sql, values); !ran)
        return Failure{dbMessage(ran.error())};
    const QString key = SearchKey::fold(name);
    while (query.next()) {
        if (SearchKey::fold(query.value(1).toString()) == key)
            return true;
    }
    return false;
}

Result<bool> exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    const Result<qint64> count = countWhere(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table), id);
    if (!count)
        return Failure{count.error()};
    return *count > 0;
}

// Refuses with `refusal` when `check` holds; a failed check refuses with its own message.
Result<void> refuseIf(const Result<bool> &check, const QString &refusal)
{
    if (!check)
        return Failure{check.error()};
    if (*check)
        return Failure{refusal};
    return {};
}

// The record as stored: normalised, with the checks that need no database, worded per field.
Result<ReferenceRecord> normalised(ReferenceKind kind, const ReferenceRecord &input)
{
    ReferenceRecord r = input;
    r.name = LeadValidator::normaliseLine(r.name);
    switch (kind) {
    case ReferenceKind::Company: {
        if (r.name.isEmpty())
            return Failure{Tr::tr("Company name: enter the company's name.")};
        const QString website = r.website.trimmed();
        if (!website.isEmpty()) {
            r.website = LeadValidator::normaliseWebsite(website);
            if (r.website.isEmpty())
                return Failure{Tr::tr("Company website: enter an http or https address such as acme.ru.")};
        }
        r.tin = LeadValidator::normaliseTin(r.tin);
        if (!r.tin.isEmpty() && !LeadValidator::isValidTin(r.tin))
            return Failure{Tr::tr("Company TIN: must have exactly 9, 10 or 12 digits.")};
        break;
    }
    case ReferenceKind::Contact:
        r.firstName = LeadValidator::normaliseLine(r.firstName);
        r.lastName = LeadValidator::normaliseLine(r.lastName);
        r.middleName = LeadValidator::normaliseLine(r.middleName);
        r.phone = LeadValidator::normaliseLine(r.phone);
        r.email = LeadValidator::normaliseEmail(r.email);
        if (r.firstName.isEmpty())
            return Failure{Tr::tr("First name: enter the contact's first name.")};
        if (r.lastName.isEmpty())
            return Failure{Tr::tr("Last name: enter the contact's last name.")};
        if (!r.phone.isEmpty() && !LeadValidator::isValidPhone(r.phone))
            return Failure{Tr::tr("Phone: use digits, spaces and + ( ) -, with 5 to 20 digits.")};
        if (!r.email.isEmpty() && !LeadValidator::isValidEmail(r.email))
            return Failure{Tr::tr("Email: \"%1\" is not an e-mail address.").arg(r.email)};
        break;
    case ReferenceKind::ServiceOrProduct:
        if (r.name.isEmpty())
            return Failure{Tr::tr("Name: enter a name.")};
        if (r.parentId <= 0)
            return Failure{Tr::tr("Selling direction: pick the direction this service or product belongs to.")};
        break;
    default:
        if (r.name.isEmpty())
            return Failure{Tr::tr("Name: enter a name.")};
        break;
    }
    for (const QString *text : {&r.name, &r.website, &r.firstName, &r.lastName, &r.middleName, &r.email}) {
        if (LeadValidator::characterCount(*text) > LeadValidator::MaxLineLength)
            return Failure{Tr::tr("Use at most %1 characters in a field.").arg(LeadValidator::MaxLineLength)};
    }
    return r;
}

// The checks against what is stored: the record and its parent still exist, names and TINs unique.
Result<void> checkStored(const QSqlDatabase &db, ReferenceKind kind, const ReferenceRecord &r, const QString &table)
{
    const QString gone = Tr::tr("The record no longer exists.");
    Result<void> checked;
    if (r.id > 0) {
        const Result<bool> found = exists(db, table, r.id);
        checked = refuseIf(found ? Result<bool>(!*found) : found, gone);
    }
    if (checked && isSimple(kind))
        checked = refuseIf(nameTaken(db, table, r.name, r.id, 0, false),
                           Tr::tr("Name: \"%1\" already exists.").arg(r.name));
    if (checked && kind == ReferenceKind::ServiceOrProduct) {
        const Result<bool> direction = exists(db, QStringLiteral("selling_directions"), r.parentId);
        checked = refuseIf(direction ? Result<bool>(!*direction) : direction,
                           Tr::tr("Selling direction: the chosen direction no longer exists."));
        if (checked)
            checked = refuseIf(nameTaken(db, table, r.name, r.id, r.parentId, true),
                               Tr::tr("Name: \"%1\" already exists in this selling direction.").arg(r.name));
    }
    if (checked && kind == ReferenceKind::Company && !r.tin.isEmpty()) {
        QSqlQuery same(db);
        const Result<void> ran = SqlCheck::run(
            same, QStringLiteral("SELECT name FROM companies WHERE tin = ? AND id <> ? LIMIT 1"), {r.tin, r.id});
        if (!ran)
            checked = Failure{dbMessage(ran.error())};
        else if (same.next())
            checked = Failure{Tr::tr("Company TIN: %1 already has this TIN.").arg(same.value(0).toString())};
    }
    if (checked && kind == ReferenceKind::Contact && r.parentId > 0) {
        const Result<bool> company = exists(db, QStringLiteral("companies"), r.parentId);
        checked = refuseIf(company ? Result<bool>(!*company) : company,
                           Tr::tr("Company: the chosen company no longer exists."));
    }
    return checked;
}

// The INSERT (id 0) or UPDATE of a record, with its values in binding order.
std::pair<QString, QVariantList> writeSql(ReferenceKind kind, const ReferenceRecord &r, const QString &table)
{
    const bool update = r.id > 0;
    const QVariant last = update ? QVariant(r.id) : QVariant(Timestamps::format(Timestamps::nowUtc()));
    switch (kind) {
    case ReferenceKind::Company:
        return {update
                    ? QStringLiteral("UPDATE companies SET name = ?, website = ?, tin = ?, name_key = ? WHERE id = ?")
                    : QStringLiteral("INSERT INTO companies (name, website, tin, name_key, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                {SqlValues::notNull(r.name), SqlValues::notNull(r.website), SqlValues::notNull(r.tin),
                 SearchKey::fold(r.name), last}};
    case ReferenceKind::Contact:
        return {update ? QStringLiteral("UPDATE contacts SET company_id = ?, first_name = ?, last_name = ?, "
                                        "middle_name = ?, phone = ?, email = ?, name_key = ? WHERE id = ?")
                       : QStringLiteral("INSERT INTO contacts (company_id, first_name, last_name, middle_name, "
                                        "phone, email, name_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {SqlValues::idOrNull(r.parentId), SqlValues::notNull(r.firstName), SqlValues::notNull(r.lastName),
                 SqlValues::notNull(r.middleName), SqlValues::notNull(r.phone), SqlValues::notNull(r.email),
                 SearchKey::fold(r.lastName + u' ' + r.firstName + u' ' + r.middleName), last}};
    case ReferenceKind::ServiceOrProduct:
        if (update)
            return {QStringLiteral("UPDATE services SET name = ?, direction_id = ? WHERE id = ?"),
                    {SqlValues::notNull(r.name), r.parentId, r.id}};
        return {QStringLiteral("INSERT INTO services (name, direction_id) VALUES (?, ?)"),
                {SqlValues::notNull(r.name), r.parentId}};
    default:
        if (update)
            return {QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table),
                    {SqlValues::notNull(r.name), r.id}};
        return {QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(table), {SqlValues::notNull(r.name)}};
    }
}

} // namespace

ReferenceAdmin::ReferenceAdmin(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<ReferenceRecord>> ReferenceAdmin::list(ReferenceKind kind, const QString &text, int limit) const
{
    QList<ReferenceRecord> records;
    if (!isManaged(kind) || limit <= 0)
        return records;
    const QString key = SearchKey::fold(text.trimmed());
    const SqlDialect dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    Result<void> ran;
    if (kind == ReferenceKind::Company) {
        ran = SqlCheck::run(query,
                            selectSql(kind)
                                + QStringLiteral("WHERE %1 OR %2 ORDER BY name_key, id LIMIT ?")
                                      .arg(dialect.likeIgnoringCase(QStringLiteral("name_key")),
                                           dialect.likeIgnoringCase(QStringLiteral("tin"))),
                            {SearchKey::containsPattern(key),
                             key.isEmpty() ? QStringLiteral("-") : SearchKey::prefixPattern(key), limit});
    } else if (kind == ReferenceKind::Contact) {
        ran = SqlCheck::run(query,
                            selectSql(kind)
                                + QStringLiteral("WHERE %1 OR %2 ORDER BY p.name_key, p.id LIMIT ?")
                                      .arg(dialect.likeIgnoringCase(QStringLiteral("p.name_key")),
                                           dialect.likeIgnoringCase(QStringLiteral("p.email"))),
                            {SearchKey::containsPattern(key), SearchKey::containsPattern(key), limit});
    } else {
        // The name (the second column), then the id.
        const QString name = kind == ReferenceKind::ServiceOrProduct ? QStringLiteral("s.name") : QStringLiteral("name");
        ran = SqlCheck::run(query, selectSql(kind) + QStringLiteral("ORDER BY %1, 1").arg(dialect.caseInsensitive(name)));
    }
    if (!ran)
        return Failure{dbMessage(ran.error())};
    while (query.next() && records.size() < limit) {
        ReferenceRecord r = fromQuery(kind, query);
        if (kind == ReferenceKind::Company || kind == ReferenceKind::Contact || key.isEmpty()
            || SearchKey::fold(r.name).contains(key) || SearchKey::fold(r.parentName).contains(key))
            records.append(r);
    }
    return records;
}

Result<ReferenceRecord> ReferenceAdmin::find(ReferenceKind kind, qint64 id) const
{
    if (!isManaged(kind))
        return Failure{Tr::tr("Employees are managed in the Employees window.")};
    const QString prefix = kind == ReferenceKind::Contact ? QStringLiteral("p.")
                           : kind == ReferenceKind::ServiceOrProduct ? QStringLiteral("s.")
                                                                     : QString();
    QSqlQuery query(m_db);
    if (const Result<void> ran
        = SqlCheck::run(query, selectSql(kind) + QStringLiteral("WHERE %1id = ?").arg(prefix), {id});
        !ran)
        return Failure{dbMessage(ran.error())};
    if (!query.next())
        return Failure{Tr::tr("The record no longer exists.")};
    return fromQuery(kind, query);
}

Result<qint64> ReferenceAdmin::save(const Employee &actor, ReferenceKind kind, const ReferenceRecord &input)
{
    if (!isManaged(kind))
        return Failure{Tr::tr("Employees are managed in the Employees window.")};
    // Checks that need no database first, worded per field.
    const Result<ReferenceRecord> record = normalised(kind, input);
    if (!record)
        return Failure{record.error()};
    const ReferenceRecord &r = *record;

    Transaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (const Result<void> admin = checkAdmin(m_db, actor); !admin)
        return Failure{admin.error()};
    const QString table = ReferenceRepository::tableName(kind);
    if (const Result<void> checked = checkStored(m_db, kind, r, table); !checked)
        return Failure{checked.error()};
    const auto [sql, values] = writeSql(kind, r, table);
    QSqlQuery query(m_db);
    qint64 id = r.id;
    if (r.id > 0) {
        if (const Result<void> ran = SqlCheck::run(query, sql, values); !ran)
            return Failure{dbMessage(ran.error())};
    } else {
        const Result<qint64> inserted = SqlDialect::of(m_db).insert(query, sql, values);
        if (!inserted)
            return Failure{dbMessage(inserted.error())};
        id = *inserted;
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

QString ReferenceAdmin::usage(ReferenceKind kind, qint64 id) const
{
    struct Use
    {
        const char *sql;
        int kind;   // 0 leads, 1 opportunities, 2 contacts, 3 services
    };
    QList<Use> uses;
    switch (kind) {
    case ReferenceKind::Company:
        uses = {{"SELECT COUNT(*) FROM leads WHERE company_id = ?", 0},
                {"SELECT COUNT(*) FROM opportunities WHERE company_id = ?", 1},
                {"SELECT COUNT(*) FROM contacts WHERE company_id = ?", 2}};
        break;
    case ReferenceKind::Contact:
        uses = {{"SELECT COUNT(*) FROM leads WHERE contact_id = ?", 0},
                {"SELECT COUNT(*) FROM opportunities WHERE contact_id = ?", 1}};
        break;
    case ReferenceKind::Campaign:
        uses = {{"SELECT COUNT(*) FROM leads WHERE campaign_id = ?", 0}};
        break;
    case ReferenceKind::SellingDirection:
        uses = {{"SELECT COUNT(*) FROM leads WHERE direction_id = ?", 0},
                {"SELECT COUNT(*) FROM services WHERE direction_id = ?", 3}};
        break;
    case ReferenceKind::ServiceOrProduct:
        uses = {{"SELECT COUNT(*) FROM leads WHERE service_id = ?", 0}};
        break;
    case ReferenceKind::Channel:
        uses = {{"SELECT COUNT(*) FROM leads WHERE channel_id = ?", 0}};
        break;
    case ReferenceKind::Employee:
        return Tr::tr("Employees are deactivated, never deleted.");
    }
    QStringList parts;
    for (const Use &use : std::as_const(uses)) {
        const Result<qint64> count = countWhere(m_db, QString::fromLatin1(use.sql), id);
        if (!count)
            return count.error(); // a failed check reads as "in use": nothing is deleted blindly
        const qint64 n = *count;
        if (n <= 0)
            continue;
        switch (use.kind) {
        case 0:
            parts.append(n == 1 ? Tr::tr("1 lead") : Tr::tr("%1 leads").arg(n));
            break;
        case 1:
            parts.append(n == 1 ? Tr::tr("1 opportunity") : Tr::tr("%1 opportunities").arg(n));
            break;
        case 2:
            parts.append(n == 1 ? Tr::tr("1 contact") : Tr::tr("%1 contacts").arg(n));
            break;
        default:
            parts.append(n == 1 ? Tr::tr("1 service or product") : Tr::tr("%1 services or products").arg(n));
            break;
        }
    }
    if (parts.isEmpty())
        return QString();
    return Tr::tr("Still used by %1.").arg(parts.join(Tr::tr(", ")));
}

Result<void> ReferenceAdmin::remove(const Employee &actor, ReferenceKind kind, qint64 id)
{
    if (!isManaged(kind))
        return Failure{Tr::tr("Employees are deactivated, never deleted.")};
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> admin = checkAdmin(m_db, actor); !admin)
        return admin;
    const QString table = ReferenceRepository::tableName(kind);
    const Result<bool> found = exists(m_db, table, id);
    if (!found)
        return Failure{found.error()};
    if (!*found)
        return Failure{Tr::tr("The record no longer exists.")};
    const QString inUse = usage(kind, id);
    if (!inUse.isEmpty())
        return Failure{Tr::tr("Cannot delete: %1").arg(inUse)};
    QSqlQuery query(m_db);
    if (const Result<void> ran = SqlCheck::run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
        !ran)
        return Failure{dbMessage(ran.error())};
    return transaction.commit();
}
