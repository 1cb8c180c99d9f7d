#include "schemacatalog.h"

namespace {

QList<SchemaCatalog::Table> makeTables()
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result.append(QString::fromLatin1(name));
        return result;
    };
    return {
        {QStringLiteral("employees"),
         list({"id", "login", "display_name", "roles", "password_hash", "active", "created_at", "time_zone"}),
         {},
         {}},
        {QStringLiteral("campaigns"), list({"id", "name"}), {}, {}},
        {QStringLiteral("selling_directions"), list({"id", "name"}), {}, {}},
        {QStringLiteral("services"), list({"id", "direction_id", "name"}), {}, {}},
        {QStringLiteral("channels"), list({"id", "name"}), {}, {}},
        {QStringLiteral("companies"), list({"id", "name", "website", "tin", "created_at", "name_key"}), {}, {}},
        {QStringLiteral("contacts"),
         list({"id", "company_id", "first_name", "last_name", "middle_name", "phone", "email", "created_at",
               "name_key"}),
         {},
         {}},
        {QStringLiteral("leads"),
         list({"id", "name", "source", "lead_company_name", "new_company", "company_id", "company_name",
               "company_website", "company_tin", "campaign_id", "direction_id", "service_id", "new_contact",
               "first_name", "last_name", "middle_name", "contact_phone", "contact_email", "contact_id",
               "description", "owner_id", "city", "channel_id", "state", "opportunity_id", "created_by",
               "created_at", "updated_at", "version", "company_label", "contact_label", "disqualify_reason",
               "disqualify_comment"}),
         list({"opportunity_id"}),
         list({"direction_name", "service_name", "campaign_name", "owner_name", "search_vector"})},
        {QStringLiteral("opportunities"),
         list({"id", "name", "lead_id", "company_id", "contact_id", "owner_id", "created_by", "created_at"}),
         {},
         {}},
        {QStringLiteral("lead_history"),
         list({"id", "lead_id", "employee_id", "changed_at", "field", "old_value", "new_value"}),
         {},
         {}},
        {QStringLiteral("lead_list_views"),
         list({"id", "employee_id", "kind", "name", "definition", "updated_at"}),
         {},
         {}},
        {QStringLiteral("sign_in_failures"), list({"id", "login", "failures", "allowed_from"}), {}, {}},
    };
}

} // namespace

const QList<SchemaCatalog::Table> &SchemaCatalog::tables()
{
    static const QList<Table> tables = makeTables();
    return tables;
}

QStringList SchemaCatalog::insertColumns(const Table &table)
{
    QStringList columns = table.columns;
    for (const QString &column : table.cycleColumns)
        columns.removeAll(column);
    return columns;
}

QStringList SchemaCatalog::tableNamesAt(int version)
{
    QStringList names;
    for (const Table &table : tables()) {
        // Saved list views came with version 4 (LeadViewRepository::createTable).
        if (table.name == QLatin1String("lead_list_views") && version < 4)
            continue;
        // Failed sign-ins per login came with version 8 (SignInAttempts::createTable).
        if (table.name == QLatin1String("sign_in_failures") && version < 8)
            continue;
        names.append(table.name);
    }
    return names;
}
