#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LeadConflictDialog;
}
class LeadDiff;
class QPushButton;
class QTableWidget;

// Shown by the lead form when a save was refused because someone else saved the lead meanwhile:
// the message, a table of what they changed (field, their value, your value) and two buttons.
// Reload (Alt+R) accepts: the form takes their version and keeps the user's own edits on top.
// Keep editing (Alt+K, Esc) rejects: the form stays as it is.
class LeadConflictDialog : public QDialog
{
    Q_OBJECT

public:
    LeadConflictDialog(const QString &message, const LeadDiff &diff, QWidget *parent = nullptr);
    ~LeadConflictDialog() override;

    QString messageText() const;
    QTableWidget *changesTable() const;
    QPushButton *reloadButton() const;
    QPushButton *keepEditingButton() const;

private:
    std::unique_ptr<Ui::LeadConflictDialog> m_ui;
};
