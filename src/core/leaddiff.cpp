#include "leaddiff.h"

#include "lead.h"
#include "leadfielddescriptor.h"
#include "leadsource.h"
#include "leadstate.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadDiff)
};

// A field's value as the form shows it.
QString shown(const LeadFieldDescriptor &descriptor, const Lead &lead, const LeadDiff::NameOf &nameOf)
{
    const QVariant value = descriptor.read(lead);
    switch (descriptor.kind) {
    case LeadFieldKind::Text: {
        const QString text = value.toString();
        return text.isEmpty() ? Tr::tr("(empty)") : text;
    }
    case LeadFieldKind::Flag: return value.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    case LeadFieldKind::Source: return LeadSources::label(lead.source);
    case LeadFieldKind::Reference: {
        const qint64 id = value.toLongLong();
        if (id <= 0)
            return Tr::tr("(none)");
        const QString name = nameOf ? nameOf(descriptor.reference, id) : QString();
        return name.isEmpty() ? Tr::tr("#%1").arg(id) : name;
    }
    }
    return value.toString();
}

} // namespace

LeadDiff LeadDiff::between(const Lead &base, const Lead &theirs, const Lead &yours, const NameOf &nameOf)
{
    const Lead started = base.withHiddenFieldsCleared();
    const Lead stored = theirs.withHiddenFieldsCleared();
    const Lead mine = yours.withHiddenFieldsCleared();
    LeadDiff diff;
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (descriptor.read(started) == descriptor.read(stored))
            continue;
        diff.m_entries.append({descriptor.field, descriptor.labelText(), shown(descriptor, stored, nameOf),
                               shown(descriptor, mine, nameOf), descriptor.read(started) != descriptor.read(mine)});
    }
    if (started.state != stored.state) {
        diff.m_stateChanged = true;
        LeadDiffEntry state;
        state.label = Tr::tr("State");
        state.theirs = LeadStates::label(stored.state);
        state.yours = LeadStates::label(mine.state);
        diff.m_entries.append(state);
    }
    return diff;
}

const LeadDiffEntry *LeadDiff::find(LeadField field) const
{
    // The state's entry (listed last) is no field's.
    const qsizetype fields = m_entries.size() - (m_stateChanged ? 1 : 0);
    for (qsizetype i = 0; i < fields; ++i) {
        if (m_entries.at(i).field == field)
            return &m_entries.at(i);
    }
    return nullptr;
}
