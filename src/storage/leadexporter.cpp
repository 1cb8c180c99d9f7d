#include "leadexporter.h"

#include "csvwriter.h"
#include "leadlistsql.h"
#include "leadsource.h"
#include "leadstate.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sqlite3.h>

#include <charconv>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadExporter", text);
}

// How a raw value becomes a cell.
enum class Kind {
    Integer,   // digits
    Text,      // UTF-8 as stored (ISO 8601 for timestamps)
    Source,    // LeadSource number -> label
    State,     // LeadState number -> label
    YesNo,     // 0/1 -> "No"/"Yes"
    Label,     // reference id -> name through a map; 0 or NULL -> empty
};

enum class Map { None, Employees, Campaigns, Directions, Services, Channels };

struct ColumnPlan
{
    Kind kind;
    const char *sql;   // expression over leads l, companies c, contacts k
    Map map = Map::None;
    bool company = false;   // needs the join with companies
    bool contact = false;   // needs the join with contacts
};

ColumnPlan planOf(ExportColumn column)
{
    switch (column) {
    case ExportColumn::Number: return {Kind::Integer, "l.id"};
    case ExportColumn::Name: return {Kind::Text, "l.name"};
    case ExportColumn::Source: return {Kind::Source, "l.source"};
    case ExportColumn::LeadCompanyName: return {Kind::Text, "l.lead_company_name"};
    case ExportColumn::NewCompany: return {Kind::YesNo, "l.new_company"};
    case ExportColumn::ExistingCompany: return {Kind::Text, "c.name", Map::None, true};
    case ExportColumn::CompanyName: return {Kind::Text, "l.company_name"};
    case ExportColumn::CompanyWebsite: return {Kind::Text, "l.company_website"};
    case ExportColumn::CompanyTin: return {Kind::Text, "l.company_tin"};
    case ExportColumn::Campaign: return {Kind::Label, "l.campaign_id", Map::Campaigns};
    case ExportColumn::SellingDirection: return {Kind::Label, "l.direction_id", Map::Directions};
    case ExportColumn::ServiceOrProduct: return {Kind::Label, "l.service_id", Map::Services};
    case ExportColumn::NewContact: return {Kind::YesNo, "l.new_contact"};
    case ExportColumn::FirstName: return {Kind::Text, "l.first_name"};
    case ExportColumn::LastName: return {Kind::Text, "l.last_name"};
    case ExportColumn::MiddleName: return {Kind::Text, "l.middle_name"};
    case ExportColumn::ContactPhone: return {Kind::Text, "l.contact_phone"};
    case ExportColumn::ContactEmail: return {Kind::Text, "l.contact_email"};
    // As the contact picker names a contact.
    case ExportColumn::ExistingContact: return {Kind::Text, "trim(k.last_name || ' ' || k.first_name)", Map::None, false, true};
    case ExportColumn::Description: return {Kind::Text, "l.description"};
    case ExportColumn::Owner: return {Kind::Label, "l.owner_id", Map::Employees};
    case ExportColumn::City: return {Kind::Text, "l.city"};
    case ExportColumn::Channel: return {Kind::Label, "l.channel_id", Map::Channels};
    case ExportColumn::State: return {Kind::State, "l.state"};
    case ExportColumn::Company: return {Kind::Text, "l.company_label"};
    case ExportColumn::Contact: return {Kind::Text, "l.contact_label"};
    case ExportColumn::CreatedBy: return {Kind::Label, "l.created_by", Map::Employees};
    case ExportColumn::Created: return {Kind::Text, "l.created_at"};
    case ExportColumn::Updated: return {Kind::Text, "l.updated_at"};
    }
    return {Kind::Text, "''"};
}

bool isIntegerKind(Kind kind)
{
    return kind != Kind::Text;
}

