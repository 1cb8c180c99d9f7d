#pragma once

#include "serviceresult.h"
#include "leadlistcolumn.h"
#include "leadlistcounts.h"
#include "leadlistpages.h"
#include "leadlistquery.h"
#include "leadlistrow.h"
#include "leadlistsql.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class Session;

// The lead list as a Qt table model over the Session (spec section 3): pages come asynchronously.
//
// Rows come in pages read by key on the indexed (sort column, id) pair, on the session's List lane;
// data() never runs a query: a row whose page is not loaded shows an empty placeholder ("Loading…"
// as tooltip, LoadingRole true) and asks for its page, once while it is in flight; when the page
// arrives its rows change (dataChanged) and pageLoaded() is emitted. A page far from every loaded
// page is reached by walking the keys (only the covering index) from the nearest known key: the
// start, the end or a cached page; never OFFSET. Only a bounded window of pages stays in memory
// (least recently used pages are dropped). Scrolling reads one page ahead: when data() asks for a
// page next to a cached (or coming) one, the page after it in that direction is read too, and when
// a page read ahead is first shown, the next one; a jump reads nothing ahead and nothing reads on
// by itself, so each page asked for or shown reads at most one more. The total and per-state
// counts come on the Count lane.
// Every request carries the generation of the query it was made for: answers for an older query,
// sort or filter are dropped (and jobs queued behind a newer query are skipped). Sorting and
// filtering always happen in SQL. Columns are the LeadListColumn values, in enum order.
class LeadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        LeadIdRole = Qt::UserRole + 1,   // qint64 id of the row's lead (invalid while loading)
        SortValueRole,                   // LeadListRow::value() of the cell
        LoadingRole,                     // true while the row's page has not arrived
    };

    static constexpr int PageSize = 256;
    static constexpr int DefaultMaxCachedPages = 24;   // at most 6,144 rows in memory
    // A page still waiting on the lane when this many newer pages were asked for is skipped (the
    // scroll bar was dragged past it): it is no longer in flight, and its rows are announced as
    // changed so that a view still showing them asks again.
    static constexpr int MaxQueuedPages = 8;
    // Pages are read ahead only when the cache holds at least this many (the page read ahead, the
    // one shown and the one before it), so that a page read ahead never drops the one shown.
    static constexpr int MinPagesToReadAhead = 3;
    // The pages refresh() reads again: those shown (a viewport spans at most two) and one read ahead.
    static constexpr int RefreshPages = 3;

    // The list of the session's employee ("My leads"); starts reading the first page at once.
    explicit LeadListModel(Session *session, QObject *parent = nullptr);
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
    // Reads everything again (after a lead was created or deleted), keeping the row count until
    // the new count arrives.
    void reload();
    // Reads again what is shown after someone changed leads (Session::leadsChanged), without a
    // reset: the count, and the pages shown most recently (at most RefreshPages, read together in
    // one job) by their positions, while the rows held go on showing until the new ones come
    // (refreshed() then). Rows keep their places; the current index and the selection (persistent
    // indexes) follow their leads to where the re-read pages put them (a layout change). Other
    // pages are dropped, to be read when shown. A refresh asked for while one is under way
    // follows it.
    void refresh();
    // Re-reads one lead's row where it is, without moving anything (after the lead form saved it),
    // and recounts; leadRefreshed() follows. A lead that no longer matches the view leaves it: its
    // row is removed by a refresh() (refreshed() follows too), so that the count and the rows
    // agree. Returns false (and reads nothing) when the lead is not among the loaded rows.
    bool refreshLead(qint64 leadId);

    // The lead id at a loaded row; 0 when the row is not loaded (or out of range). Never queries.
    qint64 leadIdAt(int row) const;
    // The row of a lead among the loaded rows, or -1.
    int loadedRowOf(qint64 leadId) const;
    bool isRowLoaded(int row) const;
    // Asks for the page of `row` (as data() does for a row not loaded, but reading nothing ahead);
    // pageLoaded() follows.
    void requestRow(int row);
    // Every id of the rows in `rowRanges` (first and last row, inclusive, in row order): loaded rows
    // from memory, the others read by key ranges on the Count lane (a million selected rows are
    // read in one walk). `done` runs on `context`'s thread; a Failure when reading failed or the
    // query changed meanwhile.
    void resolveIds(const QList<std::pair<int, int>> &rowRanges, QObject *context,
                    Done<QList<qint64>> done) const;

    // True once the current view was counted; rowCount() is then exact.
    bool isCountKnown() const { return m_countKnown; }
    const LeadListCounts &counts() const { return m_counts; }
    // Rows held in memory right now (bounded by PageSize * maxCachedPages()).
    int cachedRowCount() const;
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxCachedPages(int pages);
    QString lastError() const { return m_lastError; }
    // Requests of the current query carry this; it grows with every setQuery(), sort() and reload().
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    // The total and per-state counts of the current view are known (or changed).
    void countsChanged(const LeadListCounts &counts);
    void errorOccurred(const QString &message);
    // The rows firstRow..lastRow of the current query arrived (after dataChanged/rowsInserted);
    // lastRow < firstRow when the page came back empty.
    void pageLoaded(int firstRow, int lastRow);
    // refreshLead(leadId) has re-read the lead's row (or found it gone from the view).
    void leadRefreshed(qint64 leadId);
    // refresh() has put the pages it read again in place (its count comes with countsChanged()).
    void refreshed();

