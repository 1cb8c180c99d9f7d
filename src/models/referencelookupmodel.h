#pragma once

#include "referencerepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>

class QTimer;

// The rows a reference picker offers: at most `limit` items of one kind whose name contains the
// typed text, fetched from ReferenceRepository::search (an indexed, LIMITed query) on demand.
// Text changes are debounced, so typing a word costs one query, not one per keystroke.
class ReferenceLookupModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DetailRole,
        ParentIdRole,
    };

    ReferenceLookupModel(QSqlDatabase db, ReferenceKind kind, QObject *parent = nullptr);

    ReferenceKind kind() const { return m_kind; }
    QString filterText() const { return m_text; }
    qint64 parentId() const { return m_parentId; }
    int limit() const { return m_limit; }
    void setLimit(int limit);
    // Milliseconds between the last text change and the query (0: query at once).
    void setDebounceInterval(int msec);

    // Schedules a query for `text` (debounced).
    void setFilterText(const QString &text);
    // Narrows (services) or orders (contacts) by this parent; re-queries at once when loaded.
    void setParentId(qint64 parentId);
    // Runs the pending query now.
    void refresh();
    bool isQueryPending() const;

    ReferenceItem item(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A query finished and the rows were replaced.
    void refreshed();

private:
    QSqlDatabase m_db;
    ReferenceKind m_kind;
    QString m_text;
    qint64 m_parentId = 0;
    int m_limit = 50;
    bool m_loaded = false;
    QList<ReferenceItem> m_items;
    QString m_error;
    QTimer *m_timer;
};
