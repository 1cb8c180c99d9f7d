#pragma once

#include "employee.h"
#include "referencerepository.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class ReferenceDataDialog;
}
class QTableWidget;

// Reference data for crm_admin: pick a list (companies, contacts, campaigns, selling directions,
// services and products, channels), search it, add, edit and delete. Deleting something a lead
// still uses is refused with the reason.
class ReferenceDataDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;

    ReferenceDataDialog(QSqlDatabase db, const Employee &me, QWidget *parent = nullptr);
    ~ReferenceDataDialog() override;

    void setKind(ReferenceKind kind);
    ReferenceKind kind() const;
    void setSearchText(const QString &text);
    QTableWidget *table() const;
    void selectRecord(qint64 id);
    qint64 selectedId() const;
    QString errorText() const;

public Q_SLOTS:
    void reload();
    void addRecord();
    void editRecord();
    void deleteRecord();

private:
    std::unique_ptr<Ui::ReferenceDataDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
};
