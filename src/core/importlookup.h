#pragma once

#include "referencekind.h"

#include <QHash>
#include <QString>

#include <functional>

// Names to ids for an import: the reference data a file names by name (campaign, selling
// direction, service or product, channel, existing company, existing contact) and the employees
// an owner column names by login or display name. Filled by the storage, read by ImportRowMapper.
// Names compare trimmed and case-insensitively; of two items of one name the first added wins.
// A kind too large to hold whole (companies, contacts: as many as the leads) is given a finder
// instead, asked for each name not added; its answers (0 too) are kept in a cache of at most
// MaxCachedNames per kind, emptied when full, so that memory stays bounded whatever the data.
// Answers are also kept by the name exactly as written (bounded the same way), since a file
// writes the same few names the same way row after row.
class ImportLookup
{
public:
    static constexpr qsizetype MaxCachedNames = 8192;
    // The id of the first item (lowest id) of this name, 0 when none. The name is as the file has it.
    using Finder = std::function<qint64(const QString &name)>;

    void addReference(ReferenceKind kind, qint64 id, const QString &name);
    // A contact is found by "Last First" and "First Last" (and "Last First Middle").
    void addContact(qint64 id, const QString &firstName, const QString &lastName, const QString &middleName = {});
    void addEmployee(qint64 id, const QString &login, const QString &displayName);
    void setFinder(ReferenceKind kind, Finder finder);

    // 0 when no item has this name.
    qint64 referenceId(ReferenceKind kind, const QString &name) const;
    // An employee by login first, then by display name; 0 when none.
    qint64 employeeId(const QString &loginOrName) const;

    // The key a name is compared by.
    static QString key(const QString &name);

private:
    qint64 lookUp(ReferenceKind kind, const QString &name) const;
    // Keeps name -> id in a cache of at most MaxCachedNames (emptied when full); returns id.
    static qint64 remembered(QHash<QString, qint64> &asWritten, const QString &name, qint64 id);

    QHash<QString, qint64> m_names[int(ReferenceKind::Employee) + 1];
    QHash<QString, qint64> m_logins;
    Finder m_finders[int(ReferenceKind::Employee) + 1];
    mutable QHash<QString, qint64> m_found[int(ReferenceKind::Employee) + 1];
    // Answers by the name exactly as the file wrote it (0 too), bounded like m_found.
    mutable QHash<QString, qint64> m_asWritten[int(ReferenceKind::Employee) + 1];
    mutable QHash<QString, qint64> m_employeesAsWritten;
};
