#include "recentconnections.h"

#include "databaselocation.h"

#include <QSettings>

namespace {
const QString kKey = QStringLiteral("connections/recent");
}

RecentConnections::RecentConnections(QSettings *settings) : m_settings(settings) {}

QStringList RecentConnections::list() const
{
    QStringList entries = m_settings->value(kKey).toStringList();
    entries.removeAll(QString());
    return entries.mid(0, Max);
}

void RecentConnections::remember(const DatabaseLocation &location)
{
    const QString text = location.toString();
    if (text.isEmpty())
        return;
    QStringList entries = list();
    entries.removeAll(text);
    entries.prepend(text);
    m_settings->setValue(kKey, entries.mid(0, Max));
}
