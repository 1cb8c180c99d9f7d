#include "leadimporter.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "duplicatefinder.h"
#include "historyfields.h"
#include "importlookup.h"
#include "importpreview.h"
#include "importrowmapper.h"
#include "leadcolumns.h"
#include "leademployee.h"
#include "leadfielddescriptor.h"
#include "leadlistindex.h"
#include "permissions.h"
#include "referencerepository.h"
#include "searchkey.h"
#include "sqlcheck.h"
#include "sqldialect.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"
#include "timestamps.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)
};

// How often progress is reported and the report's buffer written out.
constexpr qint64 ProgressEvery = 2048;
constexpr qsizetype ReportFlushBytes = 256 * 1024;
// How much of the file decides its encoding and delimiter.
constexpr qint64 SampleBytes = 256 * 1024;
// An import of at least this many bytes, into a table not much larger than the file brings, drops
// the list's triggers (SQLite) and rebuilds the derived data once at the end (LeadListIndex).
constexpr qint64 BulkLoadBytes = 8 * 1024 * 1024;
constexpr qint64 BytesPerLeadEstimate = 200;

// The columns an imported lead is written with besides its fields.
// The list's names (LeadListIndex) are written with the row, so that a bulk import needs no
// second pass over the table for them; the triggers, when on, write the same values.
const char *const RecordColumns[] = {"state", "company_label", "contact_label", "created_by", "created_at",
                                     "updated_at", "version", "direction_name", "service_name", "campaign_name",
                                     "owner_name"};

QString insertSql()
{
    QStringList columns = LeadColumns::fieldColumns();
    for (const char *column : RecordColumns)
        columns << QLatin1String(column);
    return QStringLiteral("INSERT INTO leads (%1) VALUES (%2)")
        .arg(columns.join(u", "), SqlValues::placeholders(columns.size()));
}

QString joinName(const QString &last, const QString &first)
{
    return QString(last + u' ' + first).trimmed();
}

// The phone keys of a number padded to this many (the statement binds a fixed count).
constexpr int PhoneKeySlots = 3;

struct DuplicateHit
{
    qint64 id = 0;
    QString name;
    LeadField field = LeadField::ContactEmail;
};

} // namespace

// The statements of one import, prepared once and run for every row: the raw SQLite handle on
// SQLite (QSqlQuery's per-value work is most of the time otherwise), QSqlQuery on PostgreSQL.
class LeadImporter::Writer
{
public:
    explicit Writer(QSqlDatabase &db) : m_db(db), m_dialect(SqlDialect::of(db)), m_sqlite(SqliteStatement::handleOf(db)) {}

    Result<void> prepare()
    {
        const QString insert = insertSql();
        const QString history = QStringLiteral("INSERT INTO lead_history (lead_id, employee_id, changed_at, field, "
                                               "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)");
        const QString select = QStringLiteral("SELECT id, name FROM leads WHERE %1 ORDER BY id LIMIT 1");
        const QString lookups[] = {
            select.arg(DuplicateFinder::openLeadCondition(DuplicateFinder::Key::Email, m_dialect)),
            select.arg(DuplicateFinder::openLeadCondition(DuplicateFinder::Key::Phone, m_dialect, PhoneKeySlots)),
            select.arg(DuplicateFinder::openLeadCondition(DuplicateFinder::Key::Tin, m_dialect)),
        };
        if (m_sqlite) {
            m_insertRaw = std::make_unique<SqliteStatement>(m_sqlite, insert.toUtf8().constData());
            m_historyRaw = std::make_unique<SqliteStatement>(m_sqlite, history.toUtf8().constData());
            for (int i = 0; i < 3; ++i)
                m_lookupRaw[i] = std::make_unique<SqliteStatement>(m_sqlite, lookups[i].toUtf8().constData());
            for (SqliteStatement *statement : {m_insertRaw.get(), m_historyRaw.get(), m_lookupRaw[0].get(),
                                               m_lookupRaw[1].get(), m_lookupRaw[2].get()}) {
                if (!statement->isValid())
                    return Failure{statement->errorString()};
            }
            return {};
        }
        m_insert.emplace(m_db);
        m_history.emplace(m_db);
        if (Result<void> ready = SqlCheck::prepare(*m_insert, insert + QStringLiteral(" RETURNING id")); !ready)
            return ready;
        if (Result<void> ready = SqlCheck::prepare(*m_history, history); !ready)
            return ready;
        for (int i = 0; i < 3; ++i) {
            m_lookup[i].emplace(m_db);
            m_lookup[i]->setForwardOnly(true);
            if (Result<void> ready = SqlCheck::prepare(*m_lookup[i], lookups[i]); !ready)
                return ready;
        }
        return {};
    }

