#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Every prepare and exec of the storage checked: a failure carries the database's own words
// (the caller puts them in its sentence: "Could not save the lead: %1"), never an empty result.
class SqlCheck
{
public:
    // Prepares `sql` and binds `values` in order.
    static Result<void> prepare(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // Runs a prepared (and bound) query.
    static Result<void> exec(QSqlQuery &query);
    // Prepares, binds and runs.
    static Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // The database's words for the last failure of `query`.
    static QString message(const QSqlQuery &query);
};
