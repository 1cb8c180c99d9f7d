// The one description of each lead field (LeadFieldDescriptors) and what is derived from it:
// codes and labels, the lead list's field columns, the export's field columns, the history's names,
// reading and writing a Lead, clearing hidden fields.

#include "catchqt.h"

#include "exportcolumn.h"
#include "historyfields.h"
#include "lead.h"
#include "leadfielddescriptor.h"
#include "leadlistcolumn.h"
#include "role.h"
#include "visibilityrules.h"

#include <QSet>

#include <catch2/catch.hpp>

namespace {

// A value of the descriptor's kind that differs from `current`.
QVariant otherValue(const LeadFieldDescriptor &field, const QVariant &current)
{
    switch (field.kind) {
    case LeadFieldKind::Text: return QString(current.toString() + QStringLiteral(" — changed"));
    case LeadFieldKind::Flag: return !current.toBool();
    case LeadFieldKind::Source:
        return static_cast<int>(current.toInt() == static_cast<int>(LeadSource::Call) ? LeadSource::Email
                                                                                        : LeadSource::Call);
    case LeadFieldKind::Reference: return current.toLongLong() + 17;
    }
    return QVariant();
}

} // namespace

TEST_CASE("core/Every lead field is described once, in LeadField order, with unique codes and columns",
          "[core][fields][descriptor]")
{
    const auto all = LeadFieldDescriptors::all();
    REQUIRE(int(all.size()) == LeadFieldCount);
    QSet<QString> codes;
    QSet<QString> columns;
    for (int i = 0; i < LeadFieldCount; ++i) {
        const LeadFieldDescriptor &field = all[size_t(i)];
        INFO(field.code);
        CHECK(static_cast<int>(field.field) == i);
        CHECK(&LeadFieldDescriptors::of(field.field) == &field);
        CHECK(field.appearsIn(LeadFieldPlace::Form));
        CHECK_FALSE(field.labelText().isEmpty());
        codes.insert(field.codeText());
        columns.insert(field.columnName());
        // LeadFields is the descriptor's code and label.
        CHECK(LeadFields::code(field.field) == field.codeText());
        CHECK(LeadFields::label(field.field) == field.labelText());
        LeadField parsed;
        REQUIRE(LeadFields::fromCode(field.codeText().toUpper(), &parsed));
        CHECK(parsed == field.field);
    }
    CHECK(codes.size() == LeadFieldCount);
    CHECK(columns.size() == LeadFieldCount);
    CHECK(LeadFieldDescriptors::find(static_cast<LeadField>(LeadFieldCount)) == nullptr);
    CHECK(LeadFieldDescriptors::find(static_cast<LeadField>(-1)) == nullptr);
}

TEST_CASE("core/A descriptor reads and writes its own member of a Lead and nothing else",
          "[core][fields][descriptor]")
{
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        Lead lead;
        lead.name = QStringLiteral("A lead");
        lead.city = QStringLiteral("Tver");
        lead.ownerId = 3;
        const Lead before = lead;
        const QVariant changed = otherValue(field, field.read(lead));
        field.write(lead, changed);
        CHECK(field.read(lead) == changed);
        CHECK_FALSE(lead == before);
        // Every other field still reads as before.
        for (const LeadFieldDescriptor &other : LeadFieldDescriptors::all()) {
            if (other.field != field.field)
                CHECK(other.read(lead) == other.read(before));
        }
        field.write(lead, field.read(before));
        CHECK(lead == before);
        // The empty value of the kind clears it.
        field.write(lead, LeadFieldDescriptors::emptyValue(field));
        CHECK(field.read(lead) == field.read(Lead()));
    }
}

TEST_CASE("core/Hidden fields are cleared through the descriptors", "[core][fields][descriptor]")
{
    Lead lead;
    lead.newCompany = true;
    lead.existingCompanyId = 5;
    lead.companyName = QStringLiteral("Acme");
    lead.newContact = false;
    lead.firstName = QStringLiteral("typed, then hidden");
    lead.existingContactId = 7;
    const Lead cleared = lead.withHiddenFieldsCleared();
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(lead));
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        if (rules.isShown(field.field))
            CHECK(field.read(cleared) == field.read(lead));
        else
            CHECK(field.read(cleared) == field.read(Lead()));
    }
    CHECK(cleared.existingCompanyId == 0);
    CHECK(cleared.firstName.isEmpty());
    CHECK(cleared.companyName == QStringLiteral("Acme"));
    CHECK(cleared.existingContactId == 7);
}