    Result<qint64> insertLead(const QVariantList &values)
    {
        if (m_sqlite) {
            if (!m_insertRaw->bindValues(values) || !m_insertRaw->execute())
                return Failure{m_insertRaw->errorString()};
            return qint64(sqlite3_last_insert_rowid(m_sqlite));
        }
        for (int i = 0; i < values.size(); ++i)
            m_insert->bindValue(i, values.at(i));
        if (Result<void> ran = SqlCheck::exec(*m_insert); !ran)
            return Failure{ran.error()};
        if (!m_insert->next())
            return Failure{Tr::tr("the new lead's id was not returned")};
        const qint64 id = m_insert->value(0).toLongLong();
        m_insert->finish();
        return id;
    }

    Result<void> addHistory(const QVariantList &values)
    {
        if (m_sqlite) {
            if (!m_historyRaw->bindValues(values) || !m_historyRaw->execute())
                return Failure{m_historyRaw->errorString()};
            return {};
        }
        for (int i = 0; i < values.size(); ++i)
            m_history->bindValue(i, values.at(i));
        return SqlCheck::exec(*m_history);
    }

    // The first open lead sharing the lead's e-mail, phone or TIN.
    Result<std::optional<DuplicateHit>> findDuplicate(const Lead &lead)
    {
        const std::pair<LeadField, QVariantList> keys[] = {
            {LeadField::ContactEmail, lead.contactEmail.isEmpty() ? QVariantList() : QVariantList{lead.contactEmail}},
            {LeadField::ContactPhone, phoneValues(lead.contactPhone)},
            {LeadField::CompanyTin, lead.companyTin.isEmpty() ? QVariantList() : QVariantList{lead.companyTin}},
        };
        for (int i = 0; i < 3; ++i) {
            const auto &[field, values] = keys[i];
            if (values.isEmpty())
                continue;
            Result<std::optional<DuplicateHit>> hit = lookup(i, values);
            if (!hit || *hit) {
                if (hit && *hit)
                    (*hit)->field = field;
                return hit;
            }
        }
        return std::optional<DuplicateHit>();
    }

private:
    static QVariantList phoneValues(const QString &phone)
    {
        const QStringList keys = DuplicateFinder::phoneKeys(phone);
        if (keys.isEmpty())
            return {};
        QVariantList values;
        for (int i = 0; i < PhoneKeySlots; ++i)
            values << keys.at(i < keys.size() ? i : 0);
        return values;
    }

    Result<std::optional<DuplicateHit>> lookup(int which, const QVariantList &values)
    {
        if (m_sqlite) {
            SqliteStatement &statement = *m_lookupRaw[which];
            statement.reset();
            if (!statement.bindValues(values))
                return Failure{statement.errorString()};
            std::optional<DuplicateHit> hit;
            if (statement.next())
                hit = DuplicateHit{statement.columnInt(0), QString::fromUtf8(statement.columnText(1)), {}};
            else if (statement.failed())
                return Failure{statement.errorString()};
            statement.reset();
            return hit;
        }
        QSqlQuery &query = *m_lookup[which];
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (Result<void> ran = SqlCheck::exec(query); !ran)
            return Failure{ran.error()};
        std::optional<DuplicateHit> hit;
        if (query.next())
            hit = DuplicateHit{query.value(0).toLongLong(), query.value(1).toString(), {}};
        query.finish();
        return hit;
    }

    QSqlDatabase &m_db;
    SqlDialect m_dialect;
    sqlite3 *m_sqlite = nullptr;
    std::unique_ptr<SqliteStatement> m_insertRaw;
    std::unique_ptr<SqliteStatement> m_historyRaw;
    std::unique_ptr<SqliteStatement> m_lookupRaw[3];
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_history;
    std::optional<QSqlQuery> m_lookup[3];
};

namespace {

// The names the mapping's reference columns may hold, and the names of companies and contacts a
// lead's list labels show. The short lists (campaigns, selling directions, services, channels,
// employees: kept by hand, tens of rows) are read whole; companies and contacts, as many as the
// leads, are looked up name by name through their name_key index (ImportLookup's finder, with
// its bounded cache), and their labels by id with a bounded cache: memory stays the same whatever
// the number of companies and contacts.
class Names
{
public:
    static constexpr qsizetype MaxCachedLabels = 8192;

