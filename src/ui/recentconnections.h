#pragma once

#include <QStringList>

class DatabaseLocation;
class QSettings;

// The databases this person opened lately, newest first, as location texts (a file path or a
// PostgreSQL URI). Passwords are never part of a location, so none is ever written here.
class RecentConnections
{
public:
    static constexpr int Max = 8;

    // `settings`: where the list is kept (the application's QSettings; a file of its own in tests).
    explicit RecentConnections(QSettings *settings);

    QStringList list() const;
    // Puts `location` first, dropping an older entry for it and the oldest beyond Max.
    void remember(const DatabaseLocation &location);

private:
    QSettings *m_settings;
};
