#pragma once

#include "lead.h"
#include "leadfield.h"
#include "leadvalidator.h"
#include "visibilityrules.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// One lead as a one-row table whose columns are the LeadField values, for a QDataWidgetMapper.
// Edit-role values: text fields QString, New company / New contact bool, references qint64 ids
// (0 = none), Lead source the position in LeadSources::all() (what a combo box shows).
// The model keeps what was typed into fields the rules hide (toggling back restores it);
// saving stores only the shown fields. Rules: ticking New company clears Existing company,
// ticking New contact clears Existing contact, a new selling direction drops a service of another.
class LeadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LeadModel(QSqlDatabase db, QObject *parent = nullptr);

    static int column(LeadField field) { return static_cast<int>(field); }
    QModelIndex indexOf(LeadField field) const;

    // Starts a new, empty lead.
    void clear();
    // Loads a stored lead; false with *error when it cannot be read.
    bool load(qint64 id, QString *error = nullptr);
    const Lead &lead() const { return m_lead; }
    // True when the lead differs from what was loaded or last saved.
    bool isModified() const;

    FormState formState() const;
    FieldRules rules() const;
    // Checks a normalised copy of the lead; the model itself is not changed.
    ValidationResult validate() const;

    // Validates, normalises and stores the lead (insert or update, one transaction), then reloads
    // it. On validation errors nothing is written and *result lists them. On a storage error
    // (e.g. someone else saved the lead meanwhile) *error says why and nothing is written.
    bool save(qint64 actorId, ValidationResult *result, QString *error);

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
    void saved(qint64 leadId);

private:
    void resetTo(const Lead &lead);
    void emitFieldChanged(LeadField field);

    QSqlDatabase m_db;
    Lead m_lead;
    Lead m_original;
    FieldRules m_rules;
};