    explicit Names(const QSqlDatabase &db) : m_db(db) {}

    ImportLookup lookup;

    Result<void> load(const ImportMapping &mapping);
    // The first error of a lookup by name or id, if any (the import stops on it).
    const QString &error() const { return m_error; }

    QString listName(ReferenceKind kind, qint64 id) const { return id > 0 ? m_listNames[int(kind)].value(id) : QString(); }
    QString companyLabel(qint64 id) { return label(ReferenceKind::Company, id); }
    QString contactLabel(qint64 id) { return label(ReferenceKind::Contact, id); }

private:
    qint64 findCompany(const QString &name);
    qint64 findContact(const QString &name);
    QString label(ReferenceKind kind, qint64 id);
    void keepLabel(ReferenceKind kind, qint64 id, const QString &label);
    bool prepared(std::optional<QSqlQuery> &query, const QString &sql);
    bool failed(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_error;
    std::optional<QSqlQuery> m_companyByKey;
    std::optional<QSqlQuery> m_contactByKey;
    std::optional<QSqlQuery> m_companyById;
    std::optional<QSqlQuery> m_contactById;
    // id -> name of the kinds whose names the list keeps on the lead (the owner's display name).
    QHash<qint64, QString> m_listNames[int(ReferenceKind::Employee) + 1];
    QHash<qint64, QString> m_labels[2];   // companies, contacts: id -> label, bounded
};

Result<void> Names::load(const ImportMapping &mapping)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failure = [](const QString &message) { return Failure{Tr::tr("Could not read the reference data: %1").arg(message)}; };
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        if (field.kind != LeadFieldKind::Reference || !mapping.isMapped(field.field))
            continue;
        const ReferenceKind kind = field.field == LeadField::Owner ? ReferenceKind::Employee : field.reference;
        QString sql;
        switch (kind) {
        case ReferenceKind::Company:
            lookup.setFinder(kind, [this](const QString &name) { return findCompany(name); });
            continue;
        case ReferenceKind::Contact:
            lookup.setFinder(kind, [this](const QString &name) { return findContact(name); });
            continue;
        case ReferenceKind::Employee:
            sql = QStringLiteral("SELECT id, login, display_name FROM employees WHERE active = 1 ORDER BY id");
            break;
        default:
            sql = QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(ReferenceRepository::tableName(kind));
            break;
        }
        if (Result<void> ran = SqlCheck::run(query, sql); !ran)
            return failure(ran.error());
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (kind == ReferenceKind::Employee) {
                lookup.addEmployee(id, query.value(1).toString(), query.value(2).toString());
                m_listNames[int(kind)].insert(id, query.value(2).toString());
            } else {
                const QString name = query.value(1).toString();
                lookup.addReference(kind, id, name);
                m_listNames[int(kind)].insert(id, name);
            }
        }
    }
    return {};
}

bool Names::prepared(std::optional<QSqlQuery> &query, const QString &sql)
{
    if (query)
        return true;
    query.emplace(m_db);
    query->setForwardOnly(true);
    if (Result<void> ready = SqlCheck::prepare(*query, sql); !ready) {
        if (m_error.isEmpty())
            m_error = ready.error();
        query.reset();
        return false;
    }
    return true;
}

bool Names::failed(QSqlQuery &query)
{
    if (Result<void> ran = SqlCheck::exec(query); !ran) {
        if (m_error.isEmpty())
            m_error = ran.error();
        return true;
    }
    return false;
}

void Names::keepLabel(ReferenceKind kind, qint64 id, const QString &label)
{
    QHash<qint64, QString> &labels = m_labels[kind == ReferenceKind::Company ? 0 : 1];
    if (labels.size() >= MaxCachedLabels)
        labels.clear();
    labels.insert(id, label);
}

// The companies whose folded name (SearchKey::fold, the name_key column) is the name's, the first
// whose ImportLookup::key is the name's.
qint64 Names::findCompany(const QString &name)
{
    if (!prepared(m_companyByKey, QStringLiteral("SELECT id, name FROM companies WHERE name_key = ? ORDER BY id")))
        return 0;
    QSqlQuery &query = *m_companyByKey;
    query.bindValue(0, SearchKey::fold(name));
    if (failed(query))
        return 0;
    const QString wanted = ImportLookup::key(name);
    qint64 found = 0;
    while (found == 0 && query.next()) {
        const QString candidate = query.value(1).toString();
        if (ImportLookup::key(candidate) == wanted) {
            found = query.value(0).toLongLong();
            keepLabel(ReferenceKind::Company, found, candidate);
        }
    }
    query.finish();
    return found;
}

