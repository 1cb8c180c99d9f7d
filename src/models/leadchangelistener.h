#pragma once

#include <QObject>
#include <QString>

#include <memory>

class Database;
class QThread;
class QTimer;

// Hears every change to the leads of a shared PostgreSQL database, whoever made it (schema 6: the
// database itself notifies PostgreSqlSchema::LeadsChannel when a transaction that wrote leads
// commits), and says so on the thread it was made on (the UI thread) as leadsChanged(), at most
// once per DelayMs: a burst of writes (an import, a bulk assignment) gives one.
//
// It listens on a connection of its own, on a thread of its own whose event loop lets the driver
// read the notifications as they come; nothing on the UI thread waits for it. Every
// CheckIntervalMs it checks the connection; when it was lost, it connects and listens again as
// soon as it can, and then announces a change, since some may have been missed meanwhile.
class LeadChangeListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 150;
    static constexpr int CheckIntervalMs = 5000;

    // `location`: a PostgreSQL URI; `password` (may be empty) stays in memory; `connectionName`
    // unique to this listener. Nothing connects before start().
    LeadChangeListener(const QString &location, const QString &password, const QString &connectionName,
                       QObject *parent = nullptr);
    // Closes the connection on its thread and stops the thread (waits for a connection attempt
    // under way to end).
    ~LeadChangeListener() override;

    // Connects and listens (once; later calls do nothing). listening() follows when it listens.
    void start();
    // `ms` between checks of the connection (and attempts to connect again); before start().
    void setCheckInterval(int ms);
    // Listening now (as last reported by its thread).
    bool isListening() const { return m_listening; }
    // Why it does not listen (the last failure to connect or the connection lost); empty when it does.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Leads changed (debounced).
    void leadsChanged();
    // It listens (again, after a lost connection).
    void listening();
    // The connection was lost or could not be made; it tries again every check interval.
    void listeningFailed(const QString &reason);

private:
    // On the listener's thread.
    void connectAndListen();
    void check();
    // On the UI thread.
    void onNotified();
    void onListening(bool again);
    void onFailed(const QString &reason);

    QString m_location;
    QString m_password;
    QString m_connectionName;
    int m_checkIntervalMs = CheckIntervalMs;
    bool m_started = false;
    bool m_listening = false;
    QString m_lastError;
    QTimer *m_delay;
    // The listener's thread, and what lives on it: a context object for queued calls, the check
    // timer, the connection (touched on that thread only).
    QThread *m_thread;
    QObject *m_threadContext;
    QTimer *m_checkTimer;
    std::unique_ptr<Database> m_database;
    bool m_everListened = false;   // on the thread: a later listen follows a lost connection
};
