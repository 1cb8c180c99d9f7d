#pragma once

#include "leadfield.h"
#include "referencekind.h"

#include <QList>
#include <QString>

#include <functional>

struct Lead;

// One field someone else changed: its label and both sides as the form shows them (reference
// fields by name, check boxes "Yes"/"No", the source by its label).
struct LeadDiffEntry
{
    LeadField field{};
    QString label;        // translated ("Company TIN")
    QString theirs;       // as the other person stored it
    QString yours;        // as this person has it now
    bool youChanged = false;   // this person edited the field too (their value wins on a reload)
};

// What someone else changed in a lead since this person started from it: the fields (in form
// order, through LeadFieldDescriptors) whose stored value differs from the value this person
// started from, with both values. Only what is stored counts (hidden fields are compared cleared).
// A change of the life-cycle state is listed too, after the fields (label "State").
class LeadDiff
{
public:
    // The name of a referenced item (a company, an employee, ...); asked only for ids above 0.
    using NameOf = std::function<QString(ReferenceKind kind, qint64 id)>;

    LeadDiff() = default;
    // `base`: the lead as this person started from it; `theirs`: as stored now; `yours`: as this
    // person has it now (typed). `nameOf` names the reference fields' ids.
    static LeadDiff between(const Lead &base, const Lead &theirs, const Lead &yours, const NameOf &nameOf);

    const QList<LeadDiffEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The entry of `field`; nullptr when that field was not changed.
    const LeadDiffEntry *find(LeadField field) const;
    // Whether the state changed (listed after the fields).
    bool stateChanged() const { return m_stateChanged; }

private:
    QList<LeadDiffEntry> m_entries;
    bool m_stateChanged = false;
};
