#pragma once

#include "leadlistquery.h"
#include "leadlistreader.h"

#include <QObject>
#include <QString>

#include <atomic>

// Counts the leads of a view (total and per state) on a thread of its own, on a read-only
// connection of that thread, so that opening or filtering a million-row list never waits for
// COUNT(*). Requests carry a generation; stale requests are skipped, stale answers ignored by the
// caller. Lives in the worker thread; LeadListModel drives it with queued calls.
class LeadListCounter : public QObject
{
    Q_OBJECT

public:
    explicit LeadListCounter(const QString &databasePath);
    ~LeadListCounter() override;

    // Set from the requesting thread: requests older than this are skipped without running.
    void setLatestGeneration(quint64 generation) { m_latest.store(generation); }

public Q_SLOTS:
    void count(quint64 generation, const LeadListQuery &query, qint64 employeeId);
    // Closes and removes the connection (call in the worker thread before it stops).
    void shutdown();

Q_SIGNALS:
    void counted(quint64 generation, const LeadListCounts &counts);
    void failed(quint64 generation, const QString &error);

private:
    bool open(QString *error);

    QString m_path;
    QString m_connectionName;
    std::atomic<quint64> m_latest{0};
};
