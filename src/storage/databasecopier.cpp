#include "databasecopier.h"

#include "connectionfactory.h"
#include "database.h"
#include "databaselocation.h"
#include "leadlistindex.h"
#include "rowstream.h"
#include "schemacatalog.h"
#include "sqlcheck.h"
#include "sqldialect.h"
#include "sqlitestatement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)
};

// The SQLite file itself, for comparing two locations.
QString filePath(const DatabaseLocation &location)
{
    const QFileInfo info(location.path());
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

// Whether two locations name the same database: the same file, or the same database on the same
// server (no host, localhost and the loopback addresses all being this computer's).
bool sameDatabase(const DatabaseLocation &a, const DatabaseLocation &b)
{
    if (a.isPostgres() != b.isPostgres())
        return false;
    if (!a.isPostgres())
        return filePath(a) == filePath(b);
    const auto host = [](const QString &name) {
        const QString lower = name.toLower();
        const bool local = lower.isEmpty() || lower == QLatin1String("localhost") || lower == QLatin1String("127.0.0.1")
                           || lower == QLatin1String("::1") || lower.startsWith(u'/');
        return local ? QString() : lower;
    };
    const auto port = [](int number) { return number == 0 ? 5432 : number; };
    return host(a.host()) == host(b.host()) && port(a.port()) == port(b.port())
           && a.databaseName() == b.databaseName();
}

// The source must already be a CRM Agent database: opening an empty one would create the schema in
// it (and an SQLite path that does not exist, the file).
Result<void> checkSource(const DatabaseLocation &location, const QString &connectionName)
{
    if (!location.isPostgres()) {
        const QFileInfo info(location.path());
        if (!info.exists())
            return Failure{Tr::tr("%1 does not exist: there is nothing to copy.").arg(location.description())};
        if (info.isFile() && info.size() == 0)
            return Failure{Tr::tr("%1 is empty: there is nothing to copy.").arg(location.description())};
        return {};   // Database::open says what else is wrong with it
    }
    const auto readVersion = [&]() -> Result<int> {
        QSqlDatabase db = ConnectionFactory::add(location, connectionName);
        if (!db.open())
            return Failure{ConnectionFactory::failure(location, db.lastError())};
        const Result<int> read = SqlDialect::of(db).schemaVersion(db);
        db.close();
        return read;
    };
    const Result<int> version = readVersion();
    QSqlDatabase::removeDatabase(connectionName);
    if (!version)
        return Failure{Tr::tr("%1: %2").arg(location.description(), version.error())};
    if (*version == 0)
        return Failure{Tr::tr("%1 holds no CRM Agent database: there is nothing to copy.").arg(location.description())};
    return {};
}

// The first table of the catalog that holds a row, or an empty name.
Result<QString> firstTableWithRows(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        if (Result<void> ran = SqlCheck::run(query, QStringLiteral("SELECT id FROM %1 LIMIT 1").arg(table.name)); !ran)
            return Failure{ran.error()};
        if (query.next())
            return table.name;
    }
    return QString();
}

// One table's rows into the target: multi-row INSERTs of one prepared statement (as many rows as
// SqlDialect::MaxBoundValues allows), the cycle columns set afterwards by setCycleColumns.
class TableWriter
{
public:
    // SQLite's limit of a compound SELECT is 500.
    static constexpr int CycleRowsPerUpdate = 400;

    TableWriter(QSqlDatabase db, const SchemaCatalog::Table &table)
        : m_db(std::move(db))
        , m_sqlite(SqliteStatement::handleOf(m_db))
        , m_table(table)
        , m_insertColumns(SchemaCatalog::insertColumns(table))
    {
        for (const QString &column : m_insertColumns)
            m_insertIndexes.append(int(table.columns.indexOf(column)));
        for (const QString &column : table.cycleColumns)
            m_cycleIndexes.append(int(table.columns.indexOf(column)));
    }

    // Rows per statement, and so per chunk read.
    int rowsPerInsert() const
    {
        return std::max(1, SqlDialect::MaxBoundValues / int(m_insertColumns.size()));
    }

    Result<void> write(const QList<QVariantList> &rows)
    {
        QVariantList values;
        values.reserve(rows.size() * m_insertIndexes.size());
        for (const QVariantList &row : rows) {
            for (int index : std::as_const(m_insertIndexes))
                values.append(row.at(index));
            if (hasCycleValue(row))
                m_cycleRows.append(row);
        }
        // The full-size statement is prepared once; the last, shorter chunk gets its own.
        const bool full = rows.size() == rowsPerInsert();
        if (m_sqlite)
            return writeSqlite(full ? m_sqliteFull : m_sqlitePartial, !full, int(rows.size()), values);
        std::optional<QSqlQuery> &insert = full ? m_full : m_partial;
        if (!full || !insert) {
            insert.emplace(m_db);
            if (Result<void> prepared = SqlCheck::prepare(*insert, insertSql(int(rows.size()))); !prepared)
                return prepared;
        }
        for (int i = 0; i < values.size(); ++i)
            insert->bindValue(i, values.at(i));
        return SqlCheck::exec(*insert);
    }