// Reference names by id: a flat table when the ids are dense, else a hash.
class LabelMap
{
public:
    void insert(qint64 id, QByteArray name)
    {
        m_pending.emplace_back(id, std::move(name));
    }
    void finish()
    {
        qint64 maxId = 0;
        for (const auto &entry : m_pending)
            maxId = std::max(maxId, entry.first);
        m_dense = maxId >= 0 && maxId < qint64(m_pending.size()) * 4 + 1024;
        if (m_dense) {
            m_table.assign(static_cast<size_t>(maxId + 1), QByteArray());
            for (auto &entry : m_pending) {
                if (entry.first >= 0)
                    m_table[static_cast<size_t>(entry.first)] = std::move(entry.second);
            }
        } else {
            for (auto &entry : m_pending)
                m_hash.emplace(entry.first, std::move(entry.second));
        }
        m_pending.clear();
        m_pending.shrink_to_fit();
    }
    const QByteArray *find(qint64 id) const
    {
        if (m_dense) {
            if (id < 0 || id >= qint64(m_table.size()))
                return nullptr;
            return &m_table[static_cast<size_t>(id)];
        }
        const auto it = m_hash.find(id);
        return it == m_hash.end() ? nullptr : &it->second;
    }

private:
    std::vector<std::pair<qint64, QByteArray>> m_pending;
    std::vector<QByteArray> m_table;
    std::unordered_map<qint64, QByteArray> m_hash;
    bool m_dense = true;
};

// Raw values of a run of rows, in column order: integers and text kept apart.
struct Chunk
{
    std::vector<qint64> ints;
    std::string text;
    std::vector<quint32> ends;   // end offset in `text` of each text value
    int rows = 0;
    bool last = false;           // no rows follow
    QString error;               // the reader failed (with `last`)

    void clear()
    {
        ints.clear();
        text.clear();
        ends.clear();
        rows = 0;
        last = false;
        error.clear();
    }
};

constexpr int ChunkRows = 2048;
constexpr size_t ChunkTextBytes = 2 * 1024 * 1024;
constexpr int ChunkCount = 4;
constexpr qsizetype WriteBytes = 1024 * 1024;

// A bounded hand-over of chunks between the reader and the writer.
class ChunkQueue
{
public:
    void push(Chunk *chunk)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(chunk);
        }
        m_ready.notify_one();
    }
    // Null when closed.
    Chunk *pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return nullptr;
        Chunk *chunk = m_items.front();
        m_items.pop_front();
        return chunk;
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk *> m_items;
    bool m_closed = false;
};

