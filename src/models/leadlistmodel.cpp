#include "leadlistmodel.h"

#include "leadlistreader.h"
#include "session.h"

#include <QPointer>

#include <algorithm>
#include <limits>

struct LeadListModel::ListState
{
    ListState(const LeadListQuery &query, qint64 employeeId, const SqlDialect &dialect)
        : sql(query, employeeId, dialect)
    {
    }

    // The first job of the generation probes the search (a few ms) and picks the statements' shape.
    Result<void> chooseShape(QSqlDatabase &db)
    {
        if (shapeChosen)
            return {};
        if (Result<void> chosen = LeadListReader(db).chooseSearchShape(&sql); !chosen)
            return chosen;
        shapeChosen = true;
        return {};
    }

    // The keys of the page this lane read last: a page read ahead is asked for before the page
    // next to it has come back, so its walk starts from those (the lane reads pages in order).
    void remember(qint64 first, const LeadListPage &page)
    {
        lastRead.clear();
        if (page.keys.isEmpty())
            return;
        lastRead.append(LeadListAnchor{first, true, page.keys.first()});
        lastRead.append(LeadListAnchor{first + page.keys.size() - 1, true, page.keys.last()});
    }

    LeadListSql sql;
    bool shapeChosen = false;
    QList<LeadListAnchor> lastRead;
};

LeadListModel::LeadListModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_lastRequest(std::make_shared<std::atomic<quint64>>(0))
{
    restart(false);
    connect(session, &Session::leadsChanged, this, &LeadListModel::refresh);
}

LeadListModel::~LeadListModel() = default;

int LeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LeadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LeadListColumnCount;
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= LeadListColumnCount)
        return QVariant();
    const auto column = static_cast<LeadListColumn>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == LeadListColumn::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != LeadIdRole && role != SortValueRole
        && role != LoadingRole)
        return QVariant();
    const int pageIndex = index.row() / PageSize;
    const Page *page = cachedPage(pageIndex);
    if (!page) {
        // A placeholder now; the page is asked for (once) and its rows change when it arrives.
        requestPage(pageIndex);
        readAheadFrom(pageIndex);
        page = shownPage(pageIndex);   // refresh() reads it again: shown as it was meanwhile
    } else if (const int direction = page->readAhead) {
        // A page read ahead is shown: the scroll goes on, so the next one is read.
        m_pages[pageIndex].readAhead = 0;
        readPageAhead(pageIndex + direction, direction);
    }
    if (!page) {
        switch (role) {
        case Qt::DisplayRole: return QString();
        case Qt::ToolTipRole: return tr("Loading…");
        case LoadingRole: return true;
        default: return QVariant();
        }
    }
    const int inPage = index.row() % PageSize;
    if (inPage >= page->rows.size())
        return role == LoadingRole ? QVariant(false) : QVariant();
    return rowData(page->rows.at(inPage), column, role);
}

QVariant LeadListModel::rowData(const LeadListRow &row, LeadListColumn column, int role) const
{
    switch (role) {
    case LeadIdRole: return QVariant::fromValue(row.id);
    case SortValueRole: return row.value(column);
    case LoadingRole: return false;
    default: break;
    }
    if (column == LeadListColumn::Created || column == LeadListColumn::Updated) {
        const QDateTime &time = column == LeadListColumn::Created ? row.createdAt : row.updatedAt;
        return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    return row.text(column);
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= LeadListColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return LeadListColumns::label(static_cast<LeadListColumn>(section));
    return QVariant();
}

void LeadListModel::sort(int column, Qt::SortOrder order)
{
    LeadListColumn wanted;
    if (!LeadListColumns::fromInt(column, &wanted))
        return;
    if (wanted == m_query.sortColumn && order == m_query.sortOrder)
        return;
    LeadListQuery query = m_query;
    query.sortColumn = wanted;
    query.sortOrder = order;
    setQuery(query);
}

bool LeadListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_countKnown && !m_endReached;
}

void LeadListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int pageIndex = m_rowCount / PageSize;
    if (const Page *page = cachedPage(pageIndex)) {
        // Already here (the row count was kept by reload()): show it.
        if (page->rows.size() < PageSize)
            m_endReached = true;
        growTo(pageIndex * PageSize + int(page->rows.size()));
        return;
    }
    requestPage(pageIndex);
}

void LeadListModel::setQuery(const LeadListQuery &query)
{
    m_query = query;
    restart(false);
}

void LeadListModel::setSearchText(const QString &text)
{
    if (text == m_query.searchText)
        return;
    LeadListQuery query = m_query;
    query.searchText = text;
    setQuery(query);
}

void LeadListModel::reload()
{
    restart(true);
}

void LeadListModel::restart(bool keepRowCount)
{
    beginResetModel();
    ++m_generation;
    m_latest->store(m_generation);
    m_pages.clear();
    m_stale.clear();
    m_inFlight.clear();
    m_refreshing = false;
    m_refreshPending = false;
    m_recounting = false;
    m_state = std::make_shared<ListState>(m_query, m_session->employee().id,
                                          SqlDialect::forLocation(m_session->databaseLocation()));
    m_rowCount = keepRowCount && m_countKnown ? m_rowCount : 0;
    m_countKnown = false;
    m_endReached = false;
    endResetModel();
    requestPage(0);
    requestCount();
}

const LeadListModel::Page *LeadListModel::shownPage(int pageIndex) const
{
    if (const Page *page = cachedPage(pageIndex))
        return page;
    const auto stale = m_stale.find(pageIndex);
    if (stale == m_stale.end())
        return nullptr;
    stale->lastUse = ++m_useClock;
    return &stale.value();
}

const LeadListModel::Page *LeadListModel::cachedPage(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_useClock;
    return &it.value();
}

QList<LeadListAnchor> LeadListModel::anchors() const
{
    QList<LeadListAnchor> known;
    if (m_countKnown && !m_recounting)
        known.append(LeadListAnchor{m_rowCount, false, LeadListKey()});
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->keys.isEmpty())
            continue;
        const qint64 first = qint64(it.key()) * PageSize;
        known.append(LeadListAnchor{first, true, it->keys.first()});
        known.append(LeadListAnchor{first + it->keys.size() - 1, true, it->keys.last()});
    }
    return known;
}

void LeadListModel::requestPage(int pageIndex, int readAhead) const
{
    if (pageIndex < 0 || m_pages.contains(pageIndex))
        return;
    if (const auto coming = m_inFlight.find(pageIndex); coming != m_inFlight.end()) {
        if (!readAhead)
            coming.value() = 0;   // asked for now: shown when it comes, nothing to read on from it
        return;
    }
    const qint64 first = qint64(pageIndex) * PageSize;
    const int limit = m_countKnown ? int(std::min<qint64>(PageSize, m_rowCount - first)) : PageSize;
    if (limit <= 0)
        return;
    m_inFlight.insert(pageIndex, readAhead);
    const quint64 serial = ++m_requestSerial;
    m_lastRequest->store(serial);
    auto *self = const_cast<LeadListModel *>(this);
    using Answer = Result<std::optional<LeadListPage>>;
    m_session->run(
        Session::Lane::List, self,
        [state = m_state, latest = m_latest, lastRequest = m_lastRequest, generation = m_generation, serial, first,
         limit, known = anchors()](QSqlDatabase &db) -> Answer {
            // A newer query is queued behind (this answer would be dropped), or the user moved on.
            if (latest->load() != generation || lastRequest->load() - serial >= MaxQueuedPages)
                return std::optional<LeadListPage>();
            if (const Result<void> shaped = state->chooseShape(db); !shaped)
                return Failure{shaped.error()};
            // Planned here: the page this lane read just before may be the nearest known key.
            Result<LeadListPage> page = LeadListPages::read(db, state->sql,
                                                            LeadListPages::plan(first, limit, known + state->lastRead));
            if (!page)
                return Failure{page.error()};
            state->remember(first, *page);
            return std::optional<LeadListPage>(std::move(*page));
        },
        [self, generation = m_generation, pageIndex](Answer page) {
            self->onPage(generation, pageIndex, std::move(page));
        });
}

