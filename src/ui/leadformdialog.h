#pragma once

#include "employee.h"
#include "leadfield.h"

#include <QDialog>

#include <array>
#include <memory>

namespace Ui {
class LeadFormDialog;
}
class Database;
class LeadModel;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
struct DuplicateMatch;
struct FieldRules;
struct ValidationResult;

// The lead form (spec section 1): every field, shown and required by the pure rules of core
// (VisibilityRules) as the agent ticks and picks, bound to a LeadModel by a QDataWidgetMapper.
// A lead the employee may not edit (Permissions) opens read-only.
class LeadFormDialog : public QDialog
{
    Q_OBJECT

public:
    // `leadId` 0: a new lead.
    LeadFormDialog(Database *db, const Employee &me, qint64 leadId = 0, QWidget *parent = nullptr);
    ~LeadFormDialog() override;

    qint64 leadId() const;
    LeadModel *model() const { return m_model; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the lead could not be loaded, or why it is read-only; empty otherwise.
    QString notice() const;

    // The input of a field (for tests and automation; also reachable by accessible name).
    QWidget *input(LeadField field) const;
    QLabel *label(LeadField field) const;   // nullptr for the two checkboxes
    bool isRowShown(LeadField field) const;
    // The error or warning shown beside a field; empty when none.
    QString messageFor(LeadField field) const;
    // The likely-duplicate notice beside a field (rich text); empty when none.
    QString duplicateNoticeFor(LeadField field) const;

public Q_SLOTS:
    // Ctrl+S: validates and saves, staying open. Returns false (nothing written) on any error.
    bool save();
    // Ctrl+Enter: saves and closes.
    void saveAndExit();
    // Esc / Cancel: asks before discarding unsaved changes.
    void reject() override;

Q_SIGNALS:
    void leadSaved(qint64 leadId);
    // A duplicate notice's "Open" link; when nothing is connected the dialog opens the lead itself.
    void openLeadRequested(qint64 leadId);

protected:
    // Return or Enter in a field never presses a button (Ctrl+Enter saves and exits).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setUpRows();
    void setUpMapper();
    void setUpInputs();
    void setUpTabOrder();
    void applyRules(const FieldRules &rules);
    void commit(QWidget *input);
    void checkField(LeadField field);
    void checkDuplicates(LeadField field);
    void showDuplicates(LeadField field, const QList<DuplicateMatch> &matches);
    void onDuplicateLink(const QString &link);
    void showIssue(const ValidationResult &result, LeadField field);
    void showIssues(const ValidationResult &result);
    void setMessage(LeadField field, const QString &text, bool error);
    void setReadOnly(bool readOnly, const QString &reason);
    void updateTitle();
    void updatePermissions();
    QFormLayout *formOf(LeadField field) const;
    QWidget *rowWidget(LeadField field) const;

    struct Row
    {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
        QWidget *container = nullptr;   // what the form layout holds in the field column
        QFormLayout *form = nullptr;    // the group's form the .ui puts the field in
        QLabel *message = nullptr;
        QLabel *duplicates = nullptr;
        QString labelText;              // with its mnemonic, without the marker
    };

    std::unique_ptr<Ui::LeadFormDialog> m_ui;
    Database *m_db;
    Employee m_me;
    LeadModel *m_model;
    QDataWidgetMapper *m_mapper;
    std::array<Row, LeadFieldCount> m_rows;
    bool m_readOnly = false;
    bool m_applying = false;
    QString m_notice;
};
