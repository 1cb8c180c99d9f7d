#include "demogenerator.h"

#include "demonames.h"
#include "demorandom.h"
#include "leadlistindex.h"
#include "leadsource.h"
#include "leadstate.h"
#include "passwordhasher.h"
#include "role.h"
#include "searchkey.h"
#include "postgresqlcopy.h"
#include "postgresqlstatement.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <atomic>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr qint64 kDay = 86400;
constexpr qint64 kLeadSpan = 730 * kDay;      // leads: the last two years
constexpr qint64 kCompanySpan = 1095 * kDay;  // companies and contacts: the last three
constexpr qint64 kProgressStep = 50000;
// Bulk loads at least this large drop a table's indexes and build them once at the end.
constexpr qint64 kRebuildIndexesFrom = 50000;

struct DemoEmployee
{
    const char *login;
    const char *name;
    RoleSet roles;
};

// Every demo employee's password is its login.
const DemoEmployee kEmployees[] = {
    {"admin", "Администратор", Role::Admin},
    {"sales1", "Анна Смирнова", Role::Sales},
    {"sales2", "Oliver Harris", Role::Sales},
    {"sales3", "Дмитрий Волков", Role::Sales},
    {"manager1", "Елена Кузнецова", Role::Manager},
    {"manager2", "James Walker", Role::Manager},
    {"marketeer1", "Мария Орлова", Role::Marketeer},
    {"marketeer2", "Sophie Turner", Role::Marketeer},
    {"head1", "Игорь Лебедев", RoleSet(Role::Sales) | Role::Manager},
};

const char *const kDisqualifyReasons[] = {"no_need", "no_budget", "chose_competitor", "unreachable",
                                          "not_decision_maker", "duplicate", "spam"};
const std::string kDisqualifyComments[] = {"Budget frozen until next year.", "Went with the incumbent supplier.",
                                           "No reply after three calls and two e-mails.", "Asked not to be contacted."};

// ---- small text helpers: the hot loop builds UTF-8 directly, without QString ----

void put(std::string &out, qint64 value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out += digits[--n];
}

// "yyyy-MM-ddTHH:mm:ssZ" for seconds since the epoch (days-to-civil after Howard Hinnant).
void formatTime(qint64 secs, std::string &out)
{
    out.clear();
    qint64 days = secs >= 0 ? secs / kDay : (secs - kDay + 1) / kDay;
    const qint64 rem = secs - days * kDay;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    put(out, year, 4);
    out += '-';
    put(out, month, 2);
    out += '-';
    put(out, day, 2);
    out += 'T';
    put(out, rem / 3600, 2);
    out += ':';
    put(out, rem % 3600 / 60, 2);
    out += ':';
    put(out, rem % 60, 2);
    out += 'Z';
}

int innCheck(const int *digits, const int *weights, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += digits[i] * weights[i];
    return sum % 11 % 10;
}

// Appends check digits to 9 digits (-> a 10-digit INN) or 10 digits (-> 12 digits).
bool appendInnChecks(std::string &digits)
{
    static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    int d[12] = {};
    const int n = static_cast<int>(digits.size());
    if (n != 9 && n != 10)
        return false;
    for (int i = 0; i < n; ++i) {
        if (digits[i] < '0' || digits[i] > '9')
            return false;
        d[i] = digits[i] - '0';
    }
    if (n == 9) {
        digits += static_cast<char>('0' + innCheck(d, w10, 9));
        return true;
    }
    d[10] = innCheck(d, w11, 10);
    digits += static_cast<char>('0' + d[10]);
    digits += static_cast<char>('0' + innCheck(d, w12, 11));
    return true;
}

// A valid INN: 10 digits for an organisation, 12 for an individual entrepreneur. `serial` below
// 10^7 (10^8 for 12 digits) gives distinct numbers for distinct serials.
void makeInn(DemoRandom &rng, quint64 serial, bool individual, std::string &out)
{
    const auto regions = DemoNames::innRegions();
    out.clear();
    put(out, regions[rng.pick(regions.size())], 2);
    if (individual)
        put(out, static_cast<qint64>((serial * 7777777ULL + 7654321ULL) % 100000000ULL), 8);
    else
        put(out, static_cast<qint64>((serial * 7777777ULL + 1234567ULL) % 10000000ULL), 7);
    appendInnChecks(out);
}

std::string fold(const std::string &text)
{
    return SearchKey::fold(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))).toStdString();
}