void LeadListModel::readAheadFrom(int pageIndex) const
{
    const auto known = [this](int neighbour) { return m_pages.contains(neighbour) || m_inFlight.contains(neighbour); };
    const bool fromBefore = known(pageIndex - 1);
    if (fromBefore == known(pageIndex + 1))
        return;   // a jump (nothing known around it), or a gap between known pages
    const int direction = fromBefore ? 1 : -1;
    readPageAhead(pageIndex + direction, direction);
}

void LeadListModel::readPageAhead(int pageIndex, int direction) const
{
    if (m_maxCachedPages >= MinPagesToReadAhead && pageIndex >= 0 && qint64(pageIndex) * PageSize < m_rowCount)
        requestPage(pageIndex, direction);
}

void LeadListModel::onPage(quint64 generation, int pageIndex, Result<std::optional<LeadListPage>> page)
{
    if (generation != m_generation)
        return;   // an answer for an older query, sort or filter
    const int readAhead = m_inFlight.take(pageIndex);
    if (!page) {
        setError(page.error());
        insertPage(pageIndex, LeadListPage());   // not asked for again until the next query
        return;
    }
    if (!page->has_value()) {
        // Skipped: a view that still shows these rows asks for them again.
        const int first = pageIndex * PageSize;
        const int last = std::min(first + PageSize, m_rowCount) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, LeadListColumnCount - 1));
        return;
    }
    insertPage(pageIndex, std::move(**page), readAhead);
}

void LeadListModel::insertPage(int pageIndex, LeadListPage page, int readAhead)
{
    const int first = pageIndex * PageSize;
    const int rows = int(page.rows.size());
    evict();
    Page cached;
    static_cast<LeadListPage &>(cached) = std::move(page);
    cached.lastUse = ++m_useClock;
    cached.readAhead = readAhead;
    m_pages.insert(pageIndex, std::move(cached));
    if (!m_countKnown) {
        if (rows < PageSize)
            m_endReached = true;
        growTo(first + rows);
    }
    const int last = std::min(first + rows, m_rowCount) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, LeadListColumnCount - 1));
    Q_EMIT pageLoaded(first, last);
}

void LeadListModel::growTo(int rows)
{
    if (rows <= m_rowCount)
        return;
    beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
    m_rowCount = rows;
    endInsertRows();
}

