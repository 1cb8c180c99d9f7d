#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlError>

Result<void> SqlCheck::prepare(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return Failure{message(query)};
    for (const QVariant &value : values)
        query.addBindValue(value);
    return {};
}

Result<void> SqlCheck::exec(QSqlQuery &query)
{
    if (!query.exec())
        return Failure{message(query)};
    return {};
}

Result<void> SqlCheck::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (Result<void> prepared = prepare(query, sql, values); !prepared)
        return prepared;
    return exec(query);
}

QString SqlCheck::message(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    return text.isEmpty() ? QCoreApplication::translate("SqlCheck", "unknown database error") : text;
}
