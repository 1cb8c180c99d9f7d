#pragma once

#include "leadlistquery.h"
#include "leadlistreader.h"
#include "leadlistsql.h"
#include "sqldialect.h"

#include <QList>
#include <QSqlDatabase>

#include <catch2/catch.hpp>

// The ids of the first page (100 rows) the lead list shows `employeeId` for `query`, read as the
// list reads them (LeadListReader, with the search shape it chooses).
inline QList<qint64> listedLeadIds(const QSqlDatabase &db, qint64 employeeId, const LeadListQuery &query)
{
    LeadListSql sql(query, employeeId, SqlDialect::of(db));
    const LeadListReader reader(db);
    REQUIRE(reader.chooseSearchShape(&sql));
    QList<LeadListRow> rows;
    REQUIRE(reader.page(sql, nullptr, false, 100, &rows, nullptr));
    QList<qint64> ids;
    for (const LeadListRow &row : rows)
        ids << row.id;
    return ids;
}