bool hasNonAscii(const std::string &text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

struct CompanyData
{
    std::string name;
    std::string shortName;   // as a requester would write it
    std::string domain;
    std::string website;
    std::string tin;
    bool russian = true;
};

struct PersonData
{
    std::string first;
    std::string last;
    std::string middle;
    std::string phone;
    std::string email;
};

void makeCompany(DemoRandom &rng, quint64 serial, CompanyData &c)
{
    c.name.clear();
    c.shortName.clear();
    c.domain.clear();
    c.russian = rng.percent(65);
    bool individual = false;
    if (c.russian && rng.percent(8)) {
        // An individual entrepreneur: "ИП Петров С. А."
        individual = true;
        const bool female = rng.percent(40);
        const auto surnames = DemoNames::russianSurnames();
        const DemoSurname &surname = surnames[rng.pick(surnames.size())];
        const auto males = DemoNames::russianMaleNames();
        const char *first = female ? DemoNames::russianFemaleNames()[rng.pick(DemoNames::russianFemaleNames().size())].text
                                   : males[rng.pick(males.size())].text;
        const DemoMaleName &father = males[rng.pick(males.size())];
        const char *last = female ? surname.female : surname.male;
        c.name = std::string("ИП ") + last + ' ' + std::string(first, 2) + ". "
                 + std::string(female ? father.patronymicFemale : father.patronymicMale, 2) + '.';
        c.shortName = std::string(last) + ' ' + first;
        c.domain = std::string(surname.latin) + (female ? "a" : "") + "-ip.ru";
    } else if (c.russian) {
        const auto words = DemoNames::russianCompanyWords();
        const auto suffixes = DemoNames::russianCompanySuffixes();
        const auto forms = DemoNames::russianCompanyForms();
        const auto regions = DemoNames::russianRegions();
        const DemoWord &word = words[rng.pick(words.size())];
        const DemoWord &suffix = suffixes[rng.pick(suffixes.size())];
        const char *separator = rng.percent(60) ? " " : "-";
        c.shortName = std::string(word.text) + separator + suffix.text;
        c.domain = std::string(word.latin) + '-' + suffix.latin;
        if (rng.percent(45)) {
            const DemoWord &region = regions[rng.pick(regions.size())];
            c.shortName += std::string(" ") + region.text;
            c.domain += std::string("-") + region.latin;
        }
        c.name = std::string(forms[rng.pick(forms.size())]) + " «" + c.shortName + "»";
        c.domain += rng.percent(85) ? ".ru" : ".com";
    } else {
        const auto words = DemoNames::englishCompanyWords();
        const auto suffixes = DemoNames::englishCompanySuffixes();
        const auto forms = DemoNames::englishCompanyForms();
        const DemoWord &word = words[rng.pick(words.size())];
        const DemoWord &suffix = suffixes[rng.pick(suffixes.size())];
        c.shortName = std::string(word.text) + ' ' + suffix.text;
        c.name = c.shortName + ' ' + forms[rng.pick(forms.size())];
        static const char *const tlds[] = {".com", ".co.uk", ".io", ".net", ".eu"};
        c.domain = std::string(word.latin) + suffix.latin + tlds[rng.pick(std::size(tlds))];
    }
    c.website = "https://" + c.domain;
    makeInn(rng, serial, individual, c.tin);
}

void makePhone(DemoRandom &rng, bool russian, std::string &out)
{
    out.clear();
    if (russian) {
        out += rng.percent(80) ? "+7 (9" : "+7 (49";
        put(out, static_cast<qint64>(rng.below(out.size() == 5 ? 100 : 10)), out.size() == 5 ? 2 : 1);
        out += ") ";
        put(out, static_cast<qint64>(rng.below(1000)), 3);
        out += '-';
        put(out, static_cast<qint64>(rng.below(100)), 2);
        out += '-';
        put(out, static_cast<qint64>(rng.below(100)), 2);
    } else if (rng.percent(50)) {
        out += "+44 20 ";
        put(out, static_cast<qint64>(rng.below(10000)), 4);
        out += ' ';
        put(out, static_cast<qint64>(rng.below(10000)), 4);
    } else {
        out += "+1 (";
        put(out, 200 + static_cast<qint64>(rng.below(800)), 3);
        out += ") ";
        put(out, 200 + static_cast<qint64>(rng.below(800)), 3);
        out += '-';
        put(out, static_cast<qint64>(rng.below(10000)), 4);
    }
}

void makePerson(DemoRandom &rng, bool russian, const std::string &companyDomain, PersonData &p)
{
    p.middle.clear();
    p.phone.clear();
    p.email.clear();
    const bool female = rng.percent(45);
    std::string latinFirst;
    std::string latinLast;
    if (russian) {
        const auto males = DemoNames::russianMaleNames();
        const auto females = DemoNames::russianFemaleNames();
        const auto surnames = DemoNames::russianSurnames();
        const DemoSurname &surname = surnames[rng.pick(surnames.size())];
        if (female) {
            const DemoWord &first = females[rng.pick(females.size())];
            p.first = first.text;
            latinFirst = first.latin;
            p.last = surname.female;
            latinLast = std::string(surname.latin) + 'a';
        } else {
            const DemoMaleName &first = males[rng.pick(males.size())];
            p.first = first.text;
            latinFirst = first.latin;
            p.last = surname.male;
            latinLast = surname.latin;
        }
        if (rng.percent(75)) {
            const DemoMaleName &father = males[rng.pick(males.size())];
            p.middle = female ? father.patronymicFemale : father.patronymicMale;
        }
    } else {
        const auto firsts = female ? DemoNames::englishFemaleNames() : DemoNames::englishMaleNames();
        const auto surnames = DemoNames::englishSurnames();
        const DemoWord &first = firsts[rng.pick(firsts.size())];
        const DemoWord &last = surnames[rng.pick(surnames.size())];
        p.first = first.text;
        p.last = last.text;
        latinFirst = first.latin;
        latinLast = last.latin;
    }
    if (rng.percent(85))
        makePhone(rng, russian, p.phone);
    if (rng.percent(85)) {
        if (!companyDomain.empty() && rng.percent(65)) {
            p.email = rng.percent(50) ? latinFirst + '.' + latinLast : latinFirst.substr(0, 1) + latinLast;
            p.email += '@' + companyDomain;
        } else {
            const auto domains = DemoNames::mailDomains();
            p.email = latinLast + '.' + latinFirst;
            if (rng.percent(50))
                put(p.email, 70 + static_cast<qint64>(rng.below(35)), 2);
            p.email += '@';
            p.email += domains[rng.pick(domains.size())];
        }
    }
}

std::string lastFirst(const std::string &last, const std::string &first)
{
    if (last.empty())
        return first;
    if (first.empty())
        return last;
    return last + ' ' + first;
}

// ---- the engines: what this load says differently to SQLite and to PostgreSQL ----

// The SQL a Run needs about the schema itself; everything else it writes is the same text on both.
struct SqliteEngine
{
    using Handle = sqlite3 *;
    using Statement = SqliteStatement;
    using Insert = SqliteStatement;   // a prepared INSERT, stepped once per row

    static constexpr const char *begin = "BEGIN IMMEDIATE";
    static constexpr const char *listNamesSql = "SELECT COUNT(*) FROM pragma_table_info('leads') WHERE name IN "
                                                "('direction_name', 'service_name', 'campaign_name', 'owner_name')";
    // (name, CREATE statement) of the indexes of the bound table that may be dropped for a while.
    static constexpr const char *indexesSql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                              "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name";
    // (name, ADD statement) of the table's foreign keys; SQLite's are switched off (PRAGMA) instead.
    static constexpr const char *foreignKeysSql = nullptr;

    // Run at the start and the end of the load, inside its transaction.
    static QStringList beginStatements(bool bulk)
    {
        return bulk ? LeadListIndex::beginBulkLoadStatements() : QStringList();
    }
    static QStringList finishStatements(bool bulk)
    {
        return bulk ? LeadListIndex::finishBulkLoadStatements() : QStringList();
    }
    // Rows are written as they are bound: nothing is held back.
    static constexpr qsizetype kCopyBytes = 0;
    static bool flush(std::initializer_list<Insert *>, qsizetype, QString *) { return true; }
};

// PostgreSQL: rows go in through COPY (PostgreSqlCopy), table by table, so the foreign keys
// (leads and opportunities refer to each other) are dropped for the load and added back at the end,
// which checks every row once.
struct PostgreSqlEngine
{
    using Handle = pg_conn *;
    using Statement = PostgreSqlStatement;
    using Insert = PostgreSqlCopy;

    // Rows held in memory per flush, all tables together.
    static constexpr qsizetype kCopyBytes = 16 * 1024 * 1024;

    static constexpr const char *begin = "BEGIN";
    static constexpr const char *listNamesSql = "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
                                                "current_schema() AND table_name = 'leads' AND column_name IN "
                                                "('direction_name', 'service_name', 'campaign_name', 'owner_name')";
    // Not the indexes of constraints (primary keys, UNIQUE): those stay.
    static constexpr const char *indexesSql = "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                                              "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = to_regclass(?) "
                                              "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) "
                                              "ORDER BY i.relname";
    static constexpr const char *foreignKeysSql = "SELECT conname, 'ALTER TABLE ' || conrelid::regclass::text || "
                                                  "' ADD CONSTRAINT ' || quote_ident(conname) || ' ' || "
                                                  "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' "
                                                  "AND conrelid = to_regclass(?) ORDER BY conname";

    // The lead list's names are set by a BEFORE trigger as each row is written and the search
    // column is computed by the server (LeadListIndex): nothing to switch off or rebuild. The ids
    // were written explicitly, so the identity sequences move past them; the planner's statistics
    // are refreshed.
    static QStringList beginStatements(bool)
    {
        return {QStringLiteral("SET LOCAL maintenance_work_mem = '512MB'")};
    }
    static QStringList finishStatements(bool)
    {
        QStringList statements;
        for (const char *table : {"companies", "contacts", "leads", "opportunities"})
            statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), MAX(id)) FROM %1")
                              .arg(QLatin1String(table));
        statements << QStringLiteral("ANALYZE companies, contacts, leads, opportunities, lead_history");
        return statements;
    }
    // Sends the rows held, in the order given, once they reach `atLeast` bytes together.
    static bool flush(std::initializer_list<Insert *> inserts, qsizetype atLeast, QString *error)
    {
        qsizetype held = 0;
        for (const Insert *insert : inserts)
            held += insert->bufferedBytes();
        if (held < atLeast || held == 0)
            return true;
        for (Insert *insert : inserts) {
            if (!insert->flush()) {
                *error = Tr::tr("Could not write the demo data: %1").arg(insert->errorString());
                return false;
            }
        }
        return true;
    }
};

template <class Handle>
struct EngineOf;
template <>
struct EngineOf<sqlite3 *>
{
    using Statement = SqliteStatement;
};
template <>
struct EngineOf<pg_conn *>
{
    using Statement = PostgreSqlStatement;
};

// ---- the run ----

const char kInsertCompany[] = "INSERT INTO companies (id, name, website, tin, created_at, name_key) "
                              "VALUES (?, ?, ?, ?, ?, ?)";
