#pragma once

#include "result.h"
#include "role.h"

#include <QString>

class QSqlDatabase;

// One employee as stored now, read for a lead action: the acting employee (a deactivation or a
// role change takes effect at once) or the employee a lead is to be given to (the new Owner must be
// someone who can sign in). LeadService and LeadRepository both check through it.
class LeadEmployee
{
public:
    // Reads employee `actorId` as the one acting. Fails when they cannot act at all (see
    // actorProblem()) or, when the read fails, with `databaseError` with %1 the database's own words.
    Result<void> readActor(const QSqlDatabase &db, qint64 actorId, const QString &databaseError);
    // Reads employee `ownerId` as the new Owner of a lead. Fails when no Owner is named (<= 0), when
    // the one named cannot own leads (see ownerProblem()), or, when the read fails, with
    // `databaseError` with %1 the database's own words. An id no employee has passes here: see isFound().
    Result<void> readOwner(const QSqlDatabase &db, qint64 ownerId, const QString &databaseError);

    bool isFound() const;
    RoleSet roles() const;
    QString displayName() const;

private:
    // Reads employee `id`; the database's own words when the read fails. An id no employee has
    // (or none, <= 0) reads as not found.
    Result<void> read(const QSqlDatabase &db, qint64 id);
    // Why this employee cannot act at all (unknown, deactivated), or an empty string.
    QString actorProblem() const;
    // Why this (found) employee cannot own leads (deactivated, no CRM role), or an empty string.
    QString ownerProblem() const;
    // The message for an Assign or a save that names no Owner.
    static QString noOwnerMessage();

    bool m_found = false;
    bool m_active = false;
    RoleSet m_roles;
    QString m_displayName;
};