    // The cycle columns of the rows written, now that the rows they refer to exist: one UPDATE
    // per CycleRowsPerUpdate rows, joined to the values as a derived table (UNION ALL of SELECTs:
    // SQLite names no columns of a VALUES list; CAST: PostgreSQL types no bare parameter).
    Result<void> setCycleColumns()
    {
        const SqlDialect dialect = SqlDialect::of(m_db);
        std::optional<QSqlQuery> full;
        for (qsizetype first = 0; first < m_cycleRows.size(); first += CycleRowsPerUpdate) {
            const int rows = int(std::min<qsizetype>(CycleRowsPerUpdate, m_cycleRows.size() - first));
            std::optional<QSqlQuery> partial;
            std::optional<QSqlQuery> &update = rows == CycleRowsPerUpdate ? full : partial;
            if (!update) {
                update.emplace(m_db);
                if (Result<void> prepared = SqlCheck::prepare(*update, cycleUpdateSql(dialect, rows)); !prepared)
                    return prepared;
            }
            int value = 0;
            for (qsizetype row = first; row < first + rows; ++row) {
                const QVariantList &values = m_cycleRows.at(row);
                update->bindValue(value++, values.constFirst());
                for (int index : std::as_const(m_cycleIndexes))
                    update->bindValue(value++, values.at(index));
            }
            if (Result<void> ran = SqlCheck::exec(*update); !ran)
                return ran;
        }
        m_cycleRows.clear();
        return {};
    }

private:
    // SQLite through its own binding: QSQLITE looks up every parameter's name, which costs the
    // square of a statement's parameter count (most of the time of a copy into SQLite).
    Result<void> writeSqlite(std::unique_ptr<SqliteStatement> &insert, bool again, int rows, const QVariantList &values)
    {
        if (again || !insert) {
            insert = std::make_unique<SqliteStatement>(m_sqlite, insertSql(rows).toUtf8().constData());
            if (!insert->isValid())
                return Failure{insert->errorString()};
        }
        if (!insert->bindValues(values) || !insert->execute())
            return Failure{insert->errorString()};
        return {};
    }

    QString cycleUpdateSql(const SqlDialect &dialect, int rows) const
    {
        const QString cast = QStringLiteral("CAST(? AS %1)").arg(dialect.referenceType());
        QStringList first{cast + QStringLiteral(" AS id")};
        QStringList assignments;
        for (const QString &column : m_table.cycleColumns) {
            first.append(cast + QStringLiteral(" AS ") + column);
            assignments.append(QStringLiteral("%1 = v.%1").arg(column));
        }
        QStringList selects{QStringLiteral("SELECT ") + first.join(QStringLiteral(", "))};
        const QString next = QStringLiteral("SELECT ") + QStringList(m_table.cycleColumns.size() + 1, cast).join(QStringLiteral(", "));
        for (int i = 1; i < rows; ++i)
            selects.append(next);
        return QStringLiteral("UPDATE %1 SET %2 FROM (%3) AS v WHERE %1.id = v.id")
            .arg(m_table.name, assignments.join(QStringLiteral(", ")), selects.join(QStringLiteral(" UNION ALL ")));
    }

    QString insertSql(int rows) const
    {
        const QString row = u'(' + QStringList(m_insertColumns.size(), QStringLiteral("?")).join(u',') + u')';
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table.name, m_insertColumns.join(QStringLiteral(", ")), QStringList(rows, row).join(u','));
    }

    bool hasCycleValue(const QVariantList &row) const
    {
        return std::any_of(m_cycleIndexes.cbegin(), m_cycleIndexes.cend(),
                           [&](int index) { return !row.at(index).isNull(); });
    }

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;   // the raw handle of an SQLite target
    const SchemaCatalog::Table &m_table;
    QStringList m_insertColumns;
    QList<int> m_insertIndexes;
    QList<int> m_cycleIndexes;
    std::optional<QSqlQuery> m_full;
    std::optional<QSqlQuery> m_partial;
    std::unique_ptr<SqliteStatement> m_sqliteFull;
    std::unique_ptr<SqliteStatement> m_sqlitePartial;
    // Only the rows with a cycle value (few: a lead's opportunity), id first.
    QList<QVariantList> m_cycleRows;
};