void LeadListModel::evict() const
{
    while (!m_pages.isEmpty() && m_pages.size() >= m_maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void LeadListModel::requestCount()
{
    m_session->run(
        Session::Lane::Count, this,
        [query = m_query, employeeId = m_session->employee().id, latest = m_latest,
         generation = m_generation](QSqlDatabase &db) -> Result<LeadListCounts> {
            const LeadListSql sql(query, employeeId, SqlDialect::of(db));
            if (latest->load() != generation || sql.matchesNothing())
                return LeadListCounts();   // an older query's count is dropped unread
            return LeadListReader(db).counts(sql);
        },
        [this, generation = m_generation](Result<LeadListCounts> counts) { onCounted(generation, std::move(counts)); });
}

void LeadListModel::onCounted(quint64 generation, Result<LeadListCounts> counts)
{
    if (generation != m_generation)
        return;   // an answer for an older filter or sort
    if (!counts) {
        setError(counts.error());
        return;
    }
    m_counts = *counts;
    m_countKnown = true;
    m_recounting = false;
    const int total = int(std::min<qint64>(m_counts.total, std::numeric_limits<int>::max() - 1));
    if (total > m_rowCount) {
        growTo(total);
    } else if (total < m_rowCount) {
        beginRemoveRows(QModelIndex(), total, m_rowCount - 1);
        m_rowCount = total;
        for (QHash<int, Page> *pages : {&m_pages, &m_stale}) {
            for (auto it = pages->begin(); it != pages->end();) {
                if (it.key() * PageSize >= total)
                    it = pages->erase(it);
                else
                    ++it;
            }
        }
        endRemoveRows();
    }
    // A page read before the count that ends short of it (leads were added at the end meanwhile,
    // refresh() read it before its count came) is read again when shown.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const int first = it.key() * PageSize;
        if (it->rows.size() < std::min(PageSize, total - first) && !it->keys.isEmpty()) {
            it = m_pages.erase(it);
            Q_EMIT dataChanged(index(first, 0), index(std::min(first + PageSize, total) - 1, LeadListColumnCount - 1));
        } else {
            ++it;
        }
    }
    Q_EMIT countsChanged(m_counts);
}

void LeadListModel::refresh()
{
    if (m_refreshing) {
        m_refreshPending = true;
        return;
    }
    // The pages shown most recently, fresh or still shown from an earlier refresh.
    QHash<int, Page> held = m_stale;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        held.insert(it.key(), it.value());
    QList<int> shown = held.keys();
    std::sort(shown.begin(), shown.end(),
              [&held](int a, int b) { return held.constFind(a)->lastUse > held.constFind(b)->lastUse; });
    if (shown.size() > RefreshPages)
        shown.resize(RefreshPages);
    std::sort(shown.begin(), shown.end());

    // Pages a view asked for that have not come yet: their answers are dropped with the generation
    // below, so they are asked for again (else their rows would wait as placeholders for good).
    QList<int> asked;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it.value() == 0 && !shown.contains(it.key()))
            asked.append(it.key());
    }

    // A new generation without a reset: answers for the rows as they were are dropped.
    ++m_generation;
    m_latest->store(m_generation);
    m_state = std::make_shared<ListState>(m_query, m_session->employee().id,
                                          SqlDialect::forLocation(m_session->databaseLocation()));
    m_stale.clear();
    for (int pageIndex : shown)
        m_stale.insert(pageIndex, held.value(pageIndex));
    m_pages.clear();
    m_inFlight.clear();
    m_endReached = false;
    m_recounting = m_countKnown;
    requestCount();
    for (int pageIndex : asked)
        requestPage(pageIndex);
    if (shown.isEmpty()) {
        Q_EMIT refreshed();
        return;
    }
    m_refreshing = true;
    for (int pageIndex : shown)
        m_inFlight.insert(pageIndex, 0);
    m_session->run(
        Session::Lane::List, this,
        [state = m_state, shown](QSqlDatabase &db) -> Result<QList<LeadListPage>> {
            if (const Result<void> shaped = state->chooseShape(db); !shaped)
                return Failure{shaped.error()};
            // In order: each page's walk starts from the one read before it (or the start).
            QList<LeadListPage> pages;
            for (int pageIndex : shown) {
                const qint64 first = qint64(pageIndex) * PageSize;
                Result<LeadListPage> page = LeadListPages::read(db, state->sql,
                                                                LeadListPages::plan(first, PageSize, state->lastRead));
                if (!page)
                    return Failure{page.error()};
                state->remember(first, *page);
                pages.append(std::move(*page));
            }
            return pages;
        },
        [this, generation = m_generation, shown](Result<QList<LeadListPage>> pages) {
            onPagesRefreshed(generation, shown, std::move(pages));
        });
}

