#pragma once

#include "exportcolumn.h"

#include <QByteArray>
#include <QList>

#include <vector>

// How a raw value of an export column becomes a cell.
enum class ExportCellKind {
    Integer,   // digits
    Text,      // UTF-8 as stored (ISO 8601 for timestamps)
    Source,    // LeadSource number -> label
    State,     // LeadState number -> label
    YesNo,     // 0/1 -> "No"/"Yes"
    Label,     // reference id -> name through a map of ExportColumnPlan::labels; 0 or NULL -> empty
};

// The reference names an export loads once, by id.
enum class ExportLabels { None, Employees, Campaigns, Directions, Services, Channels };
inline constexpr int ExportLabelsCount = static_cast<int>(ExportLabels::Channels) + 1;

struct ExportColumnPlan
{
    ExportCellKind kind = ExportCellKind::Text;
    QByteArray sql;                        // an expression over leads l, companies c, contacts k
    ExportLabels labels = ExportLabels::None;
    QByteArray join;                       // the join it needs ("LEFT JOIN companies c ON ..."), or empty
    bool timestamp = false;                // Text holding a stored timestamp (a date cell in a workbook)

    // Read as an integer (everything but text).
    bool isInteger() const { return kind != ExportCellKind::Text; }
};

// The plan of an export: one SQL expression per column (the lead fields' from their descriptors),
// the SELECT that reads them and the label maps they need.
class ExportPlan
{
public:
    explicit ExportPlan(const QList<ExportColumn> &columns);

    const std::vector<ExportColumnPlan> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    // "SELECT <expressions> FROM leads l [LEFT JOIN ...]", without WHERE or ORDER BY; with
    // `extraColumn`, that expression follows the columns' (a reader's own use, not exported).
    QByteArray selectSql(const QByteArray &extraColumn = QByteArray()) const;
    bool needsLabels(ExportLabels labels) const;

    static ExportColumnPlan planOf(ExportColumn column);
    // "SELECT id, name FROM ..." for a label map.
    static const char *labelsSql(ExportLabels labels);

private:
    std::vector<ExportColumnPlan> m_columns;
};