private:
    struct Page : LeadListPage
    {
        quint64 lastUse = 0;
        // +1 or -1 for a page read ahead that was not shown yet: the direction it was read in.
        int readAhead = 0;
    };
    // The query of one generation as the List lane uses it: touched only by jobs on that lane
    // (which run one after another), so the search shape is probed once, by the first job.
    struct ListState;

    const Page *cachedPage(int pageIndex) const;
    // `readAhead`: 0 for a page asked for, else the direction of the scroll it is read ahead of.
    void requestPage(int pageIndex, int readAhead = 0) const;
    // data() asked for the page `pageIndex`, which is not cached: reads the next page in the direction
    // of the scroll too, when a neighbour of it is cached or coming (not after a jump).
    void readAheadFrom(int pageIndex) const;
    // Reads the page `pageIndex` ahead of a scroll in `direction` (+1 or -1), when it is a page of
    // the rows known and the cache is large enough.
    void readPageAhead(int pageIndex, int direction) const;
    // The keys the model knows: the start, the end once counted, and the ends of cached pages.
    QList<LeadListAnchor> anchors() const;
    // `page` is nullopt when the job was skipped.
    void onPage(quint64 generation, int pageIndex, Result<std::optional<LeadListPage>> page);
    void insertPage(int pageIndex, LeadListPage page, int readAhead = 0);
    void growTo(int rows);
    void evict() const;
    void restart(bool keepRowCount);
    void requestCount();
    void onCounted(quint64 generation, Result<LeadListCounts> counts);
    void onRefreshed(quint64 generation, qint64 leadId, Result<QList<LeadListRow>> rows);
    // The pages refresh() read again, in the order of `pageIndexes`.
    void onPagesRefreshed(quint64 generation, const QList<int> &pageIndexes, Result<QList<LeadListPage>> pages);
    // Moves the persistent indexes from the rows of m_stale to the rows their leads have in `fresh`.
    void followLeads(const QHash<int, LeadListPage> &fresh);
    // A page held now: the current one, else the one shown until refresh() brings it again.
    const Page *shownPage(int pageIndex) const;
    void setError(const QString &message) const;
    QVariant rowData(const LeadListRow &row, LeadListColumn column, int role) const;

    Session *m_session;
    LeadListQuery m_query;
    std::shared_ptr<ListState> m_state;
    // The newest generation, read by the lanes' jobs to skip work for an older query.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    // The serial number of the newest page request, read by the jobs to skip old requests.
    std::shared_ptr<std::atomic<quint64>> m_lastRequest;
    mutable quint64 m_requestSerial = 0;
    int m_rowCount = 0;
    bool m_countKnown = false;
    bool m_endReached = false;   // before the count: a page read forward came back short
    LeadListCounts m_counts;
    quint64 m_generation = 0;
    mutable QHash<int, Page> m_pages;
    // The pages refresh() reads again, shown as they were until their new rows come.
    mutable QHash<int, Page> m_stale;
    bool m_refreshing = false;       // refresh()'s pages are on their way
    bool m_refreshPending = false;   // refresh() was asked for meanwhile
    bool m_recounting = false;       // refresh()'s count has not come: the end is no anchor
    // The pages asked for whose answer has not come, each with its `readAhead` (see requestPage()).
    mutable QHash<int, int> m_inFlight;
    mutable quint64 m_useClock = 0;
    int m_maxCachedPages = DefaultMaxCachedPages;
    mutable QString m_lastError;
};