// A contact is named "Last First", "First Last" or "Last First Middle" (ImportLookup::addContact);
// its name_key is the folded "Last First Middle". So the candidates are the contacts whose key is,
// or starts with a space after, the folded name, or the name with its words turned around at
// any word (first and last names of several words); of those whose forms match, the lowest id.
qint64 Names::findContact(const QString &name)
{
    if (!prepared(m_contactByKey, QStringLiteral("SELECT id, first_name, last_name, middle_name FROM contacts "
                                                 "WHERE name_key >= ? AND name_key < ?")))
        return 0;
    QSqlQuery &query = *m_contactByKey;
    const QString wanted = ImportLookup::key(name);
    const QStringList words = SearchKey::fold(name).split(u' ', Qt::SkipEmptyParts);
    QStringList keys{words.join(u' ')};
    for (int at = 1; at < words.size(); ++at)
        keys << QStringList(words.mid(at) + words.mid(0, at)).join(u' ');
    keys.removeDuplicates();
    qint64 found = 0;
    QString foundLabel;
    for (const QString &key : std::as_const(keys)) {
        query.bindValue(0, key);
        query.bindValue(1, QString(key + u'!'));   // the key, or the key, a space and more
        if (failed(query))
            return 0;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (found > 0 && id >= found)
                continue;
            const QString first = query.value(1).toString();
            const QString last = query.value(2).toString();
            const QString middle = query.value(3).toString();
            for (const QString &form : {QString(last + u' ' + first), QString(first + u' ' + last),
                                        QString(last + u' ' + first + u' ' + middle)}) {
                if (ImportLookup::key(form) == wanted) {
                    found = id;
                    foundLabel = joinName(last, first);
                    break;
                }
            }
        }
        query.finish();
    }
    if (found > 0)
        keepLabel(ReferenceKind::Contact, found, foundLabel);
    return found;
}

QString Names::label(ReferenceKind kind, qint64 id)
{
    const bool company = kind == ReferenceKind::Company;
    if (const auto it = m_labels[company ? 0 : 1].constFind(id); it != m_labels[company ? 0 : 1].constEnd())
        return *it;
    std::optional<QSqlQuery> &query = company ? m_companyById : m_contactById;
    if (!prepared(query, company ? QStringLiteral("SELECT name FROM companies WHERE id = ?")
                                 : QStringLiteral("SELECT last_name, first_name FROM contacts WHERE id = ?")))
        return QString();
    query->bindValue(0, id);
    if (failed(*query))
        return QString();
    QString label;
    if (query->next())
        label = company ? query->value(0).toString() : joinName(query->value(0).toString(), query->value(1).toString());
    query->finish();
    keepLabel(kind, id, label);
    return label;
}

// The rejected rows: the file's own columns, then line, field and reason, so that the report can
// be corrected and imported again (the added columns map to no field).
class Report
{
public:
    Report(const QString &path, const QStringList &headers, char delimiter)
        : m_file(path)
        , m_csv([delimiter] {
            CsvFormat format;
            format.formulaGuard = false;   // the rows as they were
            format.delimiter = delimiter == ';' ? CsvDelimiter::Semicolon
                : delimiter == '\t'             ? CsvDelimiter::Tab
                                                : CsvDelimiter::Comma;
            return format;
        }())
        , m_headers(headers)
    {
    }

    bool isOpen() const { return m_open; }

    Result<void> add(qint64 line, const QStringList &record, const QList<ImportRejection> &rejections)
    {
        if (!m_open) {
            if (!m_file.open(QIODevice::WriteOnly))
                return Failure{Tr::tr("Cannot write the report %1: %2").arg(m_file.fileName(), m_file.errorString())};
            m_open = true;
            m_csv.writeRecord(m_headers + QStringList{Tr::tr("Line"), Tr::tr("Field"), Tr::tr("Reason")});
        }
        QStringList fields;
        QStringList reasons;
        for (const ImportRejection &rejection : rejections) {
            if (!rejection.fieldLabel().isEmpty() && !fields.contains(rejection.fieldLabel()))
                fields << rejection.fieldLabel();
            reasons << rejection.reason;
        }
        m_csv.writeRecord(record + QStringList{QString::number(line), fields.join(QStringLiteral("; ")),
                                                 reasons.join(QStringLiteral("; "))});
        if (m_csv.size() >= ReportFlushBytes)
            return flush();
        return {};
    }