struct Sqlite
{
    sqlite3 *db = nullptr;
    ~Sqlite()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

bool prepare(sqlite3 *db, const QByteArray &sql, Statement *statement, QString *error)
{
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement->stmt, nullptr)
        != SQLITE_OK) {
        *error = tr("Could not read the leads: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

bool bindValues(sqlite3_stmt *stmt, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(stmt, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(stmt, i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            *error = tr("Could not read the leads: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
            return false;
        }
    }
    return true;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The reasons an output file cannot be written, worded for the user.
QString writeErrorText(const QString &path, const QFileDevice &file)
{
    if (file.error() == QFileDevice::ResourceError)
        return tr("Not enough space on the disk to write %1 (%2). Nothing was saved.")
            .arg(nativePath(path), file.errorString());
    return tr("Could not write %1: %2. Nothing was saved.").arg(nativePath(path), file.errorString());
}

} // namespace

LeadExporter::LeadExporter() = default;
LeadExporter::~LeadExporter() = default;

void LeadExporter::setProgressFunction(ProgressFunction progress)
{
    m_progress = std::move(progress);
}

void LeadExporter::cancel()
{
    m_canceled.store(true);
}

bool LeadExporter::run(const LeadExportRequest &request)
{
    m_error.clear();
    m_rows = 0;
    const auto fail = [&](const QString &message) {
        m_error = message;
        return false;
    };
    const auto canceled = [&] {
        m_error = tr("The export was canceled. Nothing was saved.");
        return false;
    };

    if (request.roles == RoleSet())
        return fail(tr("Only an employee with a CRM role may export leads."));
    const QList<ExportColumn> columns = request.columns.isEmpty() ? ExportColumns::all() : request.columns;
    const bool toStdout = request.outputPath == QLatin1String("-");
    if (request.outputPath.isEmpty())
        return fail(tr("No output file given."));

    // The database, on a connection of this thread (handed to the reader thread below).
    if (!QFileInfo::exists(request.databasePath))
        return fail(tr("The database %1 does not exist.").arg(nativePath(request.databasePath)));
    if (!toStdout) {
        const QFileInfo out(request.outputPath);
        if (out.exists() && out.canonicalFilePath() == QFileInfo(request.databasePath).canonicalFilePath())
            return fail(tr("The output file %1 is the database itself.").arg(nativePath(request.outputPath)));
        if (out.isDir())
            return fail(tr("%1 is a folder, not a file.").arg(nativePath(request.outputPath)));
        const QFileInfo folder(out.absolutePath());
        if (!folder.isDir())
            return fail(tr("The folder %1 does not exist.").arg(nativePath(out.absolutePath())));
    }
    Sqlite sqlite;
    if (sqlite3_open_v2(QFile::encodeName(request.databasePath).constData(), &sqlite.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(tr("Cannot open %1: %2").arg(nativePath(request.databasePath), sqlite.error()));
    sqlite3_busy_timeout(sqlite.db, 5000);
    sqlite3_exec(sqlite.db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    {
        Statement version;
        QString error;
        if (!prepare(sqlite.db, "PRAGMA user_version", &version, &error) || sqlite3_step(version.stmt) != SQLITE_ROW)
            return fail(tr("%1 is not a CRM Agent database.").arg(nativePath(request.databasePath)));
        const int v = sqlite3_column_int(version.stmt, 0);
        if (v < 1 || v > Schema::CurrentVersion)
            return fail(tr("%1 is not a CRM Agent database of a version this program reads (schema %2).")
                            .arg(nativePath(request.databasePath))
                            .arg(v));
    }
    // One read transaction: the maps, the count and the rows come from one snapshot.
    if (sqlite3_exec(sqlite.db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("Could not read the leads: %1").arg(sqlite.error()));

    // The plan: one SQL expression per column, and the maps it needs.
    std::vector<ColumnPlan> plans;
    bool needCompany = false, needContact = false;
    bool needMap[6] = {};
    for (ExportColumn column : columns) {
        plans.push_back(planOf(column));
        needCompany = needCompany || plans.back().company;
        needContact = needContact || plans.back().contact;
        needMap[static_cast<int>(plans.back().map)] = true;
    }
    QByteArray select = "SELECT ";
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i)
            select += ", ";
        select += plans[i].sql;
    }
    select += " FROM leads l";
    if (needCompany)
        select += " LEFT JOIN companies c ON c.id = l.company_id";
    if (needContact)
        select += " LEFT JOIN contacts k ON k.id = l.contact_id";

    LabelMap maps[6];
    const char *const mapSql[6] = {
        nullptr,
        "SELECT id, display_name FROM employees",
        "SELECT id, name FROM campaigns",
        "SELECT id, name FROM selling_directions",
        "SELECT id, name FROM services",
        "SELECT id, name FROM channels",
    };
    for (int m = 1; m < 6; ++m) {
        if (!needMap[m])
            continue;
        Statement statement;
        QString error;
        if (!prepare(sqlite.db, mapSql[m], &statement, &error))
            return fail(error);
        while (sqlite3_step(statement.stmt) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.stmt, 1));
            maps[m].insert(sqlite3_column_int64(statement.stmt, 0),
                           QByteArray(text ? text : "", sqlite3_column_bytes(statement.stmt, 1)));
        }
        maps[m].finish();
    }

    // The rows: a scan by number, or the ids of a selection or a view looked up one by one.
    Statement rows, ids, lookup;
    QString error;
    qint64 total = -1;
    if (request.scope == ExportScope::AllLeads) {
        if (!prepare(sqlite.db, select + " ORDER BY l.id", &rows, &error))
            return fail(error);
        if (m_progress) {
            Statement count;
            if (prepare(sqlite.db, "SELECT COUNT(*) FROM leads", &count, &error) && sqlite3_step(count.stmt) == SQLITE_ROW)
                total = sqlite3_column_int64(count.stmt, 0);
        }
    } else {
        if (!prepare(sqlite.db, select + " WHERE l.id = ?", &lookup, &error))
            return fail(error);
        if (request.scope == ExportScope::SelectedLeads) {
            total = request.leadIds.size();
        } else {
            const LeadListSql sql(request.view, request.employeeId);
            const SqlStatement all = sql.selectAll();
            if (!prepare(sqlite.db, all.sql.toUtf8(), &ids, &error) || !bindValues(ids.stmt, all.values, &error))
                return fail(error);
            if (m_progress) {
                const SqlStatement counts = sql.countByState();
                Statement count;
                if (prepare(sqlite.db, counts.sql.toUtf8(), &count, &error) && bindValues(count.stmt, counts.values, &error)) {
                    total = 0;
                    while (sqlite3_step(count.stmt) == SQLITE_ROW)
                        total += sqlite3_column_int64(count.stmt, 1);
                }
            }
        }
    }

    // The output, under a temporary name until the end.
    std::unique_ptr<QFileDevice> output;
    if (toStdout) {
        auto file = std::make_unique<QFile>();
        if (!file->open(1, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
            return fail(tr("Could not write to standard output: %1").arg(file->errorString()));
        output = std::move(file);
    } else {
        auto file = std::make_unique<QSaveFile>(request.outputPath);
        if (!file->open(QIODevice::WriteOnly))
            return fail(tr("Could not create %1: %2").arg(nativePath(request.outputPath), file->errorString()));
        output = std::move(file);
    }
    const auto abandon = [&] {
        if (auto *save = qobject_cast<QSaveFile *>(output.get()))
            save->cancelWriting();
    };

    // Labels, encoded once.
    const QByteArray yes = tr("Yes").toUtf8();
    const QByteArray no = tr("No").toUtf8();
    QByteArray sourceLabels[16];
    QByteArray stateLabels[16];
    for (LeadSource source : LeadSources::all())
        sourceLabels[static_cast<int>(source) & 15] = LeadSources::label(source).toUtf8();
    for (LeadState state : LeadStates::all())
        stateLabels[static_cast<int>(state) & 15] = LeadStates::label(state).toUtf8();

    CsvWriter csv(request.format);
    if (request.format.byteOrderMark)
        csv.writeByteOrderMark();
    if (request.format.header) {
        for (ExportColumn column : columns)
            csv.writeField(ExportColumns::label(column));
        csv.endRecord();
    }

    // The reader thread: steps the statement and fills chunks.
    Chunk chunks[ChunkCount];
    ChunkQueue free, full;
    for (Chunk &chunk : chunks)
        free.push(&chunk);
    std::atomic<bool> stop {false};
    const int columnCount = int(plans.size());
    std::vector<bool> integer(plans.size());
    for (size_t i = 0; i < plans.size(); ++i)
        integer[i] = isIntegerKind(plans[i].kind);

    std::thread reader([&] {
        Chunk *chunk = free.pop();
        if (!chunk)
            return;
        chunk->clear();
        const auto readRow = [&](sqlite3_stmt *stmt) {
            for (int c = 0; c < columnCount; ++c) {
                if (integer[size_t(c)]) {
                    chunk->ints.push_back(sqlite3_column_int64(stmt, c));
                } else {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                    const int size = sqlite3_column_bytes(stmt, c);
                    if (size > 0)
                        chunk->text.append(text, size_t(size));
                    chunk->ends.push_back(quint32(chunk->text.size()));
                }
            }
            ++chunk->rows;
        };
        // Hands a full chunk over; false when the writer stopped.
        const auto handOver = [&]() -> bool {
            full.push(chunk);
            if (stop.load() || m_canceled.load()) {
                chunk = nullptr;
                return false;
            }
            chunk = free.pop();
            if (!chunk)
                return false;
            chunk->clear();
            return true;
        };
        const auto full_ = [&] { return chunk->rows >= ChunkRows || chunk->text.size() >= ChunkTextBytes; };
        QString failure;
        int rc = SQLITE_DONE;
        if (rows.stmt) {
            while ((rc = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
                readRow(rows.stmt);
                if (full_() && !handOver())
                    return;
            }
        } else {
            const auto one = [&](qint64 id) -> bool {
                sqlite3_bind_int64(lookup.stmt, 1, id);
                const int step = sqlite3_step(lookup.stmt);
                if (step == SQLITE_ROW)
                    readRow(lookup.stmt);
                sqlite3_reset(lookup.stmt);
                if (step != SQLITE_ROW && step != SQLITE_DONE) {
                    rc = step;
                    return false;
                }
                return !full_() || handOver();
            };
            if (request.scope == ExportScope::SelectedLeads) {
                for (qint64 id : request.leadIds) {
                    if (!one(id))
                        break;
                }
            } else {
                while ((rc = sqlite3_step(ids.stmt)) == SQLITE_ROW) {
                    if (!one(sqlite3_column_int64(ids.stmt, 0)))
                        break;
                }
            }
            if (!chunk)
                return;
        }
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            failure = tr("Could not read the leads: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        chunk->last = true;
        chunk->error = failure;
        full.push(chunk);
    });

    // This thread: formats and writes.
    char number[24];
    bool ok = true;
    const auto flush = [&]() -> bool {
        if (csv.size() == 0)
            return true;
        if (output->write(csv.data(), csv.size()) != csv.size()) {
            m_error = writeErrorText(toStdout ? tr("standard output") : request.outputPath, *output);
            return false;
        }
        csv.clear();
        return true;
    };
    for (;;) {
        Chunk *chunk = full.pop();
        if (!chunk)
            break;
        if (ok && !m_canceled.load()) {
            size_t in = 0, te = 0;
            quint32 textStart = 0;
            for (int r = 0; r < chunk->rows; ++r) {
                for (int c = 0; c < columnCount; ++c) {
                    const ColumnPlan &plan = plans[size_t(c)];
                    if (plan.kind == Kind::Text) {
                        const quint32 end = chunk->ends[te++];
                        csv.writeField(chunk->text.data() + textStart, qsizetype(end - textStart));
                        textStart = end;
                        continue;
                    }
                    const qint64 value = chunk->ints[in++];
                    switch (plan.kind) {
                    case Kind::Integer: {
                        const auto result = std::to_chars(number, number + sizeof number, value);
                        csv.writeField(number, result.ptr - number);
                        break;
                    }
                    case Kind::Source:
                    case Kind::State: {
                        const QByteArray &label = (plan.kind == Kind::Source ? sourceLabels : stateLabels)[value & 15];
                        if (value >= 0 && value < 16 && !label.isEmpty()) {
                            csv.writeField(label);
                        } else {
                            const auto result = std::to_chars(number, number + sizeof number, value);
                            csv.writeField(number, result.ptr - number);
                        }
                        break;
                    }
                    case Kind::YesNo:
                        csv.writeField(value ? yes : no);
                        break;
                    case Kind::Label: {
                        const QByteArray *label = value ? maps[static_cast<int>(plan.map)].find(value) : nullptr;
                        if (label)
                            csv.writeField(*label);
                        else
                            csv.writeEmptyField();
                        break;
                    }
                    case Kind::Text:
                        break;
                    }
                }
                csv.endRecord();
                if (csv.size() >= WriteBytes && !(ok = flush()))
                    break;
            }
            m_rows += chunk->rows;
            if (ok && m_progress)
                m_progress(m_rows, total);
        }
        const bool last = chunk->last;
        if (last && !chunk->error.isEmpty() && ok) {
            ok = false;
            m_error = chunk->error;
        }
        // On an error or a cancel the reader is told to stop: it hands over at most the chunk it
        // holds and never blocks, since the free queue is closed below.
        if (last || !ok || m_canceled.load())
            break;
        free.push(chunk);
    }
    stop.store(true);
    free.close();
    full.close();
    reader.join();

    if (m_canceled.load()) {
        abandon();
        return canceled();
    }
    if (!ok || !flush()) {
        abandon();
        return false;
    }
    if (auto *save = qobject_cast<QSaveFile *>(output.get())) {
        if (!save->commit())
            return fail(writeErrorText(request.outputPath, *save));
    } else {
        output->close();
    }
    return true;
}
