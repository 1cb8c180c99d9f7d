// Walks the one description of the lead fields (LeadFieldDescriptors) and checks that each field
// reaches every place it is marked for: a real column of a freshly migrated database, the lead
// list, a real export's header and value, and the history (changing it writes a row named by its
// code). Adding a field to the descriptors without the rest fails here.

#include "catchqtstring.h"
#include "catchresult.h"

#include "csvreader.h"
#include "exportcolumn.h"
#include "lead.h"
#include "leadexporter.h"
#include "leadfielddescriptor.h"
#include "leadlistcolumn.h"
#include "leadlistquery.h"
#include "leadlistreader.h"
#include "leadlistrow.h"
#include "leadlistsql.h"
#include "leadrepository.h"
#include "referencerepository.h"
#include "storagefixture.h"
#include "visibilityrules.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

QSet<QString> leadColumns(const QSqlDatabase &db)
{
    QSet<QString> columns;
    QSqlQuery query(db);
    // The engine's own catalogue: SQLite's table_info, PostgreSQL's information schema.
    REQUIRE(query.exec(TestDatabase::isPostgreSql()
                           ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_schema = current_schema() AND table_name = 'leads'")
                           : QStringLiteral("SELECT name FROM pragma_table_info('leads')")));
    while (query.next())
        columns.insert(query.value(0).toString());
    return columns;
}

// The fixture's lead in which `field` is shown (and so stored).
Lead leadShowing(const StorageFixture &fixture, LeadField field)
{
    const Lead existing = fixture.existingLead();
    if (VisibilityRules::evaluate(FormState::of(existing)).isShown(field))
        return existing;
    const Lead fresh = fixture.newLead();
    REQUIRE(VisibilityRules::evaluate(FormState::of(fresh)).isShown(field));
    return fresh;
}

// Another stored value of the field's kind: references move to another row, or to none.
QVariant changedValue(const StorageFixture &fixture, const LeadFieldDescriptor &field, const QVariant &current)
{
    switch (field.kind) {
    case LeadFieldKind::Text: return QString(current.toString() + QStringLiteral(" (changed)"));
    case LeadFieldKind::Flag: return !current.toBool();
    case LeadFieldKind::Source:
        return static_cast<int>(current.toInt() == static_cast<int>(LeadSource::Call) ? LeadSource::Email
                                                                                        : LeadSource::Call);
    case LeadFieldKind::Reference:
        if (field.reference == ReferenceKind::Employee)
            return current.toLongLong() == fixture.employeeId ? fixture.otherEmployeeId : fixture.employeeId;
        if (field.reference == ReferenceKind::Company)
            return current.toLongLong() == fixture.companyId ? fixture.otherCompanyId : fixture.companyId;
        return qint64(0);
    }
    return QVariant();
}

// The cell an export writes for the field of a stored lead.
QString exportedText(const QSqlDatabase &db, const LeadFieldDescriptor &field, const Lead &lead)
{
    const QVariant value = field.read(lead);
    switch (field.kind) {
    case LeadFieldKind::Text: return value.toString();
    case LeadFieldKind::Flag: return value.toBool() ? QStringLiteral("Yes") : QStringLiteral("No");
    case LeadFieldKind::Source: return LeadSources::label(static_cast<LeadSource>(value.toInt()));
    case LeadFieldKind::Reference: return ReferenceRepository(db).nameOf(field.reference, value.toLongLong());
    }
    return QString();
}

// Every record of an export of all leads, header first.
QList<QStringList> exportAll(const StorageFixture &fixture)
{
    LeadExportRequest request;
    request.databasePath = fixture.path();
    request.outputPath = fixture.dir().file(QStringLiteral("fields.csv"));
    request.roles = Role::Sales;
    request.employeeId = fixture.employeeId;
    request.format.formulaGuard = false;
    LeadExporter exporter;
    INFO(exporter.errorString().toStdString());
    REQUIRE(exporter.run(request));
    QFile file(request.outputPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<QStringList> records = CsvReader::readAll(file.readAll(), ',', &error);
    REQUIRE(error.isEmpty());
    return records;
}

} // namespace

TEST_CASE("storage: every described lead field is a column of a freshly migrated database", "[fields]")
{
    StorageFixture fixture;
    const QSet<QString> columns = leadColumns(fixture.db());
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        CHECK(columns.contains(field.columnName()));
    }
}

