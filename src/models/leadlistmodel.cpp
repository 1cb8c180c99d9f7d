#include "leadlistmodel.h"

#include "leadlistcounter.h"
#include "leadlistsql.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

LeadListModel::LeadListModel(QSqlDatabase db, qint64 employeeId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_employeeId(employeeId)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LeadListCounter"));
    m_counter = new LeadListCounter(m_db.databaseName());
    m_counter->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_counter, &QObject::deleteLater);
    connect(this, &LeadListModel::countRequested, m_counter, &LeadListCounter::count, Qt::QueuedConnection);
    connect(m_counter, &LeadListCounter::counted, this, &LeadListModel::onCounted, Qt::QueuedConnection);
    connect(m_counter, &LeadListCounter::failed, this,
            [this](quint64 generation, const QString &error) {
                if (generation == m_generation)
                    setError(error);
            }, Qt::QueuedConnection);
    m_thread->start();
    restart(false);
}

LeadListModel::~LeadListModel()
{
    QMetaObject::invokeMethod(m_counter, &LeadListCounter::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != LeadIdRole && role != SortValueRole)
        return QVariant();
    const Page *page = pageAt(index.row() / PageSize);
    const int inPage = index.row() % PageSize;
    if (!page || inPage >= page->rows.size())
        return QVariant();
    const LeadListRow &row = page->rows.at(inPage);
    switch (role) {
    case LeadIdRole: return QVariant::fromValue(row.id);
    case SortValueRole: return row.value(column);
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
    const Page *page = pageAt(pageIndex);
    const int rows = page ? int(page->rows.size()) : 0;
    if (rows < PageSize)
        m_endReached = true;
    if (rows > 0) {
        beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + rows - 1);
        m_rowCount += rows;
        endInsertRows();
    }
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
    m_pages.clear();
    m_sql = std::make_unique<LeadListSql>(m_query, m_employeeId);
    QString probeError;
    if (!LeadListReader(m_db).chooseSearchShape(m_sql.get(), &probeError))
        setError(probeError);
    const int previousCount = m_rowCount;
    const bool previousKnown = m_countKnown;
    m_countKnown = false;
    m_endReached = false;
    m_rowCount = 0;
    // The first page is read at once (an indexed range, a few milliseconds at any size);
    // the count follows from the worker.
    const Page *first = pageAt(0);
    const int rows = first ? int(first->rows.size()) : 0;
    if (rows < PageSize) {
        m_endReached = true;
        m_rowCount = rows;
    } else {
        m_rowCount = keepRowCount && previousKnown ? std::max(previousCount, rows) : rows;
    }
    endResetModel();
    requestCount();
}

void LeadListModel::requestCount()
{
    ++m_generation;
    m_counter->setLatestGeneration(m_generation);
    Q_EMIT countRequested(m_generation, m_query, m_employeeId);
}

void LeadListModel::onCounted(quint64 generation, const LeadListCounts &counts)
{
    if (generation != m_generation)
        return;   // an answer for an older filter or sort
    m_counts = counts;
    m_countKnown = true;
    const int total = int(std::min<qint64>(counts.total, std::numeric_limits<int>::max() - 1));
    if (total > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, total - 1);
        m_rowCount = total;
        endInsertRows();
    } else if (total < m_rowCount) {
        beginRemoveRows(QModelIndex(), total, m_rowCount - 1);
        m_rowCount = total;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * PageSize >= total)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    Q_EMIT countsChanged(m_counts);
}

const LeadListModel::Page *LeadListModel::pageAt(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        it->lastUse = ++m_useClock;
        return &it.value();
    }
    Page page;
    if (!loadPage(pageIndex, &page))
        return nullptr;
    page.lastUse = ++m_useClock;
    evict();
    it = m_pages.insert(pageIndex, std::move(page));
    return &it.value();
}

void LeadListModel::evict() const
{
    while (m_pages.size() >= m_maxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

bool LeadListModel::loadPage(int pageIndex, Page *page) const
{
    const LeadListReader reader(m_db);
    const qint64 first = qint64(pageIndex) * PageSize;
    QString error;
    bool ok = true;
    bool reversed = false;
    const auto previous = m_pages.constFind(pageIndex - 1);
    const auto next = m_pages.constFind(pageIndex + 1);
    if (pageIndex == 0) {
        ok = reader.page(*m_sql, nullptr, false, PageSize, &page->rows, &page->keys, &error);
    } else if (previous != m_pages.cend() && previous->rows.size() == PageSize) {
        // Scrolling down: continue after the last key of the page above.
        ok = reader.page(*m_sql, &previous->keys.last(), false, PageSize, &page->rows, &page->keys, &error);
    } else if (next != m_pages.cend() && !next->keys.isEmpty()) {
        // Scrolling up: the rows before the first key of the page below, read backwards.
        ok = reader.page(*m_sql, &next->keys.first(), true, PageSize, &page->rows, &page->keys, &error);
        reversed = true;
    } else if (m_countKnown && first + PageSize >= m_rowCount) {
        // The last page: the first rows in reverse order.
        ok = reader.page(*m_sql, nullptr, true, int(m_rowCount - first), &page->rows, &page->keys, &error);
        reversed = true;
    } else {
        // A jump into the middle: find the key just before the page by walking the covering
        // index from the nearer end, then read forward from it.
        const bool fromEnd = m_countKnown && first > m_rowCount / 2;
        const qint64 offset = fromEnd ? m_rowCount - first : first - 1;
        LeadListKey anchor;
        if (reader.keyAt(*m_sql, offset, fromEnd, &anchor, &error))
            ok = reader.page(*m_sql, &anchor, false, PageSize, &page->rows, &page->keys, &error);
        else
            ok = error.isEmpty();
    }
    if (!ok) {
        setError(error);
        return false;
    }
    if (reversed) {
        std::reverse(page->rows.begin(), page->rows.end());
        std::reverse(page->keys.begin(), page->keys.end());
    }
    return true;
}

bool LeadListModel::refreshLead(qint64 leadId)
{
    QList<LeadListRow> fresh;
    QString error;
    const LeadListReader reader(m_db);
    if (!reader.rows(*m_sql, {leadId}, &fresh, &error)) {
        setError(error);
        return false;
    }
    bool found = false;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id != leadId)
                continue;
            found = true;
            if (!fresh.isEmpty())
                it->rows[i] = fresh.first();
            const int row = it.key() * PageSize + i;
            Q_EMIT dataChanged(index(row, 0), index(row, LeadListColumnCount - 1));
        }
    }
    requestCount();
    return found;
}

qint64 LeadListModel::leadIdAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    return data(index(row, 0), LeadIdRole).toLongLong();
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

bool LeadListModel::waitForCount(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_countKnown && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_countKnown;
}

void LeadListModel::setError(const QString &message) const
{
    if (message.isEmpty() || message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT const_cast<LeadListModel *>(this)->errorOccurred(message);
}