const char kInsertContact[] = "INSERT INTO contacts (id, company_id, first_name, last_name, middle_name, "
                              "phone, email, created_at, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

template <class Statement>
QString errorIn(const Statement &statement)
{
    return Tr::tr("Could not write the demo data: %1").arg(statement.errorString());
}

// False with *error set when the statement failed: a read loop that ended on an error, not at the end.
template <class Statement>
bool checked(const Statement &statement, QString *error)
{
    if (!statement.failed())
        return true;
    *error = errorIn(statement);
    return false;
}

// The integer `sql` answers; false with *error set on failure.
template <class Handle>
bool queryValue(Handle db, const char *sql, qint64 *value, QString *error)
{
    const Result<qint64> answer = EngineOf<Handle>::Statement::queryValue(db, sql);
    if (!answer) {
        *error = Tr::tr("Could not write the demo data: %1").arg(answer.error());
        return false;
    }
    *value = *answer;
    return true;
}

// Runs an INSERT; on failure sets *error.
template <class Statement>
bool execute(Statement &statement, QString *error)
{
    if (statement.execute())
        return true;
    *error = errorIn(statement);
    return false;
}

// One company row of kInsertCompany.
template <class Insert>
bool insertCompany(Insert &insert, qint64 id, const CompanyData &company, const std::string &at,
                   QString *error)
{
    const std::string key = fold(company.name);
    insert.bindInt(1, id);
    insert.bindText(2, company.name);
    insert.bindText(3, company.website);
    insert.bindText(4, company.tin);
    insert.bindText(5, at);
    insert.bindText(6, key);
    return execute(insert, error);
}

// One contact row of kInsertContact.
template <class Insert>
bool insertContact(Insert &insert, qint64 id, qint64 companyId, const PersonData &person,
                   const std::string &at, QString *error)
{
    const std::string key = fold(person.last + ' ' + person.first + ' ' + person.middle);
    insert.bindInt(1, id);
    insert.bindIdOrNull(2, companyId);
    insert.bindText(3, person.first);
    insert.bindText(4, person.last);
    insert.bindText(5, person.middle);
    insert.bindText(6, person.phone);
    insert.bindText(7, person.email);
    insert.bindText(8, at);
    insert.bindText(9, key);
    return execute(insert, error);
}

struct CompanyRef
{
    qint64 id = 0;
    std::string label;
    std::string shortName;
    std::string domain;
    bool russian = true;
    qint64 firstContact = 0;   // index into contacts
    qint64 contactCount = 0;
};

struct ContactRef
{
    qint64 id = 0;
    std::string label;
};

struct ServiceRef
{
    qint64 id = 0;
    std::string name;
};

struct DirectionRef
{
    qint64 id = 0;
    std::string name;
    std::vector<ServiceRef> services;
};

struct EmployeeRef
{
    qint64 id = 0;
    std::string name;
    RoleSet roles;
};

const std::string kEmpty;

template <class Engine>
struct LeadStatements;

// One generated lead: every value its row, its opportunity and its history need. One instance is
// reused for every lead, so that its strings keep their capacity.
struct DemoLead
{
    qint64 id = 0;
    bool russian = true;
    LeadSource source = LeadSource::WebsiteForm;
    LeadState state = LeadState::New;
    bool isNewCompany = false;
    const CompanyRef *existingCompany = nullptr;
    CompanyData newCompany;
    const std::string *shortName = nullptr;   // of the existing or the new company
    bool isNewContact = false;
    const ContactRef *existingContact = nullptr;
    PersonData person;
    std::string leadCompanyName, companyLabel, contactLabel, name, description, city;
    const DirectionRef *direction = nullptr;
    const ServiceRef *service = nullptr;
    const std::pair<qint64, std::string> *campaign = nullptr;
    qint64 channelId = 0;
    std::string createdAt, assignedAt, updatedAt;
    const EmployeeRef *creator = nullptr;
    qint64 ownerId = 0;
    int version = 1;
    qint64 opportunityId = 0, opportunityCompany = 0, opportunityContact = 0;
    size_t reasonIndex = 0;
    const std::string *disqualifyComment = &kEmpty;
};

struct SavedIndex
{
    QByteArray name;
    QByteArray sql;
};

template <class Engine>
class Run
{
public:
    using Handle = typename Engine::Handle;
    using Statement = typename Engine::Statement;
    using Insert = typename Engine::Insert;

    Run(Handle db, const DemoOptions &options, DemoSummary *summary,
        const std::function<void(qint64)> &progress, bool bulk)
        : m_db(db), m_options(options), m_summary(summary), m_progress(progress), m_rng(options.seed), m_bulk(bulk)
    {
        const QDateTime until = options.until.isValid()
                                    ? options.until
                                    : QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
        m_until = until.toSecsSinceEpoch();
    }

    bool hashPasswords(QString *error);
    bool write(QString *error);

private:
    bool exec(const char *sql, QString *error);
    bool writeEmployees(QString *error);
    bool writeSimpleReferences(QString *error);
    bool writeNamesIfEmpty(const char *countSql, const char *insertSql, std::span<const char *const> names,
                           QString *error);
    bool loadReferences(QString *error);
    bool writeCompanies(qint64 count, QString *error);
    bool loadCompanies(QString *error);
    bool writeLeads(QString *error);
    // The steps of one lead, in the order they draw random numbers.
    void indexEmployees();
    void pickSourceAndState(DemoLead &lead);
    void pickCompanyAndContact(DemoLead &lead);
    void pickReferences(DemoLead &lead);
    void writeTexts(DemoLead &lead);
    void pickTimesAndPeople(DemoLead &lead);
    bool writeQualifiedRecords(LeadStatements<Engine> &statements, DemoLead &lead, QString *error);
    bool insertLead(Insert &insert, DemoLead &lead, QString *error);
    void bindCompanyAndContact(Insert &insert, const DemoLead &lead);
    bool insertOpportunity(Insert &insert, const DemoLead &lead, QString *error);
    bool writeHistory(Insert &insert, const DemoLead &lead, QString *error);
    bool runListStatements(const QStringList &statements, QString *error);
    // Saves (name, statement that restores it) of what `listSql` lists for `table`, then drops it.
    bool saveAndDrop(const char *listSql, const char *table, const char *dropSql, std::vector<SavedIndex> &saved,
                     QString *error);
    bool dropIndexes(const char *table, QString *error);
    bool dropForeignKeys(QString *error);
    bool restoreIndexes(QString *error);

    Handle m_db;
    const DemoOptions &m_options;
    DemoSummary *m_summary;
    const std::function<void(qint64)> &m_progress;
    DemoRandom m_rng;
    qint64 m_until = 0;

    std::vector<QString> m_hashes;   // per kEmployees entry; empty when the login exists
    std::vector<EmployeeRef> m_employees;
    std::vector<qint64> m_owners;     // employees who may own leads
    std::vector<std::pair<qint64, std::string>> m_campaigns;
    std::vector<qint64> m_channels;
    std::vector<DirectionRef> m_directions;
    std::vector<CompanyRef> m_companies;
    std::vector<ContactRef> m_contacts;
    qint64 m_nextCompanyId = 1;
    qint64 m_nextContactId = 1;
    qint64 m_nextOpportunityId = 1;
    DemoLead m_lead;
    std::unordered_map<qint64, const EmployeeRef *> m_employeeById;
    qint64 m_adminId = 0;
    std::vector<SavedIndex> m_droppedIndexes;
    std::vector<SavedIndex> m_droppedForeignKeys;
    bool m_listNames = false;   // the leads table has the lead list's sort-name columns
    bool m_bulk = false;        // a large load: derived data and indexes are rebuilt at the end
};

template <class Engine>
bool Run<Engine>::exec(const char *sql, QString *error)
{
    if (const Result<void> ran = Statement::exec(m_db, sql); !ran) {
        *error = Tr::tr("Could not write the demo data: %1").arg(ran.error());
        return false;
    }
    return true;
}