void LeadListModel::onPagesRefreshed(quint64 generation, const QList<int> &pageIndexes,
                                     Result<QList<LeadListPage>> pages)
{
    if (generation != m_generation)
        return;   // a new query replaced it
    m_refreshing = false;
    for (int pageIndex : pageIndexes)
        m_inFlight.remove(pageIndex);
    if (!pages) {
        setError(pages.error());
        // Read again when shown.
        const QList<int> stale = m_stale.keys();
        m_stale.clear();
        for (int pageIndex : stale) {
            const int first = pageIndex * PageSize;
            const int last = std::min(first + PageSize, m_rowCount) - 1;
            if (last >= first)
                Q_EMIT dataChanged(index(first, 0), index(last, LeadListColumnCount - 1));
        }
    } else {
        QHash<int, LeadListPage> fresh;
        for (int i = 0; i < pageIndexes.size() && i < pages->size(); ++i)
            fresh.insert(pageIndexes.at(i), pages->at(i));
        followLeads(fresh);
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            insertPage(it.key(), it.value());
    }
    Q_EMIT refreshed();
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

void LeadListModel::followLeads(const QHash<int, LeadListPage> &fresh)
{
    QHash<qint64, int> rowOf;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i)
            rowOf.insert(it->rows.at(i).id, it.key() * PageSize + i);
    }
    const auto staleIdAt = [this](int row) -> qint64 {
        const auto page = m_stale.constFind(row / PageSize);
        return page == m_stale.cend() || row % PageSize >= page->rows.size() ? 0 : page->rows.at(row % PageSize).id;
    };
    // Nothing moved (a lead's values changed in place): no layout change, only the rows change.
    bool moved = false;
    for (auto it = m_stale.cbegin(); it != m_stale.cend() && !moved; ++it) {
        for (int i = 0; i < it->rows.size() && !moved; ++i)
            moved = rowOf.value(it->rows.at(i).id, -1) != it.key() * PageSize + i;
    }
    for (auto it = fresh.cbegin(); it != fresh.cend() && !moved; ++it)
        moved = !m_stale.contains(it.key()) || m_stale.value(it.key()).rows.size() != it->rows.size();
    if (!moved) {
        m_stale.clear();
        return;
    }
    // Rows of the same lead in every column move alike (the selection keeps one index per row).
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from) {
        int row = old.row();
        if (const qint64 id = staleIdAt(row)) {
            const int now = rowOf.value(id, -1);
            if (now >= 0 && now < m_rowCount)
                row = now;
        }
        to.append(index(row, old.column()));
    }
    m_stale.clear();
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        Page page;
        static_cast<LeadListPage &>(page) = it.value();
        page.lastUse = ++m_useClock;
        m_pages.insert(it.key(), std::move(page));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool LeadListModel::refreshLead(qint64 leadId)
{
    if (loadedRowOf(leadId) < 0)
        return false;
    m_session->run(
        Session::Lane::List, this,
        [state = m_state, leadId](QSqlDatabase &db) { return LeadListReader(db).matchingRows(state->sql, {leadId}); },
        [this, generation = m_generation, leadId](Result<QList<LeadListRow>> rows) {
            onRefreshed(generation, leadId, std::move(rows));
        });
    requestCount();
    return true;
}

void LeadListModel::onRefreshed(quint64 generation, qint64 leadId, Result<QList<LeadListRow>> rows)
{
    if (generation != m_generation)
        return;
    if (!rows)
        setError(rows.error());
    if (rows && rows->isEmpty() && loadedRowOf(leadId) >= 0) {
        // The lead no longer matches the view (assigned away from a "New" filter, qualified...):
        // its row goes, the rows below it move up and the count agrees with them (refresh() reads
        // again what is shown). The current index and the selection stay on the same row numbers,
        // so the keyboard goes on from the next lead.
        Q_EMIT leadRefreshed(leadId);
        refresh();
        return;
    }
    for (auto it = m_pages.begin(); rows && !rows->isEmpty() && it != m_pages.end(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id != leadId)
                continue;
            it->rows[i] = rows->first();
            const int row = it.key() * PageSize + i;
            if (row < m_rowCount)
                Q_EMIT dataChanged(index(row, 0), index(row, LeadListColumnCount - 1));
        }
    }
    Q_EMIT leadRefreshed(leadId);
}

