#include "importlookup.h"

QString ImportLookup::key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

void ImportLookup::addReference(ReferenceKind kind, qint64 id, const QString &name)
{
    m_asWritten[int(kind)].clear();
    const QString k = key(name);
    if (!k.isEmpty() && !m_names[int(kind)].contains(k))
        m_names[int(kind)].insert(k, id);
}

void ImportLookup::addContact(qint64 id, const QString &firstName, const QString &lastName, const QString &middleName)
{
    m_asWritten[int(ReferenceKind::Contact)].clear();
    auto &names = m_names[int(ReferenceKind::Contact)];
    const QString forms[] = {lastName + u' ' + firstName, firstName + u' ' + lastName,
                             lastName + u' ' + firstName + u' ' + middleName};
    for (const QString &name : forms) {
        const QString k = key(name);
        if (!k.isEmpty() && !names.contains(k))
            names.insert(k, id);
    }
}

void ImportLookup::addEmployee(qint64 id, const QString &login, const QString &displayName)
{
    m_asWritten[int(ReferenceKind::Employee)].clear();
    m_employeesAsWritten.clear();
    const QString loginKey = key(login);
    if (!loginKey.isEmpty() && !m_logins.contains(loginKey))
        m_logins.insert(loginKey, id);
    auto &names = m_names[int(ReferenceKind::Employee)];
    const QString nameKey = key(displayName);
    if (!nameKey.isEmpty() && !names.contains(nameKey))
        names.insert(nameKey, id);
}

void ImportLookup::setFinder(ReferenceKind kind, Finder finder)
{
    m_finders[int(kind)] = std::move(finder);
    m_found[int(kind)].clear();
    m_asWritten[int(kind)].clear();
}

qint64 ImportLookup::remembered(QHash<QString, qint64> &asWritten, const QString &name, qint64 id)
{
    if (asWritten.size() >= MaxCachedNames)
        asWritten.clear();
    asWritten.insert(name, id);
    return id;
}

qint64 ImportLookup::referenceId(ReferenceKind kind, const QString &name) const
{
    // A file names the same few campaigns, directions and owners row after row, written the same
    // way: their answers by the text as written spare making the key again for every row.
    if (m_finders[int(kind)])
        return lookUp(kind, name);   // companies, contacts: as many names as rows, cached by key
    QHash<QString, qint64> &asWritten = m_asWritten[int(kind)];
    if (const auto it = asWritten.constFind(name); it != asWritten.constEnd())
        return *it;
    return remembered(asWritten, name, lookUp(kind, name));
}

qint64 ImportLookup::lookUp(ReferenceKind kind, const QString &name) const
{
    const QString k = key(name);
    if (const auto it = m_names[int(kind)].constFind(k); it != m_names[int(kind)].constEnd())
        return *it;
    const Finder &finder = m_finders[int(kind)];
    if (!finder || k.isEmpty())
        return 0;
    QHash<QString, qint64> &found = m_found[int(kind)];
    if (const auto it = found.constFind(k); it != found.constEnd())
        return *it;
    if (found.size() >= MaxCachedNames)
        found.clear();
    const qint64 id = finder(name);
    found.insert(k, id);
    return id;
}

qint64 ImportLookup::employeeId(const QString &loginOrName) const
{
    if (const auto it = m_employeesAsWritten.constFind(loginOrName); it != m_employeesAsWritten.constEnd())
        return *it;
    const QString k = key(loginOrName);
    if (const auto it = m_logins.constFind(k); it != m_logins.constEnd())
        return remembered(m_employeesAsWritten, loginOrName, *it);
    return remembered(m_employeesAsWritten, loginOrName, m_names[int(ReferenceKind::Employee)].value(k, 0));
}
