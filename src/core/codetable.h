#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>

// One value of an enum with its stable code ("website_form") and its untranslated label
// (marked with QT_TRANSLATE_NOOP so that lupdate finds it).
template<typename Enum>
struct CodeEntry
{
    Enum value;
    const char *code;
    const char *label;
};

// The lookups that the code/label tables share (LeadSources, LeadStates, DisqualifyReasons, Roles, the
// lead list's and the export's own columns, the history's life cycle rows, reference kinds), over a
// constexpr array of CodeEntry rows. Templates, so the bodies live here.
namespace CodeTable {

template<typename Enum, std::size_t N>
const CodeEntry<Enum> *find(const CodeEntry<Enum> (&table)[N], Enum value)
{
    for (const CodeEntry<Enum> &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

// Every value, in table order.
template<typename Enum, std::size_t N>
QList<Enum> values(const CodeEntry<Enum> (&table)[N])
{
    QList<Enum> result;
    result.reserve(N);
    for (const CodeEntry<Enum> &entry : table)
        result.append(entry.value);
    return result;
}

// The label translated in `context`; empty for a value not in the table.
template<typename Enum, std::size_t N>
QString label(const CodeEntry<Enum> (&table)[N], const char *context, Enum value)
{
    const CodeEntry<Enum> *entry = find(table, value);
    return entry ? QCoreApplication::translate(context, entry->label) : QString();
}

template<typename Enum, std::size_t N>
QString code(const CodeEntry<Enum> (&table)[N], Enum value)
{
    const CodeEntry<Enum> *entry = find(table, value);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

// Trimmed and case-insensitive; false when unknown.
template<typename Enum, std::size_t N>
bool fromCode(const CodeEntry<Enum> (&table)[N], const QString &code, Enum *value)
{
    const QString wanted = code.trimmed();
    for (const CodeEntry<Enum> &entry : table) {
        if (wanted.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0) {
            if (value)
                *value = entry.value;
            return true;
        }
    }
    return false;
}

// A stored number; false when no value of the table has it.
template<typename Enum, std::size_t N>
bool fromInt(const CodeEntry<Enum> (&table)[N], int number, Enum *value)
{
    const CodeEntry<Enum> *entry = find(table, static_cast<Enum>(number));
    if (!entry)
        return false;
    if (value)
        *value = entry->value;
    return true;
}

} // namespace CodeTable