TEST_CASE("storage: every described lead field survives a save and a load through the descriptors", "[fields]")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        Lead lead = leadShowing(fixture, field.field);
        field.write(lead, changedValue(fixture, field, field.read(lead)));
        REQUIRE(leads.insert(lead, fixture.otherEmployeeId));
        Lead loaded = valueOf(leads.find(lead.id));
        CHECK(field.read(loaded) == field.read(lead.withHiddenFieldsCleared()));
    }
}

TEST_CASE("storage: every lead field marked for the list is a list column, and only those are, showing its value",
          "[fields]")
{
    QSet<LeadField> listed;
    for (LeadListColumn column : LeadListColumns::all()) {
        LeadField field;
        if (LeadListColumns::fieldOf(column, &field)) {
            listed.insert(field);
            CHECK(LeadFieldDescriptors::of(field).listColumn == column);
        }
    }
    CHECK_FALSE(listed.isEmpty());

    // The list's own reader shows each listed field's value in the field's column.
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead existing = fixture.existingLead();
    Lead fresh = fixture.newLead();
    REQUIRE(leads.insert(existing, fixture.otherEmployeeId));
    REQUIRE(leads.insert(fresh, fixture.otherEmployeeId));
    const QList<LeadListRow> rows = valueOf(
        LeadListReader(fixture.db()).rows(LeadListSql(LeadListQuery(), fixture.otherEmployeeId), {existing.id, fresh.id}));
    REQUIRE(rows.size() == 2);
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        CHECK(listed.contains(field.field) == field.appearsIn(LeadFieldPlace::List));
        if (!field.appearsIn(LeadFieldPlace::List))
            continue;
        for (const LeadListRow &row : rows) {
            Lead stored = valueOf(leads.find(row.id));
            CHECK(row.text(field.listColumn) == exportedText(fixture.db(), field, stored));
        }
    }
}

TEST_CASE("storage: every lead field marked for the export is in a real export's header, with its value",
          "[fields][export]")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead existing = fixture.existingLead();
    Lead fresh = fixture.newLead();
    REQUIRE(leads.insert(existing, fixture.otherEmployeeId));
    REQUIRE(leads.insert(fresh, fixture.otherEmployeeId));
    const QList<QStringList> records = exportAll(fixture);
    REQUIRE(records.size() == 3);
    const QStringList &header = records.at(0);
    REQUIRE(header.size() == ExportColumns::all().size());
    const int numberColumn = int(ExportColumns::all().indexOf(ExportColumn::Number));
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        REQUIRE(field.appearsIn(LeadFieldPlace::Export));
        const qsizetype column = ExportColumns::all().indexOf(ExportColumns::ofField(field.field));
        REQUIRE(column >= 0);
        CHECK(header.at(column) == field.labelText());
        const Lead shown = leadShowing(fixture, field.field);
        const qint64 id = shown.newCompany == fresh.newCompany ? fresh.id : existing.id;
        Lead stored = valueOf(leads.find(id));
        const QStringList *row = nullptr;
        for (const QStringList &record : records) {
            if (record.at(numberColumn) == QString::number(id))
                row = &record;
        }
        REQUIRE(row);
        CHECK(row->at(column) == exportedText(fixture.db(), field, stored));
    }
}

TEST_CASE("storage: changing any lead field writes one history row named by its code", "[fields][history]")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        REQUIRE(field.appearsIn(LeadFieldPlace::History));
        Lead lead = leadShowing(fixture, field.field);
        REQUIRE(leads.insert(lead, fixture.otherEmployeeId));
        const Lead before = lead;
        field.write(lead, changedValue(fixture, field, field.read(lead)));
        REQUIRE(leads.update(lead, fixture.otherEmployeeId));
        QStringList fields;
        LeadHistoryEntry row;
        for (const LeadHistoryEntry &entry : valueOf(leads.history(lead.id))) {
            fields << entry.field;
            if (entry.field == field.codeText())
                row = entry;
        }
        CHECK(fields.count(field.codeText()) == 1);
        CHECK(row.oldValue != row.newValue);
        CHECK(row.oldValue == exportedText(fixture.db(), field, before.withHiddenFieldsCleared()));
    }
}