    Result<void> commit()
    {
        if (!m_open)
            return {};
        if (Result<void> flushed = flush(); !flushed)
            return flushed;
        if (!m_file.commit())
            return Failure{Tr::tr("Cannot write the report %1: %2").arg(m_file.fileName(), m_file.errorString())};
        return {};
    }

private:
    Result<void> flush()
    {
        if (m_file.write(m_csv.data(), m_csv.size()) != m_csv.size())
            return Failure{Tr::tr("Cannot write the report %1: %2").arg(m_file.fileName(), m_file.errorString())};
        m_csv.clear();
        return {};
    }

    QSaveFile m_file;
    CsvWriter m_csv;
    QStringList m_headers;
    bool m_open = false;
};

// An SQLite pragma set to a value for as long as this lives, then back to what the connection had.
class ScopedPragma
{
public:
    ScopedPragma(sqlite3 *handle, const char *name, qint64 value, qint64 fallback)
        : m_handle(handle)
        , m_name(name)
        , m_before(SqliteStatement::queryInt(handle, QByteArray("PRAGMA " + m_name).constData(), fallback))
    {
        set(value);
    }
    ~ScopedPragma() { set(m_before); }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    void set(qint64 value) { (void)SqliteStatement::exec(m_handle, "PRAGMA " + m_name + " = " + QByteArray::number(value)); }

    sqlite3 *m_handle;
    QByteArray m_name;
    qint64 m_before;
};

// A large import into an SQLite file without leads (a new database, or one emptied for a fresh
// start: nobody can be reading leads from it) leaves write-ahead logging for the rollback journal
// while it runs, as the demo generator does: in WAL mode every page of the transaction is written
// twice (the log, then the checkpoint) and every index build reads its pages back through the
// log's index; with the rollback journal the new pages go straight to the file and only the pages
// that existed before are journalled, still atomic and durable. The switch needs the only
// connection to the file (the command line); with others open (the window) SQLite refuses it and
// the import stays in WAL mode. Restored when the import is over, whatever happened.
class RollbackJournal
{
public:
    explicit RollbackJournal(sqlite3 *handle) : m_handle(handle)
    {
        SqliteStatement mode(m_handle, "PRAGMA journal_mode = DELETE");
        m_switched = mode.next() && mode.columnText(0) == "delete";
    }
    ~RollbackJournal()
    {
        if (!m_switched)
            return;
        SqliteStatement mode(m_handle, "PRAGMA journal_mode = WAL");
        mode.next();
    }
    RollbackJournal(const RollbackJournal &) = delete;
    RollbackJournal &operator=(const RollbackJournal &) = delete;

private:
    sqlite3 *m_handle;
    bool m_switched = false;
};

// Whether a record is an empty line (one empty field): skipped without a word.
bool isBlank(const QStringList &record)
{
    return record.size() == 1 && record.constFirst().trimmed().isEmpty();
}

} // namespace

LeadImporter::LeadImporter() = default;
LeadImporter::~LeadImporter() = default;

void LeadImporter::setProgressFunction(ProgressFunction progress)
{
    m_progress = std::move(progress);
}

void LeadImporter::cancel()
{
    m_canceled.store(true);
}

bool LeadImporter::run(const ImportRequest &request, QSqlDatabase db)
{
    m_error.clear();
    m_summary = ImportSummary();
    m_summary.dryRun = request.dryRun;
#ifdef __GLIBC__
    // glibc gives freed memory at the top of its heap back to the system as soon as 128 KB are
    // free there; an import (SQLite's page cache and index sorter, the rows' strings) frees and
    // takes such blocks all the time, and every give-back is a system call with a TLB flush: a
    // third of the import's time on a 100,000-row file (perf). Up to 32 MB are kept for reuse.
    // Process-wide and lasting: a fixed threshold rather than glibc's sliding one.
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
    const Result<void> done = import(request, db);
    if (!done) {
        m_error = done.error();
        // Nothing of a failed import stays: the counts say what was read, not what was written.
        m_summary.imported = 0;
        m_summary.flagged = 0;
        m_summary.reportPath.clear();
    }
    return bool(done);
}

