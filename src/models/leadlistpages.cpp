#include "leadlistpages.h"

#include "leadlistreader.h"

#include <algorithm>
#include <limits>

namespace {

LeadListPagePlan planFrom(const LeadListAnchor &anchor, qint64 walk, bool backwards, int limit)
{
    LeadListPagePlan plan;
    plan.hasFrom = anchor.hasKey;
    plan.from = anchor.key;
    plan.walk = walk;
    plan.backwards = backwards;
    plan.limit = limit;
    return plan;
}

// Walks `walk` rows from the plan's anchor; *from then points at the key reached (or stays).
Result<bool> walkTo(const LeadListReader &reader, const LeadListSql &sql, const LeadListKey *anchor, qint64 walk,
                    bool backwards, LeadListKey *reached, const LeadListKey **from)
{
    *from = anchor;
    if (walk <= 0)
        return true;
    const Result<std::optional<LeadListKey>> walked = reader.walk(sql, anchor, backwards, walk);
    if (!walked)
        return Failure{walked.error()};
    if (!*walked)
        return false;   // the view is shorter than that now
    *reached = **walked;
    *from = reached;
    return true;
}

} // namespace

LeadListPagePlan LeadListPages::plan(qint64 first, int limit, const QList<LeadListAnchor> &anchors)
{
    LeadListPagePlan best = planFrom(LeadListAnchor(), first, false, limit);   // from the start
    qint64 bestWalk = first;
    for (const LeadListAnchor &anchor : anchors) {
        if (anchor.row <= first - 1) {
            const qint64 walk = first - 1 - anchor.row;
            if (walk < bestWalk) {
                bestWalk = walk;
                best = planFrom(anchor, walk, false, limit);
            }
        } else if (anchor.row >= first + limit) {
            const qint64 walk = anchor.row - (first + limit);
            if (walk < bestWalk) {
                bestWalk = walk;
                best = planFrom(anchor, walk, true, limit);
            }
        }
    }
    return best;
}

LeadListIdRange LeadListPages::idRange(qint64 first, qint64 count, const QList<LeadListAnchor> &anchors)
{
    LeadListIdRange range;
    range.walk = first;   // from the start
    range.count = count;
    for (const LeadListAnchor &anchor : anchors) {
        if (anchor.hasKey && anchor.row <= first - 1 && first - 1 - anchor.row < range.walk) {
            range.hasFrom = true;
            range.from = anchor.key;
            range.walk = first - 1 - anchor.row;
        }
    }
    return range;
}

Result<LeadListPage> LeadListPages::read(QSqlDatabase &db, const LeadListSql &sql, const LeadListPagePlan &plan)
{
    const LeadListReader reader(db);
    LeadListKey reached;
    const LeadListKey *from = nullptr;
    const Result<bool> walked = walkTo(reader, sql, plan.hasFrom ? &plan.from : nullptr, plan.walk, plan.backwards,
                                       &reached, &from);
    if (!walked)
        return Failure{walked.error()};
    LeadListPage page;
    if (!*walked)
        return page;
    if (const Result<void> read = reader.page(sql, from, plan.backwards, plan.limit, &page.rows, &page.keys); !read)
        return Failure{read.error()};
    if (plan.backwards) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.keys.begin(), page.keys.end());
    }
    return page;
}

Result<QList<qint64>> LeadListPages::readIds(QSqlDatabase &db, const LeadListSql &sql, const LeadListIdRange &range)
{
    const LeadListReader reader(db);
    LeadListKey reached;
    const LeadListKey *from = nullptr;
    const Result<bool> walked = walkTo(reader, sql, range.hasFrom ? &range.from : nullptr, range.walk, false,
                                       &reached, &from);
    if (!walked)
        return Failure{walked.error()};
    QList<qint64> ids;
    if (!*walked)
        return ids;
    if (const Result<void> read = reader.ids(sql, from, range.count, &ids); !read)
        return Failure{read.error()};
    return ids;
}
