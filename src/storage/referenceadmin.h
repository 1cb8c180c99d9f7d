#pragma once

#include "referencerecord.h"
#include "referencerepository.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Employee;

// Reference data maintenance for crm_admin: companies, contacts, campaigns, selling directions,
// services and products, channels. Writes re-read the acting employee and are refused unless
// they are an active crm_admin; deleting a row that a lead (or another row) still uses is refused
// with the reason.
class ReferenceAdmin
{
public:
    explicit ReferenceAdmin(QSqlDatabase db);

    // Rows whose name (or TIN, e-mail) contains `text`, by name, at most `limit`.
    Result<QList<ReferenceRecord>> list(ReferenceKind kind, const QString &text = QString(), int limit = 1000) const;
    Result<ReferenceRecord> find(ReferenceKind kind, qint64 id) const;

    // Inserts (record.id == 0) or updates the row; returns its id, or a Failure naming the field
    // and the problem. Values are normalised as on the lead form (website, TIN, e-mail).
    Result<qint64> save(const Employee &actor, ReferenceKind kind, const ReferenceRecord &record);
    // Deletes the row unless something uses it ("Used by 12 leads and 1 opportunity").
    Result<void> remove(const Employee &actor, ReferenceKind kind, qint64 id);
    // What still uses the row, worded for the user; empty when nothing does.
    QString usage(ReferenceKind kind, qint64 id) const;

private:
    QSqlDatabase m_db;
};
