#pragma once

#include "employee.h"
#include "leadfield.h"
#include "leadstore.h"
#include "leadvalidator.h"

#include <QDialog>
#include <QPointer>

#include <array>
#include <memory>

namespace Ui {
class LeadFormDialog;
}
class LeadConflictDialog;
class LeadHeaderStrip;
class LeadModel;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QPushButton;
class Session;
struct DuplicateMatch;
struct FieldRules;

// The lead form (spec section 1): every field, shown and required by the pure rules of core
// (VisibilityRules) as the agent ticks and picks, bound to a LeadModel by a QDataWidgetMapper.
// A lead the employee may not edit (Permissions) opens read-only.
// Nothing waits on the database: a stored lead is read on the Session's Read lane (the form opens
// at once, read-only until the lead arrives: loadFinished()); a save runs on the Write lane while the
// status line says "Saving…" (saveFinished()); look-ups and duplicate checks answer when they come.
class LeadFormDialog : public QDialog
{
    Q_OBJECT

public:
    // `leadId` 0: a new lead. The signed-in employee is the session's.
    LeadFormDialog(Session *session, qint64 leadId = 0, QWidget *parent = nullptr);
    ~LeadFormDialog() override;

    // The lead's id; while a stored lead is loading, the id asked for.
    qint64 leadId() const;
    bool isLoading() const;
    bool isSaving() const;
    // The status line under the fields ("Saving…", "Saved at …", "Not saved: …").
    QString statusText() const;
    LeadModel *model() const { return m_model; }
    bool isReadOnly() const { return m_readOnly; }
    // Edits not saved yet, or a save still running: closing the form now would lose something.
    // Takes what is being typed into the lead first.
    bool hasUnsavedChanges();
    // Why the lead could not be loaded, or why it is read-only; empty otherwise.
    QString notice() const;
    // Where an employee's own choice of source for every new lead is kept (Settings); when it is
    // not set, a new lead starts with the source of the employee's last new lead, remembered
    // under lastSourceKey (QSettings).
    static QString defaultSourceKey(qint64 employeeId);
    static QString lastSourceKey(qint64 employeeId);

    // The input of a field (for tests and automation; also reachable by accessible name).
    QWidget *input(LeadField field) const;
    QLabel *label(LeadField field) const;   // nullptr for the two checkboxes
    bool isRowShown(LeadField field) const;
    // The error or warning shown beside a field; empty when none.
    QString messageFor(LeadField field) const;
    // The likely-duplicate notice beside a field (rich text); empty when none.
    QString duplicateNoticeFor(LeadField field) const;
    // The notice's action buttons ("Use this company", "Use this contact", "Open lead"), in order:
    // each reachable by Tab right after its field; the first of each kind in the form has a
    // shortcut (Ctrl+Shift+U, Ctrl+Shift+T, Ctrl+Shift+K).
    QList<QPushButton *> duplicateActionsFor(LeadField field) const;
    // While a save refused because someone else saved the lead meanwhile is being answered: the
    // dialog saying what they changed (window-modal, deleted when closed); nullptr otherwise.
    LeadConflictDialog *conflictDialog() const;
    // The strip above the fields of a stored lead (number, stage, owner, allowed actions); hidden
    // on a new lead.
    LeadHeaderStrip *headerStrip() const;

public Q_SLOTS:
    // Ctrl+S: validates and starts saving, staying open; true when the save started
    // (saveFinished() follows). False, nothing started, when the form is read-only or loading,
    // a save already runs, or a field is invalid (the fields say why).
    bool save();
    // Ctrl+Enter: saves and closes once the save succeeded.
    void saveAndExit();
    // Esc / Cancel: asks before discarding unsaved changes.
    void reject() override;

Q_SIGNALS:
    void leadSaved(qint64 leadId);
    // A duplicate notice's "Open" link; when nothing is connected the dialog opens the lead itself.
    void openLeadRequested(qint64 leadId);
    // The stored lead arrived and shows (`ok`), or could not be read (notice() says why).
    void loadFinished(bool ok);
    // A save answered: `ok` when the lead was stored (leadSaved() came first). A conflict opens
    // conflictDialog() before saveFinished(false).
    void saveFinished(bool ok);
    // The conflict dialog's Reload took their version and kept this person's edits on top.
    void conflictReloaded();
    // The duplicate check of a field (LeadField as int) answered and its notice shows.
    void duplicatesChecked(int field);

protected:
    // Return or Enter in a field never presses a button (Ctrl+Enter saves and exits).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startNewLead();
    void setUpRows();
    void alignLabels();
    void setUpMapper();
    void setUpInputs();
    void setUpPickers();
    void setUpLineEdits();
    void setUpTinFilter();
    void setUpTabOrder();
    void setUpButtons();
    void onLoaded();
    void onLoadFailed(const QString &error);
    void onSaved();
    void onSaveFailed(const QString &error);
    void onSaveConflicted(const QString &message);
    void showInvalid(const ValidationResult &result);
    void setStatus(const QString &text, bool error);
    void showReferences();
    void applyRules(const FieldRules &rules);
    void commit(QWidget *input);
    void checkField(LeadField field);
    void checkDuplicates(LeadField field);
    void showDuplicates(LeadField field, const QList<DuplicateMatch> &matches);
    // A duplicate notice's button: open the other lead, or use the company or contact found.
    void useDuplicate(const DuplicateMatch &match);
    // The first button of each kind of duplicate action (in the fields' order) gets its shortcut.
    void updateDuplicateShortcuts();
    void showIssue(const ValidationResult &result, LeadField field);
    void showIssues(const ValidationResult &result);
    void setMessage(LeadField field, const QString &text, bool error);
    void setReadOnly(bool readOnly, const QString &reason);
    void updateTitle();
    void updatePermissions();
    void updateHeader();
    void fitToScreen();
    void showTextStarts();
    // The lead was stored (or is being read): it has a header strip, and no Owner row.
    bool isStored() const;
    // A stored lead asked for has not arrived yet (nor failed).
    bool isBeingRead() const;
    QFormLayout *formOf(LeadField field) const;
    QWidget *rowWidget(LeadField field) const;

    struct Row
    {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
        QWidget *container = nullptr;   // what the form layout holds in the field column
        QFormLayout *form = nullptr;    // the group's form the .ui puts the field in
        QLabel *message = nullptr;
        QWidget *duplicateBox = nullptr;   // the heading, then a line and a button per match
        QString duplicateText;             // the notice as rich text (duplicateNoticeFor())
        QList<QWidget *> duplicateLines;
        QString labelText;              // with its mnemonic, without the marker
    };

    std::unique_ptr<Ui::LeadFormDialog> m_ui;
    Session *m_session;
    LeadStore m_store;
    Employee m_me;
    qint64 m_requestedId;
    LeadModel *m_model;
    QDataWidgetMapper *m_mapper;
    std::array<Row, LeadFieldCount> m_rows;
    bool m_readOnly = false;
    bool m_applying = false;
    bool m_loadFailed = false;
    bool m_exitAfterSave = false;
    bool m_savingNew = false;   // the save running stores a new lead (its source is remembered)
    bool m_reloading = false;   // re-reading after a life-cycle action
    ValidationResult m_saveWarnings;   // the warnings of the save that runs
    std::array<quint64, LeadFieldCount> m_duplicateChecks{};
    std::array<QString, LeadFieldCount> m_checkedValues;   // the text the shown notice answers

    QString m_notice;
    QPointer<LeadConflictDialog> m_conflictDialog;
};