TEST_CASE("core/The lead list's field columns are the fields marked for the list", "[core][fields][descriptor]")
{
    QSet<LeadListColumn> fieldColumns;
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        if (!field.appearsIn(LeadFieldPlace::List)) {
            for (LeadListColumn column : LeadListColumns::all()) {
                LeadField shown;
                if (LeadListColumns::fieldOf(column, &shown))
                    CHECK(shown != field.field);
            }
            continue;
        }
        CHECK_FALSE(fieldColumns.contains(field.listColumn));
        fieldColumns.insert(field.listColumn);
        LeadField shown;
        REQUIRE(LeadListColumns::fieldOf(field.listColumn, &shown));
        CHECK(shown == field.field);
        CHECK(LeadListColumns::code(field.listColumn) == field.codeText());
        CHECK(ExportColumns::ofListColumn(field.listColumn) == ExportColumns::ofField(field.field));
    }
    // Every list column has a code and a label, and parses back.
    QSet<QString> codes;
    for (LeadListColumn column : LeadListColumns::all()) {
        const QString code = LeadListColumns::code(column);
        INFO(code.toStdString());
        CHECK_FALSE(code.isEmpty());
        CHECK_FALSE(LeadListColumns::label(column).isEmpty());
        LeadListColumn parsed;
        REQUIRE(LeadListColumns::fromCode(code, &parsed));
        CHECK(parsed == column);
        codes.insert(code);
    }
    CHECK(codes.size() == LeadListColumnCount);
    CHECK(LeadListColumns::label(LeadListColumn::Source) == QStringLiteral("Source"));
    CHECK(LeadListColumns::label(LeadListColumn::Owner) == LeadFields::label(LeadField::Owner));
    CHECK(LeadListColumns::code(static_cast<LeadListColumn>(LeadListColumnCount)).isEmpty());
}

TEST_CASE("core/The export's columns are the number, the fields marked for the export, then the extra columns",
          "[core][fields][descriptor][export]")
{
    const QList<ExportColumn> all = ExportColumns::all();
    REQUIRE(all.size() == ExportColumnCount);
    CHECK(all.first() == ExportColumn::Number);
    int position = 1;
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        REQUIRE(field.appearsIn(LeadFieldPlace::Export));
        const ExportColumn column = ExportColumns::ofField(field.field);
        CHECK(all.at(position++) == column);
        CHECK(ExportColumns::code(column) == field.codeText());
        CHECK(ExportColumns::label(column) == field.labelText());
        LeadField shown;
        REQUIRE(ExportColumns::fieldOf(column, &shown));
        CHECK(shown == field.field);
    }
    const QList<ExportColumn> extras = {ExportColumn::State,     ExportColumn::Company, ExportColumn::Contact,
                                        ExportColumn::CreatedBy, ExportColumn::Created, ExportColumn::Updated};
    CHECK(all.mid(position) == extras);
    for (ExportColumn column : extras + QList<ExportColumn>{ExportColumn::Number}) {
        INFO(ExportColumns::code(column).toStdString());
        CHECK_FALSE(ExportColumns::fieldOf(column, nullptr));
        CHECK_FALSE(ExportColumns::label(column).isEmpty());
        ExportColumn parsed;
        REQUIRE(ExportColumns::fromCode(ExportColumns::code(column), &parsed));
        CHECK(parsed == column);
    }
    CHECK(ExportColumns::code(ExportColumn::CreatedBy) == QStringLiteral("created_by"));
    CHECK(ExportColumns::label(ExportColumn::CreatedBy) == QStringLiteral("Created by"));
    CHECK(ExportColumns::label(ExportColumn::State) == LeadListColumns::label(LeadListColumn::State));
}

TEST_CASE("core/History rows are named by field codes and the life cycle's codes", "[core][fields][history]")
{
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        CHECK(field.appearsIn(LeadFieldPlace::History));
        CHECK(HistoryFields::label(field.codeText()) == field.labelText());
    }
    CHECK(HistoryFields::createdCode() == QStringLiteral("created"));
    CHECK(HistoryFields::stateCode() == QStringLiteral("state"));
    CHECK(HistoryFields::opportunityCode() == QStringLiteral("opportunity"));
    CHECK(HistoryFields::disqualifyReasonCode() == QStringLiteral("disqualify_reason"));
    CHECK(HistoryFields::disqualifyCommentCode() == QStringLiteral("disqualify_comment"));
    CHECK(HistoryFields::label(QStringLiteral("state")) == QStringLiteral("State"));
    CHECK(HistoryFields::label(QStringLiteral("disqualify_comment")) == QStringLiteral("Disqualify comment"));
    CHECK(HistoryFields::label(QStringLiteral("no_such_field")) == QStringLiteral("no_such_field"));
}
