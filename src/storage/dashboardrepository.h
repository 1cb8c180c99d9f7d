#pragma once

#include "dashboardfigures.h"
#include "leadlistquery.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Reads the manager's dashboard (DashboardFigures) of a lead view: the rows LeadListSql selects
// for the list, counted with GROUP BY by the database, never read one by one.
//
// Two statements, so that a caller may run them on two connections at once:
//   counts: state x source x owner in one GROUP BY (a few hundred groups at most), from which
//           the counts by state and source and the qualification rates by source and owner follow;
//   weeks:  new leads per week over the last year: 53 range counts of leads_created in one
//           statement when only the creation date narrows the view, else grouped by
//           SqlDialect::weekStart (over leads_dashboard when the filter is on its columns).
// Without a search, selling direction or campaign filter both read an index only, never a lead's
// row (schema version 8's leads_dashboard); see tests/bench/bench_dashboard.
class DashboardRepository
{
public:
    // `employeeId` serves LeadListQuery::onlyMine (as LeadListSql).
    DashboardRepository(QSqlDatabase db, qint64 employeeId);

    // Everything but the weeks.
    Result<DashboardFigures> counts(const LeadListQuery &query) const;
    // The 53 weeks (weeks without leads too) that end with the week of `today` (a UTC date).
    Result<QList<DashboardFigures::Week>> weeks(const LeadListQuery &query, const QDate &today) const;
    // Both.
    Result<DashboardFigures> read(const LeadListQuery &query, const QDate &today) const;

    static constexpr int Weeks = 53;
    // The Monday of the first of the Weeks weeks that end with the week of `today`.
    static QDate firstMonday(const QDate &today);

private:
    QSqlDatabase m_db;
    qint64 m_employeeId = 0;
};
