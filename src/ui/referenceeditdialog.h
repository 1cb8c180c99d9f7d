#pragma once

#include "employee.h"
#include "referenceadmin.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class ReferenceEditDialog;
}

// Adds or edits one reference record; only the fields of its kind are shown (a company: name,
// website, TIN; a contact: the person's fields and company; a service: name and selling direction).
class ReferenceEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `id` 0: a new record.
    ReferenceEditDialog(QSqlDatabase db, const Employee &me, ReferenceKind kind, qint64 id = 0,
                        QWidget *parent = nullptr);
    ~ReferenceEditDialog() override;

    qint64 recordId() const { return m_record.id; }
    QString errorText() const;
    // The input with this accessible name ("TIN"), for tests and automation.
    QWidget *input(const QString &label) const;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::ReferenceEditDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    ReferenceKind m_kind;
    ReferenceRecord m_record;
};