qint64 LeadListModel::leadIdAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const int pageIndex = row / PageSize;
    // A page shown until refresh() brings it again counts as loaded: its rows are on screen.
    const auto fresh = m_pages.constFind(pageIndex);
    const auto stale = m_stale.constFind(pageIndex);
    const Page *page = fresh != m_pages.cend() ? &fresh.value() : stale != m_stale.cend() ? &stale.value() : nullptr;
    if (!page || row % PageSize >= page->rows.size())
        return 0;
    return page->rows.at(row % PageSize).id;
}

bool LeadListModel::isRowLoaded(int row) const
{
    return leadIdAt(row) != 0;
}

void LeadListModel::requestRow(int row)
{
    if (row >= 0 && row < m_rowCount)
        requestPage(row / PageSize);
}

int LeadListModel::loadedRowOf(qint64 leadId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == leadId)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

void LeadListModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = std::max(2, pages);
    while (m_pages.size() > m_maxCachedPages)
        evict();
}

int LeadListModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += int(page.rows.size());
    return rows;
}

void LeadListModel::setError(const QString &message) const
{
    if (message.isEmpty() || message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT const_cast<LeadListModel *>(this)->errorOccurred(message);
}

namespace {

// Rows of a selection: ids known at once, or the index of a key range read on a lane.
struct SelectionPiece
{
    QList<qint64> ids;
    int range = -1;
};

} // namespace

void LeadListModel::resolveIds(const QList<std::pair<int, int>> &rowRanges, QObject *context,
                               Done<QList<qint64>> done) const
{
    const QList<LeadListAnchor> known = anchors();
    QList<SelectionPiece> pieces{SelectionPiece()};
    QList<LeadListIdRange> ranges;
    for (const auto &[from, to] : rowRanges) {
        int row = std::max(0, from);
        const int last = std::min(to, m_rowCount - 1);
        while (row <= last) {
            if (const qint64 id = leadIdAt(row)) {
                if (pieces.last().range >= 0)
                    pieces.append(SelectionPiece());
                pieces.last().ids.append(id);
                ++row;
                continue;
            }
            // A stretch of rows not loaded: up to the next loaded row, read by key on a lane.
            int end = row;
            while (end < last && !isRowLoaded(end + 1)) {
                const int next = end + 1;   // a page not in memory is skipped whole
                end = m_pages.contains(next / PageSize) ? next : std::min(last, (next / PageSize + 1) * PageSize - 1);
            }
            ranges.append(LeadListPages::idRange(row, end - row + 1, known));
            pieces.append(SelectionPiece{{}, int(ranges.size() - 1)});
            row = end + 1;
        }
    }
    QPointer<const LeadListModel> model(this);
    m_session->run(
        Session::Lane::Count, context,
        [query = m_query, employeeId = m_session->employee().id, ranges](QSqlDatabase &db) -> Result<QList<QList<qint64>>> {
            QList<QList<qint64>> read;
            if (ranges.isEmpty())
                return read;
            LeadListSql sql(query, employeeId, SqlDialect::of(db));
            if (const Result<void> chosen = LeadListReader(db).chooseSearchShape(&sql); !chosen)
                return Failure{chosen.error()};
            for (const LeadListIdRange &range : ranges) {
                Result<QList<qint64>> ids = LeadListPages::readIds(db, sql, range);
                if (!ids)
                    return Failure{ids.error()};
                read.append(std::move(*ids));
            }
            return read;
        },
        [model, generation = m_generation, pieces, done = std::move(done)](Result<QList<QList<qint64>>> read) {
            if (!read)
                return done(Failure{read.error()});
            if (!model || model->generation() != generation)
                return done(Failure{LeadListModel::tr("The list changed while its selection was read.")});
            QList<qint64> ids;
            for (const SelectionPiece &piece : pieces)
                ids += piece.range >= 0 ? read->at(piece.range) : piece.ids;
            done(std::move(ids));
        });
}
