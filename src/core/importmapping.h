#pragma once

#include "leadfield.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Which lead field each column of an imported file fills: a column index maps to a LeadField or
// is ignored. Guessed from the header row (English or Russian: the form's labels, the export's
// column names and codes, common synonyms such as "E-mail", "Почта", "Телефон", "ИНН"); the user
// may change it; saved as a string (toString / fromString) in the settings.
class ImportMapping
{
public:
    ImportMapping() = default;
    // `columnCount` columns, every one ignored.
    explicit ImportMapping(int columnCount);

    // One column per header, each mapped to the field its header names, or ignored. A field is
    // mapped to the first column naming it only.
    static ImportMapping guess(const QStringList &headers);
    // The field a header names (trimmed, case-insensitive, "ё" as "е", punctuation and spacing
    // ignored); false when none.
    static bool fieldOfHeader(const QString &header, LeadField *field);

    int columnCount() const { return int(m_fields.size()); }
    // Grows or shrinks to `count` columns (new ones ignored).
    void setColumnCount(int count);
    // The field of a column; none when ignored or out of range.
    std::optional<LeadField> fieldOf(int column) const;
    // Maps `column` (growing the mapping if needed) to `field`; another column mapped to the same
    // field becomes ignored.
    void setField(int column, LeadField field);
    void setIgnored(int column);
    // The column filling `field`, or -1.
    int columnOf(LeadField field) const;
    bool isMapped(LeadField field) const { return columnOf(field) >= 0; }
    // Whether no column is mapped.
    bool isEmpty() const;

    // "name,source,,company_tin": each column's field code, empty for an ignored column.
    QString toString() const;
    // Parses toString()'s form; false (and *error naming the part) on an unknown code.
    static bool fromString(const QString &text, ImportMapping *mapping, QString *error = nullptr);

    bool operator==(const ImportMapping &) const = default;

private:
    QList<std::optional<LeadField>> m_fields;
};
