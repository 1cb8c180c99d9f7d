#pragma once

#include "importmapping.h"
#include "lead.h"
#include "leadfield.h"
#include "leadsource.h"
#include "leadvalidator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ImportLookup;

// Why a row of an import was not imported: the field (none for the row as a whole: a ragged row,
// unreadable text) and the reason, worded for the user.
struct ImportRejection
{
    std::optional<LeadField> field;
    QString reason;

    // The field's label, or empty.
    QString fieldLabel() const;
    bool operator==(const ImportRejection &) const = default;
};

// What one row maps to: a lead ready to store (normalised, hidden fields cleared) or rejections.
struct ImportRow
{
    Lead lead;
    QList<ImportRejection> rejections;
    QList<FieldIssue> warnings;   // never block (INN check digits)
    bool ok() const { return rejections.isEmpty(); }
};

// Turns a record of an imported file into a Lead by the mapping, with the checks of the form
// (LeadValidator): labels and codes to values ("Website form" or "website_form" to the source;
// "Yes"/"No"/"Да"/"Нет"/"1"/"0" to flags; reference names to ids through the lookup), the
// export's formula guard (a quote before a cell a spreadsheet would run) removed. A lead needs a
// name and a lead source (the default source fills an empty or absent source column). An owner
// names an employee by login or name. Text fields longer than the form allows are rejected, not cut.
class ImportRowMapper
{
public:
    // `lookup` (may be null: every name then unknown) must outlive the mapper.
    ImportRowMapper(const ImportMapping &mapping, const ImportLookup *lookup);

    void setDefaultSource(std::optional<LeadSource> source) { m_defaultSource = source; }
    std::optional<LeadSource> defaultSource() const { return m_defaultSource; }
    // The number of fields a record must have (the header's); 0 (the default): the mapping's column count.
    void setExpectedFieldCount(int count) { m_expectedFields = count; }

    ImportRow map(const QStringList &record) const;

    // The building blocks, public for tests and the dialog's preview.
    static bool parseFlag(const QString &text, bool *value);           // yes/no, да/нет, true/false, 1/0, y/n, д/н
    static bool parseSource(const QString &text, LeadSource *source);  // label (translated or English) or code
    // The text without the formula guard's quote, when the guard would have put it there.
    static QString stripFormulaGuard(const QString &text);

private:
    ImportMapping m_mapping;
    const ImportLookup *m_lookup = nullptr;
    std::optional<LeadSource> m_defaultSource;
    int m_expectedFields = 0;
};
