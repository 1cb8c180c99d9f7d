#pragma once

#include <QMutex>
#include <QString>

// Shared by the lanes of one Session (DbWorker): the damage the first of them found in the
// database, after which the lanes that write refuse every job with its message. Any thread.
class SessionDamage
{
public:
    // Keeps `message` unless damage was recorded before; true for the first.
    bool record(const QString &message);
    // The recorded message; empty while the database is sound.
    QString message() const;

private:
    mutable QMutex m_mutex;
    QString m_message;
};