Result<void> LeadImporter::import(const ImportRequest &request, QSqlDatabase &db)
{
    // The file: its start decides the encoding, the delimiter and (unless given) the mapping.
    QFile file(request.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Tr::tr("Cannot open %1: %2").arg(request.filePath, file.errorString())};
    const qint64 totalBytes = file.size();
    const QByteArray sample = file.peek(SampleBytes);
    const Result<ImportPreview> preview = ImportPreview::fromBytes(sample, 0, request.encoding, request.delimiter);
    if (!preview)
        return Failure{preview.error()};
    ImportMapping mapping = request.mapping.isEmpty() ? preview->mapping : request.mapping;
    if (!mapping.isMapped(LeadField::Name))
        return Failure{Tr::tr("No column holds the lead's name: map one of the columns to \u201c%1\u201d.")
                           .arg(LeadFields::label(LeadField::Name))};
    if (!mapping.isMapped(LeadField::Source) && !request.defaultSource)
        return Failure{Tr::tr("No column holds the lead source and no default source is chosen: map a column to "
                              "\u201c%1\u201d or choose a default source.")
                           .arg(LeadFields::label(LeadField::Source))};
    const char delimiter = CsvFormat::charOf(preview->delimiter);
    CsvReader reader(&file, delimiter);
    reader.setEncoding(preview->encoding);
    reader.setMaxFieldSize(MaxFieldBytes);
    QStringList record;
    if (!reader.readRecord(&record))
        return Failure{reader.hasError() ? reader.errorString() : Tr::tr("The file is empty.")};
    const QStringList headers = record;
    mapping.setColumnCount(qMax(mapping.columnCount(), int(headers.size())));
    if (reader.atEnd())
        return Failure{Tr::tr("The file has a header row but no leads.")};

    // Who imports, and whom an owner column may name.
    const qint64 actorId = request.actorId;
    std::optional<RollbackJournal> journal;
    if (sqlite3 *handle = SqliteStatement::handleOf(db); handle && totalBytes >= BulkLoadBytes
        && SqliteStatement::queryInt(handle, "SELECT EXISTS (SELECT 1 FROM leads)", 1) == 0)
        journal.emplace(handle);
    // SQLite's foreign key checks off while the import runs: every id a lead is written with is
    // read in the import's own transaction (the reference data, the companies and contacts found
    // by name, the actor and the owner), and nothing else writes meanwhile, so each row's eight
    // checks against the parent tables (12,000 instructions a row, 3% of a whole import:
    // callgrind) could never fail. The setting cannot change inside a transaction: it is made
    // before the transaction begins and undone after it ends, whatever happened. PostgreSQL keeps
    // its checks.
    std::optional<ScopedPragma> foreignKeysOff;
    if (sqlite3 *handle = SqliteStatement::handleOf(db))
        foreignKeysOff.emplace(handle, "foreign_keys", 0, 1);
    Transaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (actorId <= 0) {
        // Nobody signed in: only into a database without employees (as the command line allows).
        QSqlQuery count(db);
        if (Result<void> read = SqlCheck::run(count, QStringLiteral("SELECT count(*) FROM employees")); !read)
            return Failure{Tr::tr("Could not read the employee: %1").arg(read.error())};
        if (count.next() && count.value(0).toLongLong() > 0)
            return Failure{Tr::tr("Sign in to import leads: the database has employees.")};
    } else {
        LeadEmployee actor;
        if (Result<void> read = actor.readActor(db, actorId, Tr::tr("Could not read the employee: %1")); !read)
            return read;
        if (const Decision create = Permissions::check(actor.roles(), LeadAction::Create, LeadState::New, false); !create)
            return Failure{create.reason};
        if (mapping.isMapped(LeadField::Owner)) {
            if (const Decision assign = Permissions::check(actor.roles(), LeadAction::Assign, LeadState::New, false);
                !assign)
                return Failure{Tr::tr("%1 (the file has an owner column)").arg(assign.reason)};
        }
    }
    Names names(db);
    if (Result<void> loaded = names.load(mapping); !loaded)
        return loaded;
    ImportRowMapper mapper(mapping, &names.lookup);
    mapper.setDefaultSource(request.defaultSource);
    mapper.setExpectedFieldCount(int(headers.size()));

    // A large import into a table not much larger drops the list's triggers and rebuilds once.
    const qint64 existing = SqliteStatement::handleOf(db)
        ? SqliteStatement::queryInt(SqliteStatement::handleOf(db), "SELECT count(*) FROM leads")
        : 0;
    const bool bulk = totalBytes >= BulkLoadBytes && existing <= 2 * (totalBytes / BytesPerLeadEstimate);
    QString error;
    if (bulk && !LeadListIndex::beginBulkLoad(db, &error))
        return Failure{Tr::tr("Could not import the leads: %1").arg(error)};
    // The other indexes of leads are built once at the end too (sorted, much faster than row by
    // row), but for the three the duplicate lookups need as the rows go in. SQLite's DDL is
    // transactional: a failure or cancel rolls it back with the rows.
    QStringList rebuild;
    // A bigger page cache for a bulk import on SQLite (the default 2 MB sends every index page back
    // to the file and reads it again), bounded so that the import's memory stays under 100 MB (an
    // index build's sorter holds as much again before it spills to a temporary file).
    std::optional<ScopedPragma> cache;
    if (bulk && SqliteStatement::handleOf(db)) {
        cache.emplace(SqliteStatement::handleOf(db), "cache_size", -32768 /* 32 MB */, -2000);
        QSqlQuery indexes(db);
        if (Result<void> read = SqlCheck::run(indexes, QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL "
                "AND name NOT IN ('leads_email', 'leads_phone_digits', 'leads_tin')"));
            !read)
            return Failure{Tr::tr("Could not import the leads: %1").arg(read.error())};
        QStringList dropped;
        while (indexes.next()) {
            dropped << indexes.value(0).toString();
            rebuild << indexes.value(1).toString();
        }
        indexes.finish();
        for (const QString &name : std::as_const(dropped)) {
            if (Result<void> done = SqlCheck::run(indexes, QStringLiteral("DROP INDEX %1").arg(name)); !done)
                return Failure{Tr::tr("Could not import the leads: %1").arg(done.error())};
        }
    }

    Writer writer(db);
    if (Result<void> ready = writer.prepare(); !ready)
        return Failure{Tr::tr("Could not import the leads: %1").arg(ready.error())};
    std::optional<Report> report;
    if (!request.reportPath.isEmpty())
        report.emplace(request.reportPath, headers, delimiter);

    const QString at = Timestamps::format(Timestamps::nowUtc());
    const QVariant actor = SqlValues::idOrNull(actorId);
    const QString created = HistoryFields::createdCode();
    const QString flagCode = HistoryFields::likelyDuplicateCode();
    QVariantList values;
    const auto rejectRow = [&](qint64 line, const QStringList &row, const QList<ImportRejection> &rejections) -> Result<void> {
        ++m_summary.rejected;
        if (report)
            return report->add(line, row, rejections);
        return {};
    };

    while (reader.readRecord(&record)) {
        if (m_canceled.load())
            return Failure{Tr::tr("The import was canceled. Nothing was saved.")};
        if (isBlank(record))
            continue;
        ++m_summary.rows;
        if (m_progress && m_summary.rows % ProgressEvery == 0)
            m_progress(m_summary.rows, reader.bytesRead(), totalBytes);
        const qint64 line = reader.lineNumber();
        if (reader.recordHadNul() || reader.recordHadInvalidText() || reader.recordHadLongField()) {
            const QString reason = reader.recordHadNul()
                ? Tr::tr("The row holds a NUL byte: binary data, not text.")
                : reader.recordHadLongField()
                ? Tr::tr("A field is longer than %1 MB.").arg(MaxFieldBytes / (1024 * 1024))
                : Tr::tr("The row is not valid %1 text: save the file as UTF-8, or choose its encoding.")
                      .arg(TextEncodings::label(preview->encoding));
            if (Result<void> added = rejectRow(line, record, {{std::nullopt, reason}}); !added)
                return added;
            continue;
        }
        ImportRow row = mapper.map(record);
        if (!names.error().isEmpty())
            return Failure{Tr::tr("Could not read the reference data: %1").arg(names.error())};
        if (!row.ok()) {
            if (Result<void> added = rejectRow(line, record, row.rejections); !added)
                return added;
            continue;
        }
        Lead &lead = row.lead;
        std::optional<DuplicateHit> duplicate;
        if (request.duplicates != ImportDuplicateMode::Import) {
            Result<std::optional<DuplicateHit>> found = writer.findDuplicate(lead);
            if (!found)
                return Failure{Tr::tr("Could not import the leads: %1").arg(found.error())};
            duplicate = *found;
            if (duplicate && request.duplicates == ImportDuplicateMode::Skip) {
                ++m_summary.skipped;
                continue;
            }
        }
        lead.state = lead.ownerId > 0 ? LeadState::Assigned : LeadState::New;
        const QString companyLabel = lead.existingCompanyId > 0 ? names.companyLabel(lead.existingCompanyId)
            : !lead.companyName.isEmpty()                        ? lead.companyName
                                                                 : lead.leadCompanyName;
        const QString contactLabel = lead.existingContactId > 0 ? names.contactLabel(lead.existingContactId)
                                                                : joinName(lead.lastName, lead.firstName);
        if (!names.error().isEmpty())
            return Failure{Tr::tr("Could not read the reference data: %1").arg(names.error())};
        values.clear();
        for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all())
            values << LeadColumns::toSql(field, lead);
        values << static_cast<int>(lead.state) << SqlValues::notNull(companyLabel) << SqlValues::notNull(contactLabel)
               << actor << at << at << 1
               << SqlValues::notNull(names.listName(ReferenceKind::SellingDirection, lead.sellingDirectionId))
               << SqlValues::notNull(names.listName(ReferenceKind::ServiceOrProduct, lead.serviceId))
               << SqlValues::notNull(names.listName(ReferenceKind::Campaign, lead.campaignId))
               << SqlValues::notNull(names.listName(ReferenceKind::Employee, lead.ownerId));
        const Result<qint64> id = writer.insertLead(values);
        if (!id)
            return Failure{Tr::tr("Could not import the lead on line %1: %2").arg(line).arg(id.error())};
        if (Result<void> added = writer.addHistory({*id, actor, at, created, QStringLiteral(""), lead.name}); !added)
            return Failure{Tr::tr("Could not import the lead on line %1: %2").arg(line).arg(added.error())};
        if (duplicate) {
            const QString what = Tr::tr("Lead #%1 \u201c%2\u201d (the same %3)")
                                     .arg(duplicate->id)
                                     .arg(duplicate->name, LeadFields::label(duplicate->field).toLower());
            if (Result<void> added = writer.addHistory({*id, actor, at, flagCode, QStringLiteral(""), what}); !added)
                return Failure{Tr::tr("Could not import the lead on line %1: %2").arg(line).arg(added.error())};
            ++m_summary.flagged;
        }
        ++m_summary.imported;
    }
    if (reader.hasError())
        return Failure{Tr::tr("The file cannot be read as CSV: %1 Nothing was imported.").arg(reader.errorString())};
    if (m_canceled.load())
        return Failure{Tr::tr("The import was canceled. Nothing was saved.")};
    if (m_summary.rows == 0)
        return Failure{Tr::tr("The file has a header row but no leads.")};
    if (m_progress)
        m_progress(m_summary.rows, totalBytes, totalBytes);

    for (const QString &sql : std::as_const(rebuild)) {
        if (m_canceled.load())
            return Failure{Tr::tr("The import was canceled. Nothing was saved.")};
        QSqlQuery query(db);
        if (Result<void> built = SqlCheck::run(query, sql); !built)
            return Failure{Tr::tr("Could not import the leads: %1").arg(built.error())};
    }
    if (bulk && !SqliteStatement::handleOf(db) && !LeadListIndex::finishBulkLoad(db, &error))
        return Failure{Tr::tr("Could not import the leads: %1").arg(error)};
    if (bulk && SqliteStatement::handleOf(db)) {
        // LeadListIndex's finish but for the names (written with the rows) and with the planner's
        // statistics of leads alone (the other tables did not change).
        for (QString statement : LeadListIndex::finishBulkLoadStatements()) {
            if (statement.startsWith(QLatin1String("UPDATE leads SET")))
                continue;
            if (statement == QLatin1String("ANALYZE"))
                statement = QStringLiteral("ANALYZE leads");
            QSqlQuery query(db);
            if (Result<void> done = SqlCheck::run(query, statement); !done)
                return Failure{Tr::tr("Could not import the leads: %1").arg(done.error())};
        }
    }
    if (report) {
        if (Result<void> written = report->commit(); !written)
            return written;
        if (report->isOpen())
            m_summary.reportPath = request.reportPath;
    }
    if (request.dryRun) {
        transaction.rollback();
        return {};
    }
    return transaction.commit();
}
