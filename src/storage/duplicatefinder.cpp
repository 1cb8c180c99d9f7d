#include "duplicatefinder.h"

#include "sqlcheck.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
};

// Open leads: New (1) and Assigned (2), see LeadState.
const char *const kOpenStates = "state IN (1, 2)";

// Prepares, binds and runs `sql`.
Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (const Result<void> ran = SqlCheck::run(query, sql, values); !ran)
        return Failure{Tr::tr("Database error: %1").arg(ran.error())};
    return {};
}

// Runs `sql` (selecting id, name, detail) and appends its rows as matches of `kind`.
Result<void> collect(QSqlQuery &query, const QString &sql, const QVariantList &values, DuplicateMatch::Kind kind,
                     QList<DuplicateMatch> *out)
{
    if (Result<void> ran = run(query, sql, values); !ran)
        return ran;
    while (query.next()) {
        DuplicateMatch match;
        match.kind = kind;
        match.id = query.value(0).toLongLong();
        match.name = query.value(1).toString();
        match.detail = query.value(2).toString();
        out->append(match);
    }
    return {};
}

} // namespace

DuplicateFinder::DuplicateFinder(QSqlDatabase db)
    : m_db(db)
{
}

QString DuplicateFinder::phoneDigitsSql(const QString &column)
{
    // Phone numbers hold digits, spaces and + ( ) - (LeadValidator::isValidPhone); dots too in
    // imported data. Keep this text identical to the index definitions in schema.cpp.
    return QStringLiteral("replace(replace(replace(replace(replace(replace(%1, ' ', ''), '-', ''), '(', ''), ')', ''), "
                          "'+', ''), '.', '')")
        .arg(column);
}

QString DuplicateFinder::openLeadCondition(Key key, const SqlDialect &dialect, int phoneKeys)
{
    switch (key) {
    case Key::Email:
        return QStringLiteral("%1 AND contact_email <> '' AND %2")
            .arg(dialect.equalsIgnoringCase(QStringLiteral("contact_email")), QLatin1String(kOpenStates));
    case Key::Phone:
        return QStringLiteral("contact_phone <> '' AND %1 IN (%2) AND %3")
            .arg(phoneDigitsSql(QStringLiteral("contact_phone")), SqlValues::placeholders(phoneKeys),
                 QLatin1String(kOpenStates));
    case Key::Tin:
        return QStringLiteral("company_tin = ? AND company_tin <> '' AND %1").arg(QLatin1String(kOpenStates));
    }
    return QString();
}

QStringList DuplicateFinder::phoneKeys(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    if (digits.size() < 5)
        return {};
    QStringList keys{digits};
    QString national;
    if (digits.size() == 11 && (digits.startsWith(u'7') || digits.startsWith(u'8')))
        national = digits.mid(1);
    else if (digits.size() == 10 && digits.startsWith(u'9'))
        national = digits;
    if (!national.isEmpty()) {
        for (const QString &key : QStringList{QStringLiteral("7") + national, QStringLiteral("8") + national, national}) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

Result<QList<DuplicateMatch>> DuplicateFinder::byEmail(const QString &email, qint64 excludeLeadId, int limit) const
{
    QList<DuplicateMatch> out;
    const QString value = email.trimmed();
    if (value.isEmpty())
        return out;
    const SqlDialect dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    Result<void> found = collect(query,
                                 QStringLiteral("SELECT id, trim(last_name || ' ' || first_name), email FROM contacts "
                                                "WHERE %1 ORDER BY id LIMIT ?")
                                     .arg(dialect.equalsIgnoringCase(QStringLiteral("email"))),
                                 {value, limit}, DuplicateMatch::Kind::Contact, &out);
    if (found)
        found = collect(query,
                        QStringLiteral("SELECT id, name, contact_email FROM leads WHERE %1 AND id <> ? ORDER BY id DESC LIMIT ?")
                            .arg(openLeadCondition(Key::Email, dialect)),
                        {value, excludeLeadId, limit}, DuplicateMatch::Kind::Lead, &out);
    if (!found)
        return Failure{found.error()};
    return out;
}

Result<QList<DuplicateMatch>> DuplicateFinder::byPhone(const QString &phone, qint64 excludeLeadId, int limit) const
{
    QList<DuplicateMatch> out;
    const QStringList keys = phoneKeys(phone);
    if (keys.isEmpty())
        return out;
    QVariantList values;
    for (const QString &key : keys)
        values << key;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    Result<void> found = collect(query,
                                 QStringLiteral("SELECT id, trim(last_name || ' ' || first_name), phone FROM contacts "
                                                "WHERE phone <> '' AND %1 IN (%2) ORDER BY id LIMIT ?")
                                     .arg(phoneDigitsSql(QStringLiteral("phone")), SqlValues::placeholders(keys.size())),
                                 values + QVariantList{limit}, DuplicateMatch::Kind::Contact, &out);
    if (found)
        found = collect(query,
                        QStringLiteral("SELECT id, name, contact_phone FROM leads WHERE %1 AND id <> ? ORDER BY id DESC LIMIT ?")
                            .arg(openLeadCondition(Key::Phone, SqlDialect::of(m_db), int(keys.size()))),
                        values + QVariantList{excludeLeadId, limit}, DuplicateMatch::Kind::Lead, &out);
    if (!found)
        return Failure{found.error()};
    return out;
}

Result<QList<DuplicateMatch>> DuplicateFinder::byTin(const QString &tin, qint64 excludeLeadId, int limit) const
{
    QList<DuplicateMatch> out;
    QString value;
    for (QChar c : tin) {
        if (!c.isSpace())
            value += c;
    }
    if (value.isEmpty())
        return out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    Result<void> found = collect(query, QStringLiteral("SELECT id, name, tin FROM companies WHERE tin = ? ORDER BY id LIMIT ?"),
                                 {value, limit}, DuplicateMatch::Kind::Company, &out);
    if (found)
        found = collect(query,
                        QStringLiteral("SELECT id, name, company_tin FROM leads WHERE %1 AND id <> ? ORDER BY id DESC LIMIT ?")
                            .arg(openLeadCondition(Key::Tin, SqlDialect::of(m_db))),
                        {value, excludeLeadId, limit}, DuplicateMatch::Kind::Lead, &out);
    if (!found)
        return Failure{found.error()};
    return out;
}
