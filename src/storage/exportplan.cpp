#include "exportplan.h"

#include "leadfielddescriptor.h"

namespace {

ExportColumnPlan plan(ExportCellKind kind, const char *sql, ExportLabels labels = ExportLabels::None)
{
    ExportColumnPlan result;
    result.kind = kind;
    result.sql = sql;
    result.labels = labels;
    return result;
}

// A reference field: a name through a label map, or through a join for the big tables.
ExportColumnPlan referencePlan(const LeadFieldDescriptor &field, const QByteArray &column)
{
    ExportColumnPlan result;
    result.kind = ExportCellKind::Label;
    result.sql = column;
    switch (field.reference) {
    case ReferenceKind::Company:
        result.kind = ExportCellKind::Text;
        result.sql = "c.name";
        result.join = "LEFT JOIN companies c ON c.id = " + column;
        break;
    case ReferenceKind::Contact:   // as the contact picker names a contact
        result.kind = ExportCellKind::Text;
        result.sql = "trim(k.last_name || ' ' || k.first_name)";
        result.join = "LEFT JOIN contacts k ON k.id = " + column;
        break;
    case ReferenceKind::Employee: result.labels = ExportLabels::Employees; break;
    case ReferenceKind::Campaign: result.labels = ExportLabels::Campaigns; break;
    case ReferenceKind::SellingDirection: result.labels = ExportLabels::Directions; break;
    case ReferenceKind::ServiceOrProduct: result.labels = ExportLabels::Services; break;
    case ReferenceKind::Channel: result.labels = ExportLabels::Channels; break;
    }
    return result;
}

ExportColumnPlan fieldPlan(const LeadFieldDescriptor &field)
{
    const QByteArray column = "l." + QByteArray(field.column);
    switch (field.kind) {
    case LeadFieldKind::Text: return plan(ExportCellKind::Text, column);
    case LeadFieldKind::Flag: return plan(ExportCellKind::YesNo, column);
    case LeadFieldKind::Source: return plan(ExportCellKind::Source, column);
    case LeadFieldKind::Reference: return referencePlan(field, column);
    }
    return plan(ExportCellKind::Text, "''");
}

} // namespace

ExportPlan::ExportPlan(const QList<ExportColumn> &columns)
{
    m_columns.reserve(size_t(columns.size()));
    for (ExportColumn column : columns)
        m_columns.push_back(planOf(column));
}

ExportColumnPlan ExportPlan::planOf(ExportColumn column)
{
    LeadField field;
    if (ExportColumns::fieldOf(column, &field))
        return fieldPlan(LeadFieldDescriptors::of(field));
    switch (column) {
    case ExportColumn::Number: return plan(ExportCellKind::Integer, "l.id");
    case ExportColumn::State: return plan(ExportCellKind::State, "l.state");
    case ExportColumn::Company: return plan(ExportCellKind::Text, "l.company_label");
    case ExportColumn::Contact: return plan(ExportCellKind::Text, "l.contact_label");
    case ExportColumn::CreatedBy: return plan(ExportCellKind::Label, "l.created_by", ExportLabels::Employees);
    case ExportColumn::Created:
    case ExportColumn::Updated: {
        ExportColumnPlan result = plan(ExportCellKind::Text, column == ExportColumn::Created ? "l.created_at" : "l.updated_at");
        result.timestamp = true;
        return result;
    }
    default: break;
    }
    return plan(ExportCellKind::Text, "''");
}

QByteArray ExportPlan::selectSql(const QByteArray &extraColumn) const
{
    QByteArray select = "SELECT ";
    QList<QByteArray> joins;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (i)
            select += ", ";
        select += m_columns[i].sql;
        if (!m_columns[i].join.isEmpty() && !joins.contains(m_columns[i].join))
            joins.append(m_columns[i].join);
    }
    if (!extraColumn.isEmpty())
        select += (m_columns.empty() ? "" : ", ") + extraColumn;
    select += " FROM leads l";
    for (const QByteArray &join : joins)
        select += ' ' + join;
    return select;
}

bool ExportPlan::needsLabels(ExportLabels labels) const
{
    for (const ExportColumnPlan &column : m_columns) {
        if (column.labels == labels)
            return true;
    }
    return false;
}

const char *ExportPlan::labelsSql(ExportLabels labels)
{
    switch (labels) {
    case ExportLabels::None: break;
    case ExportLabels::Employees: return "SELECT id, display_name FROM employees";
    case ExportLabels::Campaigns: return "SELECT id, name FROM campaigns";
    case ExportLabels::Directions: return "SELECT id, name FROM selling_directions";
    case ExportLabels::Services: return "SELECT id, name FROM services";
    case ExportLabels::Channels: return "SELECT id, name FROM channels";
    }
    return nullptr;
}
