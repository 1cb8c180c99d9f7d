#pragma once

#include "result.h"

#include <QString>

#include <atomic>
#include <functional>

class DatabaseLocation;
class QSqlDatabase;

// Copies a whole CRM Agent database to another place, on either engine (an SQLite file or a
// PostgreSQL URI, as Database::open takes them): a person's file into the team's PostgreSQL
// database, or the team's database into a file for a backup.
//
//  - The source is opened as Database::open opens it (an older schema is migrated first) and read
//    in one snapshot (SqlDialect::beginSnapshot), a chunk of rows at a time (RowStream).
//  - The target is created or migrated to the current schema and must hold no CRM Agent rows:
//    a target with data is refused and left as it was.
//  - Every table of SchemaCatalog is copied in the order of its foreign keys, ids kept, inside one
//    transaction on the target; a cycle of references (leads.opportunity_id) is written once both
//    rows exist. Derived data is recomputed by the target, not copied: the lead list's names and
//    search index (LeadListIndex's bulk load), and the identity sequences are moved past the
//    copied ids (SqlDialect::resetIdentity), so the copy takes new rows at once.
//  - A failure or cancel() rolls the target back: it holds no row of the source, and an SQLite
//    file that the copy created is removed again.
//
// copy() blocks: call it off the user interface thread. cancel() may be called from any thread
// (a signal handler too).
class DatabaseCopier
{
public:
    // `done` of the `total` rows of `table` are in the target.
    using ProgressFunction = std::function<void(const QString &table, qint64 done, qint64 total)>;

    struct Summary
    {
        qint64 rows = 0;    // every table's
        qint64 leads = 0;
    };

    DatabaseCopier() = default;
    DatabaseCopier(const DatabaseCopier &) = delete;
    DatabaseCopier &operator=(const DatabaseCopier &) = delete;

    // Called on the thread running copy(), after every chunk of rows.
    void setProgressFunction(ProgressFunction progress) { m_progress = std::move(progress); }

    Result<Summary> copy(const QString &from, const QString &to);
    void cancel() { m_canceled.store(true); }
    bool wasCanceled() const { return m_canceled.load(); }

private:
    // The copy between the two open databases: the target checked empty, every table in one
    // transaction on it, the source read in one snapshot.
    Result<Summary> copyTables(QSqlDatabase in, QSqlDatabase out, const DatabaseLocation &source,
                               const DatabaseLocation &target);

    ProgressFunction m_progress;
    std::atomic<bool> m_canceled{false};
};