// The rows of `table` from `in` through `writer`, a chunk at a time, with progress, until they
// end or `canceled` is set: how many were written, or why it failed.
Result<qint64> copyRows(const QSqlDatabase &in, TableWriter &writer, const SchemaCatalog::Table &table,
                        const DatabaseLocation &source, const DatabaseLocation &target,
                        const DatabaseCopier::ProgressFunction &progress, const std::atomic<bool> &canceled)
{
    RowStream rows(in, table.name, table.columns, writer.rowsPerInsert());
    const Result<qint64> total = rows.count();
    if (!total)
        return Failure{total.error()};
    qint64 written = 0;
    if (progress)
        progress(table.name, 0, *total);
    QList<QVariantList> chunk;
    while (!canceled.load()) {
        const Result<bool> read = rows.next(chunk);
        if (!read)
            return Failure{Tr::tr("Could not read %1 from %2: %3").arg(table.name, source.description(), read.error())};
        if (!*read)
            break;
        if (Result<void> wrote = writer.write(chunk); !wrote)
            return Failure{Tr::tr("Could not write %1 to %2: %3").arg(table.name, target.description(), wrote.error())};
        written += chunk.size();
        if (progress)
            progress(table.name, written, *total);
    }
    return written;
}

} // namespace

Result<DatabaseCopier::Summary> DatabaseCopier::copy(const QString &from, const QString &to)
{
    const Result<DatabaseLocation> source = DatabaseLocation::parse(from);
    if (!source)
        return Failure{source.error()};
    const Result<DatabaseLocation> target = DatabaseLocation::parse(to);
    if (!target)
        return Failure{target.error()};
    if (sameDatabase(*source, *target))
        return Failure{Tr::tr("The source and the target are the same database (%1).").arg(target->description())};

    const QString tag = QString::number(reinterpret_cast<quintptr>(this), 16);
    if (Result<void> checked = checkSource(*source, QStringLiteral("crm-copy-check-") + tag); !checked)
        return Failure{checked.error()};

    // An SQLite target that the copy creates is removed again when the copy does not finish.
    const bool createsFile = !target->isPostgres() && !QFileInfo::exists(target->path());
    Database sourceDb;
    Database targetDb;
    Result<Summary> copied = [&]() -> Result<Summary> {
        if (Result<void> opened = sourceDb.open(from, QStringLiteral("crm-copy-source-") + tag, QString(),
                                                       Database::Creation::Refused); !opened)
            return Failure{opened.error()};
        if (Result<void> opened = targetDb.open(to, QStringLiteral("crm-copy-target-") + tag); !opened)
            return Failure{opened.error()};
        return copyTables(sourceDb.connection(), targetDb.connection(), *source, *target);
    }();
    if (!copied) {
        sourceDb.close();
        targetDb.close();
        if (createsFile) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(target->path() + QLatin1String(suffix));
        }
    }
    return copied;
}

Result<DatabaseCopier::Summary> DatabaseCopier::copyTables(QSqlDatabase in, QSqlDatabase out,
                                                           const DatabaseLocation &source,
                                                           const DatabaseLocation &target)
{
    const Result<QString> holding = firstTableWithRows(out);
    if (!holding)
        return Failure{Tr::tr("Could not read %1: %2").arg(target.description(), holding.error())};
    if (!holding->isEmpty())
        return Failure{Tr::tr("%1 already holds CRM Agent data (%2): a copy goes into an empty database only. "
                              "It was left untouched.")
                           .arg(target.description(), *holding)};

    const SqlDialect inDialect = SqlDialect::of(in);
    const SqlDialect outDialect = SqlDialect::of(out);
    if (Result<void> begun = inDialect.beginSnapshot(in); !begun)
        return Failure{begun.error()};
    Transaction transaction(out);
    Summary summary;
    Result<void> done = outDialect.prepareBulkWrite(out);
    if (done)
        done = transaction.begin();
    QString error;
    if (done && !LeadListIndex::beginBulkLoad(out, &error))
        done = Failure{error};
    std::vector<std::unique_ptr<TableWriter>> writers;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        if (!done)
            break;
        writers.push_back(std::make_unique<TableWriter>(out, table));
        const Result<qint64> written = copyRows(in, *writers.back(), table, source, target, m_progress, m_canceled);
        if (!written) {
            done = Failure{written.error()};
            break;
        }
        summary.rows += *written;
        if (table.name == QLatin1String("leads"))
            summary.leads = *written;
        if (!m_canceled.load())
            done = outDialect.resetIdentity(out, table.name);
        if (m_canceled.load())
            break;
    }
    for (const std::unique_ptr<TableWriter> &writer : writers) {
        if (!done || m_canceled.load())
            break;
        if (Result<void> set = writer->setCycleColumns(); !set)
            done = Failure{Tr::tr("Could not write to %1: %2").arg(target.description(), set.error())};
    }
    // A failed statement aborts a PostgreSQL transaction: roll back before the prepared
    // statements are freed, which an aborted transaction refuses.
    if (!done || m_canceled.load())
        transaction.rollback();
    writers.clear();
    in.rollback();   // the snapshot: nothing was written there
    if (done && !m_canceled.load() && !LeadListIndex::finishBulkLoad(out, &error))
        done = Failure{error};
    if (m_canceled.load())
        return Failure{Tr::tr("The copy was cancelled: %1 was left as it was.").arg(target.description())};
    if (!done)
        return Failure{done.error()};
    if (Result<void> committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return summary;
}