template <class Engine>
bool Run<Engine>::hashPasswords(QString *error)
{
    // Hashing is deliberately slow: hash only the missing employees, each once, in parallel.
    const size_t count = std::size(kEmployees);
    m_hashes.assign(count, QString());
    std::vector<size_t> missing;
    Statement find(m_db, "SELECT id FROM employees WHERE login = ?");
    if (!find.isValid()) {
        *error = errorIn(find);
        return false;
    }
    for (size_t i = 0; i < count; ++i) {
        find.bindText(1, kEmployees[i].login);
        if (!find.next())
            missing.push_back(i);
        find.reset();
    }
    if (!checked(find, error))
        return false;
    std::atomic<size_t> nextJob{0};
    const auto worker = [&] {
        for (size_t job = nextJob++; job < missing.size(); job = nextJob++) {
            const size_t i = missing[job];
            m_hashes[i] = PasswordHasher::hash(QString::fromUtf8(kEmployees[i].login));
        }
    };
    const size_t threads = std::min<size_t>(missing.size(), std::max(2u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    for (size_t i : missing) {
        if (m_hashes[i].isEmpty()) {
            *error = Tr::tr("Could not hash the demo passwords (out of memory).");
            return false;
        }
    }
    return true;
}

template <class Engine>
bool Run<Engine>::writeEmployees(QString *error)
{
    Statement insert(m_db, "INSERT INTO employees (login, display_name, roles, password_hash, active, "
                                 "created_at) VALUES (?, ?, ?, ?, 1, ?)");
    std::string at;
    formatTime(m_until - kCompanySpan - kDay, at);
    for (size_t i = 0; i < std::size(kEmployees); ++i) {
        const DemoEmployee &e = kEmployees[i];
        // An employee who exists already keeps the password they have (perhaps changed since):
        // only the accounts written now have the demo password to print.
        if (m_hashes[i].isEmpty())
            continue;
        if (m_summary)
            m_summary->credentials << QStringLiteral("%1 %1 %2").arg(QString::fromUtf8(e.login), Roles::codes(e.roles));
        const QByteArray hash = m_hashes[i].toUtf8();
        insert.bindText(1, e.login);
        insert.bindText(2, e.name);
        insert.bindInt(3, e.roles.toInt());
        insert.bindText(4, std::string_view(hash.constData(), hash.size()));
        insert.bindText(5, at);
        if (!execute(insert, error))
            return false;
    }
    Statement select(m_db, "SELECT id, display_name, roles FROM employees WHERE active = 1 ORDER BY id");
    while (select.next()) {
        EmployeeRef employee;
        employee.id = select.columnInt(0);
        employee.name = select.columnText(1).toStdString();
        employee.roles = Roles::fromStored(static_cast<int>(select.columnInt(2)));
        if (employee.roles == RoleSet())
            continue;
        if (employee.roles & (RoleSet(Role::Sales) | Role::Manager | Role::Marketeer))
            m_owners.push_back(employee.id);
        m_employees.push_back(std::move(employee));
    }
    if (!checked(select, error))
        return false;
    if (m_employees.empty() || m_owners.empty()) {
        *error = Tr::tr("Could not write the demo data: no employee can own leads.");
        return false;
    }
    return true;
}

// Inserts `names` with `insertSql` when `countSql` counts no row yet.
template <class Engine>
bool Run<Engine>::writeNamesIfEmpty(const char *countSql, const char *insertSql, std::span<const char *const> names,
                            QString *error)
{
    qint64 existing = 0;
    if (!queryValue(m_db, countSql, &existing, error))
        return false;
    if (existing != 0)
        return true;
    Statement insert(m_db, insertSql);
    for (const char *name : names) {
        insert.bindText(1, name);
        if (!execute(insert, error))
            return false;
    }
    return true;
}

template <class Engine>
bool Run<Engine>::writeSimpleReferences(QString *error)
{
    if (!writeNamesIfEmpty("SELECT COUNT(*) FROM campaigns", "INSERT INTO campaigns (name) VALUES (?)",
                           DemoNames::campaigns(), error)
        || !writeNamesIfEmpty("SELECT COUNT(*) FROM channels", "INSERT INTO channels (name) VALUES (?)",
                              DemoNames::channels(), error))
        return false;
    qint64 directions = 0;
    if (!queryValue(m_db, "SELECT COUNT(*) FROM selling_directions", &directions, error))
        return false;
    if (directions == 0) {
        Statement direction(m_db, "INSERT INTO selling_directions (name) VALUES (?) RETURNING id");
        Statement service(m_db, "INSERT INTO services (direction_id, name) VALUES (?, ?)");
        for (const DemoDirection &d : DemoNames::directions()) {
            direction.bindText(1, d.name);
            if (!direction.next()) {
                *error = direction.failed() ? errorIn(direction) : Tr::tr("Could not write the demo data.");
                return false;
            }
            const qint64 id = direction.columnInt(0);
            direction.reset();
            for (const char *name : d.services) {
                service.bindInt(1, id);
                service.bindText(2, name);
                if (!execute(service, error))
                    return false;
            }
        }
    }
    return true;
}

template <class Engine>
bool Run<Engine>::loadReferences(QString *error)
{
    {
        Statement select(m_db, "SELECT id, name FROM campaigns ORDER BY id");
        while (select.next())
            m_campaigns.emplace_back(select.columnInt(0), select.columnText(1).toStdString());
        if (!checked(select, error))
            return false;
    }
    {
        Statement select(m_db, "SELECT id FROM channels ORDER BY id");
        while (select.next())
            m_channels.push_back(select.columnInt(0));
        if (!checked(select, error))
            return false;
    }
    std::unordered_map<qint64, size_t> directionIndex;
    {
        Statement select(m_db, "SELECT id, name FROM selling_directions ORDER BY id");
        while (select.next()) {
            directionIndex[select.columnInt(0)] = m_directions.size();
            m_directions.push_back({select.columnInt(0), select.columnText(1).toStdString(), {}});
        }
        if (!checked(select, error))
            return false;
    }
    {
        Statement select(m_db, "SELECT id, direction_id, name FROM services ORDER BY id");
        while (select.next()) {
            const auto it = directionIndex.find(select.columnInt(1));
            if (it != directionIndex.end())
                m_directions[it->second].services.push_back({select.columnInt(0), select.columnText(2).toStdString()});
        }
        if (!checked(select, error))
            return false;
    }
    if (m_directions.empty()) {
        *error = Tr::tr("Could not write the demo data: there is no selling direction.");
        return false;
    }
    return true;
}

template <class Engine>
bool Run<Engine>::loadCompanies(QString *error)
{
    std::unordered_map<qint64, size_t> companyIndex;
    {
        Statement select(m_db, "SELECT id, name, website FROM companies ORDER BY id");
        while (select.next()) {
            CompanyRef c;
            c.id = select.columnInt(0);
            c.label = select.columnText(1).toStdString();
            c.shortName = c.label;
            std::string site = select.columnText(2).toStdString();
            for (const char *prefix : {"https://", "http://", "www."}) {
                if (site.starts_with(prefix))
                    site.erase(0, std::char_traits<char>::length(prefix));
            }
            c.domain = site.substr(0, site.find('/'));
            c.russian = hasNonAscii(c.label);
            companyIndex[c.id] = m_companies.size();
            m_companies.push_back(std::move(c));
        }
        if (!checked(select, error))
            return false;
    }
    {
        Statement select(m_db, "SELECT id, COALESCE(company_id, 0), last_name, first_name FROM contacts "
                                     "ORDER BY COALESCE(company_id, 0), id");
        qint64 current = -1;
        while (select.next()) {
            const qint64 companyId = select.columnInt(1);
            const auto it = companyIndex.find(companyId);
            if (it != companyIndex.end()) {
                CompanyRef &company = m_companies[it->second];
                if (companyId != current)
                    company.firstContact = static_cast<qint64>(m_contacts.size());
                ++company.contactCount;
            }
            current = companyId;
            m_contacts.push_back({select.columnInt(0), lastFirst(select.columnText(2).toStdString(),
                                                                 select.columnText(3).toStdString())});
        }
        if (!checked(select, error))
            return false;
    }
    if (!queryValue(m_db, "SELECT COALESCE(MAX(id), 0) + 1 FROM companies", &m_nextCompanyId, error))
        return false;
    return queryValue(m_db, "SELECT COALESCE(MAX(id), 0) + 1 FROM contacts", &m_nextContactId, error);
}

template <class Engine>
bool Run<Engine>::writeCompanies(qint64 count, QString *error)
{
    if (count <= 0)
        return true;
    if (count >= kRebuildIndexesFrom && count >= static_cast<qint64>(m_companies.size())
        && (!dropIndexes("companies", error) || !dropIndexes("contacts", error)))
        return false;
    Insert company(m_db, kInsertCompany);
    Insert contact(m_db, kInsertContact);
    CompanyData data;
    PersonData person;
    std::string at;
    const quint64 serialBase = static_cast<quint64>(m_nextCompanyId);
    for (qint64 i = 0; i < count; ++i) {
        makeCompany(m_rng, serialBase + static_cast<quint64>(i), data);
        const qint64 created = m_until - kCompanySpan + static_cast<qint64>(m_rng.below(kCompanySpan - kDay));
        formatTime(created, at);
        CompanyRef ref;
        ref.id = m_nextCompanyId++;
        if (!insertCompany(company, ref.id, data, at, error))
            return false;
        ref.label = data.name;
        ref.shortName = data.shortName;
        ref.domain = data.domain;
        ref.russian = data.russian;
        ref.firstContact = static_cast<qint64>(m_contacts.size());
        ref.contactCount = data.name.starts_with("ИП ") ? 1 : m_rng.between(1, 3);
        for (qint64 k = 0; k < ref.contactCount; ++k) {
            makePerson(m_rng, data.russian ? m_rng.percent(90) : m_rng.percent(10), data.domain, person);
            const qint64 id = m_nextContactId++;
            if (!insertContact(contact, id, ref.id, person, at, error))
                return false;
            m_contacts.push_back({id, lastFirst(person.last, person.first)});
        }
        if (m_summary) {
            ++m_summary->companies;
            m_summary->contacts += ref.contactCount;
        }
        m_companies.push_back(std::move(ref));
        if (!Engine::flush({&company, &contact}, Engine::kCopyBytes, error))
            return false;
    }
    return Engine::flush({&company, &contact}, 0, error);
}

template <class Engine>
bool Run<Engine>::saveAndDrop(const char *listSql, const char *table, const char *dropSql,
                              std::vector<SavedIndex> &saved, QString *error)
{
    Statement select(m_db, listSql);
    select.bindText(1, table);
    std::vector<SavedIndex> found;
    while (select.next())
        found.push_back({select.columnText(0), select.columnText(1)});
    if (!checked(select, error))
        return false;
    select.reset();
    for (SavedIndex &item : found) {
        const QByteArray drop = QByteArray(dropSql).replace("%table", table).replace("%name", item.name);
        if (!exec(drop.constData(), error))
            return false;
        saved.push_back(std::move(item));
    }
    return true;
}

template <class Engine>
bool Run<Engine>::dropIndexes(const char *table, QString *error)
{
    return saveAndDrop(Engine::indexesSql, table, "DROP INDEX \"%name\"", m_droppedIndexes, error);
}

template <class Engine>
bool Run<Engine>::dropForeignKeys(QString *error)
{
    if (!Engine::foreignKeysSql)
        return true;
    for (const char *table : {"companies", "contacts", "leads", "opportunities", "lead_history"}) {
        if (!saveAndDrop(Engine::foreignKeysSql, table, "ALTER TABLE %table DROP CONSTRAINT \"%name\"",
                         m_droppedForeignKeys, error))
            return false;
    }
    return true;
}

// The indexes first: adding a foreign key back checks every row, through them.
template <class Engine>
bool Run<Engine>::restoreIndexes(QString *error)
{
    for (std::vector<SavedIndex> *saved : {&m_droppedIndexes, &m_droppedForeignKeys}) {
        for (const SavedIndex &item : *saved) {
            if (!exec(item.sql.constData(), error))
                return false;
        }
        saved->clear();
    }
    return true;
}

// The statements a run of leads writes with.
template <class Engine>
struct LeadStatements
{
    using Insert = typename Engine::Insert;

    LeadStatements(typename Engine::Handle db, const char *leadSql)
        : lead(db, leadSql),
          history(db, "INSERT INTO lead_history (lead_id, employee_id, changed_at, field, old_value, new_value) "
                      "VALUES (?, ?, ?, ?, ?, ?)"),
          opportunity(db, "INSERT INTO opportunities (id, name, lead_id, company_id, contact_id, owner_id, "
                          "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          company(db, kInsertCompany), contact(db, kInsertContact)
    {
    }

    // False with *error set when one failed to prepare.
    bool check(QString *error) const
    {
        for (const Insert *s : {&lead, &history, &opportunity, &company, &contact}) {
            if (!s->isValid()) {
                *error = errorIn(*s);
                return false;
            }
        }
        return true;
    }

    // In the order their rows are sent (PostgreSQL).
    bool flush(qsizetype atLeast, QString *error)
    {
        return Engine::flush({&company, &contact, &lead, &opportunity, &history}, atLeast, error);
    }

    Insert lead;
    Insert history;
    Insert opportunity;
    Insert company;
    Insert contact;
};

// The INSERT of a lead row; the lead list's sort names (schema 4) are written with the row, as its
// triggers would.
QByteArray leadInsertSql(bool listNames)
{
    return QByteArray(
               "INSERT INTO leads (id, name, source, lead_company_name, new_company, company_id, company_name, "
               "company_website, company_tin, campaign_id, direction_id, service_id, new_contact, first_name, "
               "last_name, middle_name, contact_phone, contact_email, contact_id, description, owner_id, city, "
               "channel_id, state, opportunity_id, created_by, created_at, updated_at, version, company_label, "
               "contact_label, disqualify_reason, disqualify_comment%1) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?%2)")
        .replace("%1", listNames ? ", direction_name, service_name, campaign_name, owner_name" : "")
        .replace("%2", listNames ? ", ?, ?, ?, ?" : "");
}

template <class Engine>
bool Run<Engine>::writeLeads(QString *error)
{
    const qint64 total = m_options.leads;
    if (total <= 0)
        return true;
    {
        Statement columns(m_db, Engine::listNamesSql);
        m_listNames = columns.next() && columns.columnInt(0) == 4;
        if (!checked(columns, error))
            return false;
    }
    LeadStatements<Engine> statements(m_db, leadInsertSql(m_listNames).constData());
    if (!statements.check(error))
        return false;
    qint64 nextLeadId = 1;
    if (!queryValue(m_db, "SELECT COALESCE(MAX(id), 0) + 1 FROM leads", &nextLeadId, error)
        || !queryValue(m_db, "SELECT COALESCE(MAX(id), 0) + 1 FROM opportunities", &m_nextOpportunityId, error))
        return false;
    indexEmployees();

    for (qint64 n = 0; n < total; ++n) {
        DemoLead &lead = m_lead;
        lead.id = nextLeadId++;
        pickSourceAndState(lead);
        pickCompanyAndContact(lead);
        pickReferences(lead);
        writeTexts(lead);
        pickTimesAndPeople(lead);
        if (!writeQualifiedRecords(statements, lead, error) || !insertLead(statements.lead, lead, error)
            || !insertOpportunity(statements.opportunity, lead, error) || !writeHistory(statements.history, lead, error))
            return false;
        if (!statements.flush(Engine::kCopyBytes, error))
            return false;
        if (m_summary)
            ++m_summary->leads;
        if (m_progress && ((n + 1) % kProgressStep == 0 || n + 1 == total))
            m_progress(n + 1);
    }
    return statements.flush(0, error);
}

template <class Engine>
void Run<Engine>::indexEmployees()
{
    m_employeeById.clear();
    m_adminId = 0;
    for (const EmployeeRef &e : m_employees) {
        m_employeeById[e.id] = &e;
        if (m_adminId == 0 && (e.roles & Role::Admin))
            m_adminId = e.id;
    }
    if (m_adminId == 0)
        m_adminId = m_employees.front().id;
}

template <class Engine>
void Run<Engine>::pickSourceAndState(DemoLead &lead)
{
    lead.russian = m_rng.percent(65);
    // Source weights in percent: self-generation, website form, chat, call, e-mail, social, partner.
    static const int sourceWeights[] = {15, 25, 12, 15, 15, 10, 8};
    int sourceIndex = 0;
    for (int roll = static_cast<int>(m_rng.below(100)); roll >= sourceWeights[sourceIndex]; ++sourceIndex)
        roll -= sourceWeights[sourceIndex];
    static const QList<LeadSource> sources = LeadSources::all();
    lead.source = sources.value(sourceIndex, LeadSource::WebsiteForm);

    const int stateRoll = static_cast<int>(m_rng.below(100));
    lead.state = stateRoll < 35   ? LeadState::New
                 : stateRoll < 60 ? LeadState::Assigned
                 : stateRoll < 78 ? LeadState::Qualified
                 : stateRoll < 95 ? LeadState::Disqualified
                                  : LeadState::Dropped;
}

template <class Engine>
void Run<Engine>::pickCompanyAndContact(DemoLead &lead)
{
    // Company block: a new company with its details, or an existing one.
    lead.isNewCompany = m_companies.empty() || m_rng.percent(35);
    lead.existingCompany = nullptr;
    if (lead.isNewCompany) {
        makeCompany(m_rng, 5000000 + m_rng.below(5000000), lead.newCompany);
        lead.companyLabel = lead.newCompany.name;
    } else {
        // A few key accounts bring many leads.
        const size_t pool = m_rng.percent(30) ? std::max<size_t>(1, m_companies.size() / 20) : m_companies.size();
        lead.existingCompany = &m_companies[m_rng.pick(pool)];
        lead.companyLabel = lead.existingCompany->label;
    }
    const CompanyRef *existing = lead.existingCompany;
    lead.shortName = existing ? &existing->shortName : &lead.newCompany.shortName;
    const std::string &domain = existing ? existing->domain : lead.newCompany.domain;
    lead.leadCompanyName.clear();
    if (m_rng.percent(55))
        lead.leadCompanyName = *lead.shortName;

    // Contact block: a new contact, or an existing one (of that company when it has any).
    lead.isNewContact = lead.isNewCompany ? m_rng.percent(80) : m_rng.percent(35);
    if (m_contacts.empty())
        lead.isNewContact = true;
    lead.existingContact = nullptr;
    if (lead.isNewContact) {
        const bool companyRussian = existing ? existing->russian : lead.newCompany.russian;
        makePerson(m_rng, companyRussian ? m_rng.percent(90) : m_rng.percent(10), domain, lead.person);
        lead.contactLabel = lastFirst(lead.person.last, lead.person.first);
    } else {
        if (existing && existing->contactCount > 0 && m_rng.percent(90))
            lead.existingContact =
                &m_contacts[existing->firstContact + static_cast<qint64>(m_rng.below(existing->contactCount))];
        else
            lead.existingContact = &m_contacts[m_rng.pick(m_contacts.size())];
        lead.contactLabel = lead.existingContact->label;
    }
}

template <class Engine>
void Run<Engine>::pickReferences(DemoLead &lead)
{
    lead.direction = &m_directions[m_rng.pick(m_directions.size())];
    lead.service = nullptr;
    if (!lead.direction->services.empty() && m_rng.percent(85))
        lead.service = &lead.direction->services[m_rng.pick(lead.direction->services.size())];
    lead.campaign =
        !m_campaigns.empty() && m_rng.percent(60) ? &m_campaigns[m_rng.pick(m_campaigns.size())] : nullptr;
    lead.channelId = !m_channels.empty() && m_rng.percent(55) ? m_channels[m_rng.pick(m_channels.size())] : 0;
}

template <class Engine>
void Run<Engine>::writeTexts(DemoLead &lead)
{
    const auto pick = [&](std::span<const char *const> russian, std::span<const char *const> english) {
        return lead.russian ? russian[m_rng.pick(russian.size())] : english[m_rng.pick(english.size())];
    };
    lead.name = pick(DemoNames::russianLeadTitles(), DemoNames::englishLeadTitles());
    lead.name += " — ";
    lead.name += lead.service ? lead.service->name : lead.direction->name;
    if (!lead.shortName->empty() && m_rng.percent(40)) {
        lead.name += lead.russian ? " для " : " for ";
        lead.name += *lead.shortName;
    }
    lead.description.clear();
    if (m_rng.percent(50))
        lead.description = pick(DemoNames::russianDescriptions(), DemoNames::englishDescriptions());
    lead.city.clear();
    if (m_rng.percent(70))
        lead.city = pick(DemoNames::russianCities(), DemoNames::englishCities());
}

template <class Engine>
void Run<Engine>::pickTimesAndPeople(DemoLead &lead)
{
    const qint64 created = m_until - 1 - static_cast<qint64>(m_rng.below(kLeadSpan));
    const qint64 assigned = created
        + static_cast<qint64>(m_rng.below(static_cast<quint64>(std::min<qint64>(3 * kDay, m_until - created))));
    const qint64 closed = assigned
        + static_cast<qint64>(m_rng.below(static_cast<quint64>(std::min<qint64>(30 * kDay, m_until - assigned))));
    const LeadState state = lead.state;
    const qint64 updated = state == LeadState::New ? created : state == LeadState::Assigned ? assigned : closed;
    formatTime(created, lead.createdAt);
    formatTime(assigned, lead.assignedAt);
    formatTime(updated, lead.updatedAt);
    lead.creator = &m_employees[m_rng.pick(m_employees.size())];
    lead.ownerId = state == LeadState::New ? 0 : m_owners[m_rng.pick(m_owners.size())];
    lead.version = state == LeadState::New ? 1 : state == LeadState::Assigned ? 2 : 3;
}

// Qualifying created the opportunity and, for a new company or contact, the record itself.
template <class Engine>
bool Run<Engine>::writeQualifiedRecords(LeadStatements<Engine> &statements, DemoLead &lead, QString *error)
{
    lead.opportunityId = 0;
    lead.opportunityCompany = lead.existingCompany ? lead.existingCompany->id : 0;
    lead.opportunityContact = lead.existingContact ? lead.existingContact->id : 0;
    if (lead.state != LeadState::Qualified)
        return true;
    lead.opportunityId = m_nextOpportunityId++;
    if (lead.isNewCompany) {
        lead.opportunityCompany = m_nextCompanyId++;
        if (!insertCompany(statements.company, lead.opportunityCompany, lead.newCompany, lead.updatedAt, error))
            return false;
        if (m_summary)
            ++m_summary->companies;
    }
    if (lead.isNewContact) {
        lead.opportunityContact = m_nextContactId++;
        if (!insertContact(statements.contact, lead.opportunityContact, lead.opportunityCompany, lead.person,
                           lead.updatedAt, error))
            return false;
        if (m_summary)
            ++m_summary->contacts;
    }
    return true;
}

template <class Engine>
bool Run<Engine>::insertLead(Insert &insert, DemoLead &lead, QString *error)
{
    // A disqualified lead keeps its reason (DisqualifyReason: kDisqualifyReasons' position + 1)
    // and, for some, a comment; the history records the same reason.
    const bool disqualified = lead.state == LeadState::Disqualified;
    lead.reasonIndex = disqualified ? m_rng.pick(std::size(kDisqualifyReasons)) : 0;
    lead.disqualifyComment = disqualified && lead.id % 3 == 0
                                 ? &kDisqualifyComments[(lead.id / 3) % std::size(kDisqualifyComments)]
                                 : &kEmpty;
    bindCompanyAndContact(insert, lead);
    insert.bindInt(1, lead.id);
    insert.bindText(2, lead.name);
    insert.bindInt(3, static_cast<int>(lead.source));
    insert.bindText(4, lead.leadCompanyName);
    insert.bindIdOrNull(10, lead.campaign ? lead.campaign->first : 0);
    insert.bindInt(11, lead.direction->id);
    insert.bindIdOrNull(12, lead.service ? lead.service->id : 0);
    insert.bindText(20, lead.description);
    insert.bindIdOrNull(21, lead.ownerId);
    insert.bindText(22, lead.city);
    insert.bindIdOrNull(23, lead.channelId);
    insert.bindInt(24, static_cast<int>(lead.state));
    insert.bindIdOrNull(25, lead.opportunityId);
    insert.bindInt(26, lead.creator->id);
    insert.bindText(27, lead.createdAt);
    insert.bindText(28, lead.updatedAt);
    insert.bindInt(29, lead.version);
    insert.bindText(30, lead.companyLabel);
    insert.bindText(31, lead.contactLabel);
    insert.bindIdOrNull(32, disqualified ? qint64(lead.reasonIndex) + 1 : 0);
    insert.bindText(33, *lead.disqualifyComment);
    if (m_listNames) {
        const auto owner = m_employeeById.find(lead.ownerId);
        insert.bindText(34, lead.direction->name);
        insert.bindText(35, lead.service ? lead.service->name : kEmpty);
        insert.bindText(36, lead.campaign ? lead.campaign->second : kEmpty);
        insert.bindText(37, owner != m_employeeById.end() ? owner->second->name : kEmpty);
    }
    return execute(insert, error);
}

// The company block (5 .. 9) and the contact block (13 .. 19) of a lead row.
template <class Engine>
void Run<Engine>::bindCompanyAndContact(Insert &insert, const DemoLead &lead)
{
    const bool company = lead.isNewCompany;
    insert.bindInt(5, company ? 1 : 0);
    insert.bindIdOrNull(6, lead.existingCompany ? lead.existingCompany->id : 0);
    insert.bindText(7, company ? lead.newCompany.name : kEmpty);
    insert.bindText(8, company ? lead.newCompany.website : kEmpty);
    insert.bindText(9, company ? lead.newCompany.tin : kEmpty);
    const bool contact = lead.isNewContact;
    insert.bindInt(13, contact ? 1 : 0);
    insert.bindText(14, contact ? lead.person.first : kEmpty);
    insert.bindText(15, contact ? lead.person.last : kEmpty);
    insert.bindText(16, contact ? lead.person.middle : kEmpty);
    insert.bindText(17, contact ? lead.person.phone : kEmpty);
    insert.bindText(18, contact ? lead.person.email : kEmpty);
    insert.bindIdOrNull(19, lead.existingContact ? lead.existingContact->id : 0);
}

template <class Engine>
bool Run<Engine>::insertOpportunity(Insert &insert, const DemoLead &lead, QString *error)
{
    if (lead.opportunityId <= 0)
        return true;
    insert.bindInt(1, lead.opportunityId);
    insert.bindText(2, lead.name);
    insert.bindInt(3, lead.id);
    insert.bindIdOrNull(4, lead.opportunityCompany);
    insert.bindIdOrNull(5, lead.opportunityContact);
    insert.bindInt(6, lead.ownerId);
    insert.bindInt(7, lead.ownerId);
    insert.bindText(8, lead.updatedAt);
    return execute(insert, error);
}

// The history, in the form LeadRepository and LeadService write it.
template <class Engine>
bool Run<Engine>::writeHistory(Insert &insert, const DemoLead &lead, QString *error)
{
    const auto add = [&](qint64 employee, const std::string &at, const char *field, std::string_view oldValue,
                         std::string_view newValue) {
        insert.bindInt(1, lead.id);
        insert.bindInt(2, employee);
        insert.bindText(3, at);
        insert.bindText(4, field);
        insert.bindText(5, oldValue);
        insert.bindText(6, newValue);
        return execute(insert, error);
    };
    if (!add(lead.creator->id, lead.createdAt, "created", kEmpty, lead.name))
        return false;
    if (lead.state == LeadState::New)
        return true;
    // Sales agents often take leads themselves; otherwise an administrator assigns them.
    const auto owner = m_employeeById.find(lead.ownerId);
    const bool selfAssigned = owner != m_employeeById.end()
                              && (owner->second->roles & (RoleSet(Role::Sales) | Role::Admin)) && m_rng.percent(70);
    const qint64 assigner = selfAssigned ? lead.ownerId : m_adminId;
    const std::string &ownerName = owner != m_employeeById.end() ? owner->second->name : kEmpty;
    if (!add(assigner, lead.assignedAt, "owner", kEmpty, ownerName)
        || !add(assigner, lead.assignedAt, "state", "new", "assigned"))
        return false;
    const qint64 closer = lead.ownerId;
    switch (lead.state) {
    case LeadState::Qualified:
        return add(closer, lead.updatedAt, "state", "assigned", "qualified")
               && add(closer, lead.updatedAt, "opportunity", kEmpty, lead.name);
    case LeadState::Disqualified:
        return add(closer, lead.updatedAt, "state", "assigned", "disqualified")
               && add(closer, lead.updatedAt, "disqualify_reason", kEmpty, kDisqualifyReasons[lead.reasonIndex])
               && (lead.disqualifyComment->empty()
                   || add(closer, lead.updatedAt, "disqualify_comment", kEmpty, *lead.disqualifyComment));
    case LeadState::Dropped: return add(m_adminId, lead.updatedAt, "state", "assigned", "dropped");
    default: return true;
    }
}

template <class Engine>
bool Run<Engine>::runListStatements(const QStringList &statements, QString *error)
{
    static const QRegularExpression assigned(QStringLiteral("(?:\\bSET|,) (\\w+) = "));
    for (const QString &statement : statements) {
        // The sort names were written with each row: skip recomputing them, but only when the
        // statement sets nothing else.
        if (m_listNames && statement.startsWith(QLatin1String("UPDATE leads SET"))) {
            const QStringList names = {QStringLiteral("direction_name"), QStringLiteral("service_name"),
                                       QStringLiteral("campaign_name"), QStringLiteral("owner_name")};
            bool onlyNames = true;
            for (auto it = assigned.globalMatch(statement); it.hasNext();)
                onlyNames = onlyNames && names.contains(it.next().captured(1));
            if (onlyNames)
                continue;
        }
        if (!exec(statement.toUtf8().constData(), error))
            return false;
    }
    return true;
}

template <class Engine>
bool Run<Engine>::write(QString *error)
{
    if (!exec(Engine::begin, error))
        return false;
    bool ok = writeEmployees(error) && writeSimpleReferences(error) && loadReferences(error) && loadCompanies(error);
    if (ok) {
        qint64 companies = m_options.companies;
        if (companies <= 0 && m_companies.empty())
            companies = std::clamp<qint64>(m_options.leads / 10, 20, 100000);
        // A large load switches the lead list's triggers off (they would update the search index
        // and the sort names row by row), drops the leads indexes, writes, and rebuilds all of it once
        // at the end, inside this transaction: building an index from sorted keys is much faster
        // than growing it row by row. A small load keeps the triggers and the indexes.
        // PostgreSQL's foreign keys are dropped and added back whatever the size (Engine).
        const bool bulk = m_bulk;
        ok = runListStatements(Engine::beginStatements(bulk), error) && dropForeignKeys(error)
             && (!bulk || dropIndexes("leads", error)) && writeCompanies(companies, error) && writeLeads(error)
             && restoreIndexes(error) && runListStatements(Engine::finishStatements(bulk), error);
    }
    if (ok)
        ok = exec("COMMIT", error);
    if (!ok) {
        // The failure already reported is the one that matters; SQLite rolls back on close anyway.
        if (const Result<void> rolledBack = Statement::exec(m_db, "ROLLBACK"); !rolledBack)
            qWarning("Could not roll back the demo data: %s", qPrintable(rolledBack.error()));
        return false;
    }
    return true;
}

// Sets a connection setting for the load, or restores it, on a best-effort basis: the load is
// correct without it (only slower), so a failure is logged, not reported.
void setPragma(sqlite3 *handle, const QByteArray &sql)
{
    if (const Result<void> set = SqliteStatement::exec(handle, sql); !set)
        qWarning("Could not run %s: %s", sql.constData(), qPrintable(set.error()));
}

Result<DemoSummary> generateOnSqlite(sqlite3 *handle, const DemoOptions &options,
                                     const std::function<void(qint64)> &progress);
Result<DemoSummary> generateOnPostgreSql(pg_conn *handle, const DemoOptions &options,
                                         const std::function<void(qint64)> &progress);

} // namespace

QString DemoGenerator::withInnCheckDigits(const QString &body)
{
    std::string digits = body.toStdString();
    if (!appendInnChecks(digits))
        return QString();
    return QString::fromStdString(digits);
}

Result<DemoSummary> DemoGenerator::generate(QSqlDatabase &db, const DemoOptions &options,
                                            const std::function<void(qint64)> &progress)
{
    if (options.leads < 0 || options.companies < 0)
        return Failure{Tr::tr("The number of demo leads and companies cannot be negative.")};
    if (db.isOpen()) {
        if (sqlite3 *handle = SqliteStatement::handleOf(db))
            return generateOnSqlite(handle, options, progress);
        if (pg_conn *handle = PostgreSqlStatement::handleOf(db))
            return generateOnPostgreSql(handle, options, progress);
    }
    return Failure{Tr::tr("Demo data can only be generated into an open SQLite or PostgreSQL database.")};
}

namespace {

Result<DemoSummary> generateOnSqlite(sqlite3 *handle, const DemoOptions &options,
                                     const std::function<void(qint64)> &progress)
{
    const bool bulk = options.leads >= kRebuildIndexesFrom
                      && options.leads >= SqliteStatement::queryInt(handle, "SELECT COUNT(*) FROM leads");
    DemoSummary summary;
    Run<SqliteEngine> run(handle, options, &summary, progress, bulk);
    QString message;
    if (!run.hashPasswords(&message))
        return Failure{message};

    // One transaction, foreign keys unchecked (the generator writes consistent ids, and the
    // opportunity/lead pair references each other), a cache of up to 1 GiB and in-memory sorting
    // for the index rebuilds. Everything is restored below, whatever happens.
    //
    // A large load into a database without leads (a new demo database: there is nothing anybody
    // could be reading) also leaves write-ahead logging for the rollback journal while it runs: in
    // WAL mode every page of a gigabyte-sized transaction is written twice (log, then checkpoint)
    // and each index rebuild reads its pages back through the log's index. With the rollback
    // journal, new pages go straight to the file and only pages that existed before are
    // journalled, so synchronous can stay as it is and the load stays atomic and durable. The
    // switch needs the only connection to the file. A database that holds leads already stays in
    // WAL mode (synchronous off, a checkpoint that syncs at the end): under the rollback journal
    // every reader that came meanwhile, the application or an export, would fail with "database is
    // locked" until the load is done; in WAL mode they keep reading the leads as they were.
    const qint64 foreignKeys = SqliteStatement::queryInt(handle, "PRAGMA foreign_keys", 1);
    const qint64 synchronous = SqliteStatement::queryInt(handle, "PRAGMA synchronous", 2);
    const qint64 cacheSize = SqliteStatement::queryInt(handle, "PRAGMA cache_size", -2000);
    bool journalSwitched = false;
    if (bulk && SqliteStatement::queryInt(handle, "SELECT EXISTS (SELECT 1 FROM leads)", 1) == 0) {
        SqliteStatement mode(handle, "PRAGMA journal_mode = DELETE");
        journalSwitched = mode.next() && mode.columnText(0) == "delete";
    }
    setPragma(handle, "PRAGMA foreign_keys = OFF");
    if (!journalSwitched)
        setPragma(handle, "PRAGMA synchronous = OFF");
    const qint64 tempStore = SqliteStatement::queryInt(handle, "PRAGMA temp_store", 0);
    const qint64 threads = SqliteStatement::queryInt(handle, "PRAGMA threads", 0);
    setPragma(handle, "PRAGMA cache_size = -1048576");
    setPragma(handle, "PRAGMA temp_store = MEMORY");
    setPragma(handle, "PRAGMA threads = 2");
    // No checkpoint may copy unsynced log pages into the database file: the one below runs after
    // synchronous is restored, so it syncs the log first.
    const qint64 autoCheckpoint = SqliteStatement::queryInt(handle, "PRAGMA wal_autocheckpoint", 1000);
    setPragma(handle, "PRAGMA wal_autocheckpoint = 0");

    const bool ok = run.write(&message);

    setPragma(handle, QByteArray("PRAGMA cache_size = ") + QByteArray::number(cacheSize));
    setPragma(handle, QByteArray("PRAGMA temp_store = ") + QByteArray::number(tempStore));
    setPragma(handle, QByteArray("PRAGMA threads = ") + QByteArray::number(threads));
    setPragma(handle, QByteArray("PRAGMA wal_autocheckpoint = ") + QByteArray::number(autoCheckpoint));
    setPragma(handle, QByteArray("PRAGMA synchronous = ") + QByteArray::number(synchronous));
    setPragma(handle, QByteArray("PRAGMA foreign_keys = ") + QByteArray::number(foreignKeys));
    if (journalSwitched) {
        SqliteStatement mode(handle, "PRAGMA journal_mode = WAL");
        mode.next();
    } else if (ok) {
        // The commit ran without fsync: a checkpoint with synchronous restored makes it durable
        // (it syncs the log before copying it) and shrinks the write-ahead log again.
        setPragma(handle, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    if (!ok)
        return Failure{message};
    return summary;
}

// One transaction: COPY for the rows, the foreign keys and (for a large load) the leads indexes
// dropped and added back, the sequences moved past the new ids, ANALYZE. Then, outside the
// transaction, VACUUM as autovacuum would soon do after a bulk insert: the visibility map lets
// the lists read their sort indexes alone (index-only scans) from the first page on.
Result<DemoSummary> generateOnPostgreSql(pg_conn *handle, const DemoOptions &options,
                                         const std::function<void(qint64)> &progress)
{
    const bool bulk = options.leads >= kRebuildIndexesFrom
                      && options.leads >= PostgreSqlStatement::queryInt(handle, "SELECT COUNT(*) FROM leads");
    DemoSummary summary;
    Run<PostgreSqlEngine> run(handle, options, &summary, progress, bulk);
    QString message;
    if (!run.hashPasswords(&message) || !run.write(&message))
        return Failure{message};
    if (const Result<void> vacuumed = PostgreSqlStatement::exec(
            handle, "VACUUM companies, contacts, leads, opportunities, lead_history");
        !vacuumed)
        qWarning("Could not vacuum after the demo data: %s", qPrintable(vacuumed.error()));
    return summary;
}

} // namespace
