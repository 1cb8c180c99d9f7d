#pragma once

#include "lead.h"
#include "leadfield.h"
#include "leadstore.h"
#include "leadvalidator.h"
#include "referenceitem.h"
#include "visibilityrules.h"

#include <QAbstractTableModel>
#include <QMap>

#include <optional>

class Session;

// One lead as a one-row table whose columns are the LeadField values, for a QDataWidgetMapper.
// Edit-role values: text fields QString, New company / New contact bool, references qint64 ids
// (0 = none), Lead source the position in LeadSources::all() (what a combo box shows).
// The model keeps what was typed into fields the rules hide (toggling back restores it);
// saving stores only the shown fields. Rules: ticking New company clears Existing company,
// ticking New contact clears Existing contact, a new selling direction drops a service of another
// (checked on the Read lane: the service goes when the answer comes).
// Loading and saving run through the Session (LeadStore) and answer with signals; validation is
// synchronous (pure core code). While a save runs the lead can still be edited: what is typed
// meanwhile is kept when the save's answer comes.
class LeadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LeadModel(Session *session, QObject *parent = nullptr);

    static int column(LeadField field) { return static_cast<int>(field); }
    QModelIndex indexOf(LeadField field) const;

    // Starts a new, empty lead.
    // Starts a new lead: `start` (a new lead's defaults, such as the employee's usual source) is
    // shown as the unchanged starting point, so isModified() stays false until something is typed.
    void clear(const Lead &start = Lead());
    // Starts loading a stored lead (Read lane); answers with loaded() or loadFailed().
    void load(qint64 id);
    bool isLoading() const { return m_loading > 0; }
    const Lead &lead() const { return m_lead; }
    // The item a reference field of the loaded lead points to (name, parent); empty when unknown.
    ReferenceItem reference(LeadField field) const { return m_references.value(field); }
    // Tells the model the item a picker chose (its parent settles a service at once).
    void setReference(LeadField field, const ReferenceItem &item);
    // True when the lead differs from what was loaded or last saved.
    bool isModified() const;

    FormState formState() const;
    FieldRules rules() const;
    // Checks a normalised copy of the lead; the model itself is not changed.
    ValidationResult validate() const;

    // Validates and normalises the lead and starts storing it as the signed-in employee (insert
    // or update, one transaction, Write lane); true when the save started. False, nothing started,
    // when validation fails (*result lists the errors) or a save is already running.
    // Answers with saved() (the lead is then as stored) or saveFailed() (nothing written; the lead
    // keeps everything typed). When someone else saved the lead meanwhile (a conflict), the stored
    // lead and what they changed are read first (Read lane; isSaving() until then), then
    // saveConflicted() comes before saveFailed(), and reloadKeepingEdits() is offered.
    bool save(ValidationResult *result = nullptr);
    bool isSaving() const { return m_saving; }

    // After saveConflicted(): what the other person changed (their value, this person's value).
    bool hasConflict() const { return m_conflict.has_value(); }
    LeadDiff conflictDiff() const;
    // Takes the lead as stored at the conflict as the new base (its version, state and every field
    // this person did not change) and puts this person's own edits (the fields changed since the
    // last load or save) back on top: nothing typed is lost, and the next save is at the stored
    // version. Answers with loaded(). False, nothing changed, when there is no conflict.
    bool reloadKeepingEdits();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sets one field (edit-role value); convenience for code and tests.
    bool setField(LeadField field, const QVariant &value);
    QVariant field(LeadField field) const;

Q_SIGNALS:
    // The shown/required rules changed (a checkbox or a company/contact pick).
    void rulesChanged(const FieldRules &rules);
    // load(): the lead arrived (the model shows it) or could not be read.
    void loaded(qint64 leadId);
    void loadFailed(const QString &error);
    // save(): the lead was stored (the model holds the stored lead) or was not.
    void saved(qint64 leadId);
    void saveFailed(const QString &error);
    // The save was refused because someone else saved the lead meanwhile (`message` says so);
    // conflictDiff() lists what they changed. saveFailed(message) follows.
    void saveConflicted(const QString &message);
    void savingChanged(bool saving);
    // A reference's item became known (after a load); the pickers show it.
    void referencesLoaded();

private:
    void resetTo(const Lead &lead);
    void emitFieldChanged(LeadField field);
    void emitRulesIfChanged();
    // Ticking New company/New contact clears the existing company/contact chosen.
    void clearExcludedChoice(LeadField changed);
    void onSaved(const Lead &base, const Lead &typed, Result<Lead> stored);
    void onConflict(const QString &message, Result<LeadConflict> conflict);
    void checkServiceDirection();

    Session *m_session;
    LeadStore m_store;
    QMap<LeadField, ReferenceItem> m_references;
    int m_loading = 0;
    quint64 m_loadSerial = 0;
    bool m_saving = false;
    Lead m_lead;
    Lead m_original;
    FieldRules m_rules;
    std::optional<LeadConflict> m_conflict;
};
