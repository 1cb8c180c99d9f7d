#pragma once

#include "leadlistcolumn.h"
#include "leadlistquery.h"
#include "leadlistreader.h"
#include "leadlistrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

class LeadListCounter;
class LeadListSql;
class QThread;

// The lead list as a Qt table model that pages through the database on demand (spec section 3).
//
// Rows come in pages read by key on the indexed (sort column, id) pair; only a bounded window of
// pages stays in memory (least recently used pages are dropped). The first page is shown at once;
// the total and per-state counts arrive from a worker thread (generation-tagged, so answers for an
// older filter are dropped). Sorting and filtering always happen in SQL. Columns are the
// LeadListColumn values, in enum order; views hide and reorder them.
class LeadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        LeadIdRole = Qt::UserRole + 1,   // qint64 id of the row's lead
        SortValueRole,                   // LeadListRow::value() of the cell
    };

    static constexpr int PageSize = 256;
    static constexpr int DefaultMaxCachedPages = 24;   // at most 6,144 rows in memory

    // `db` is the UI thread's connection; counts run on a connection of their own to the same file.
    LeadListModel(QSqlDatabase db, qint64 employeeId, QObject *parent = nullptr);
    ~LeadListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const LeadListQuery &query() const { return m_query; }
    // Replaces filter, search and sort; the list restarts from its first page.
    void setQuery(const LeadListQuery &query);
    void setSearchText(const QString &text);
    // Reads everything again (after a lead was created or deleted).
    void reload();
    // Re-reads one lead's row where it is on screen, without moving anything (after the lead form
    // saved it), and recounts. Returns false when the lead is not in the window of loaded rows.
    bool refreshLead(qint64 leadId);

    // The lead id at a row (reads the row's page if needed); 0 when out of range.
    qint64 leadIdAt(int row) const;
    // The row of a lead among the loaded rows, or -1.
    int loadedRowOf(qint64 leadId) const;

    // True once the worker has counted the current view; rowCount() is then exact.
    bool isCountKnown() const { return m_countKnown; }
    const LeadListCounts &counts() const { return m_counts; }
    // Rows held in memory right now (bounded by PageSize * maxCachedPages()).
    int cachedRowCount() const;
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxCachedPages(int pages);
    QString lastError() const { return m_lastError; }
    // Waits (processing events) until the count for the current view arrived; for tests and the
    // benchmark. Returns false on timeout.
    bool waitForCount(int timeoutMs = 30000);

Q_SIGNALS:
    // The total and per-state counts of the current view are known (or changed).
    void countsChanged(const LeadListCounts &counts);
    void errorOccurred(const QString &message);
    // Asks the worker to count; connected to LeadListCounter::count across threads.
    void countRequested(quint64 generation, const LeadListQuery &query, qint64 employeeId);

private:
    struct Page
    {
        QList<LeadListRow> rows;
        QList<LeadListKey> keys;
        quint64 lastUse = 0;
    };

    const Page *pageAt(int pageIndex) const;
    bool loadPage(int pageIndex, Page *page) const;
    void evict() const;
    void restart(bool keepRowCount);
    void requestCount();
    void onCounted(quint64 generation, const LeadListCounts &counts);
    void setError(const QString &message) const;

    QSqlDatabase m_db;
    qint64 m_employeeId;
    LeadListQuery m_query;
    std::unique_ptr<LeadListSql> m_sql;
    int m_rowCount = 0;
    bool m_countKnown = false;
    bool m_endReached = false;   // before the count: the last page read was short
    LeadListCounts m_counts;
    quint64 m_generation = 0;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    int m_maxCachedPages = DefaultMaxCachedPages;
    mutable QString m_lastError;

    QThread *m_thread = nullptr;
    LeadListCounter *m_counter = nullptr;
};
