#pragma once

#include "referenceitem.h"
#include "referencekind.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads and writes the reference tables. SQL only here, values always bound.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(QSqlDatabase db);

    // Items whose name contains `text` (case-insensitive, any part of the name), at most `limit`,
    // ordered by name. `parentId` > 0 narrows to that parent (services of a direction); for
    // contacts, `parentId` puts that company's contacts first instead of narrowing.
    Result<QList<ReferenceItem>> search(ReferenceKind kind, const QString &text, qint64 parentId = 0,
                                        int limit = 50) const;
    // Fails when no row has this id (or the read fails).
    Result<ReferenceItem> find(ReferenceKind kind, qint64 id) const;
    QString nameOf(ReferenceKind kind, qint64 id) const;

    // Inserts a simple reference row (campaign, direction, channel, service with parentId = direction).
    // Each insert returns the new row's id.
    Result<qint64> insertSimple(ReferenceKind kind, const QString &name, qint64 parentId = 0);
    Result<qint64> insertCompany(const QString &name, const QString &website, const QString &tin);
    // Inserts a contact tied to a company (0 for none).
    Result<qint64> insertContact(qint64 companyId, const QString &firstName, const QString &lastName,
                                 const QString &middleName, const QString &phone, const QString &email);

    // The first company with this TIN, or 0 (qualifying links it instead of creating a duplicate).
    qint64 findCompanyByTin(const QString &tin) const;
    // The first contact with this e-mail (case-insensitive), or 0.
    qint64 findContactByEmail(const QString &email) const;

    static QString tableName(ReferenceKind kind);

private:
    QSqlDatabase m_db;
};
