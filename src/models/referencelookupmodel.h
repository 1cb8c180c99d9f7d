#pragma once

#include "leadstore.h"
#include "referenceitem.h"
#include "referencekind.h"

#include <QAbstractListModel>
#include <QList>

class QTimer;
class Session;

// The rows a reference picker offers: at most `limit` items of one kind whose name contains the
// typed text, fetched from ReferenceRepository::search (an indexed, LIMITed query) on the Read lane
// of the Session. Text changes are debounced, so typing a word costs one query, not one per
// keystroke; an answer for an older question never replaces the answer to a newer one.
class ReferenceLookupModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DetailRole,
        ParentIdRole,
        NoteRole,      // the second line: what tells the item apart (ReferenceItem::note)
        SectionRole,   // the heading shown above this row, or empty: see sectionTitle()
    };

    ReferenceLookupModel(Session *session, ReferenceKind kind, QObject *parent = nullptr);

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
    // Starts the pending query now; refreshed() follows when its answer came.
    void refresh();
    // Starts the query waiting for its debounce now (refreshed() follows); nothing when none waits.
    void flush();
    // A query is waiting for its debounce or for its answer.
    bool isQueryPending() const;

    ReferenceItem item(int row) const;
    // The heading of the part of the list that starts at `row`, else empty. Contacts asked with a
    // company: "Contacts of <company>" above its own contacts (they come first) and "Other contacts"
    // above the rest, when both parts are there (one part alone needs no heading). Headings are no
    // rows: the keys, the completion and the row numbers see only the items.
    QString sectionTitle(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The answer to the newest query came and the rows were replaced.
    void refreshed();

private:
    // Both parts are there, each under its heading.
    bool isHeaded() const;
    // The second line of `row`: ReferenceItem::note, without the company under its own heading.
    QString noteOf(int row) const;
    void apply(quint64 serial, qint64 parentId, Result<QList<ReferenceItem>> items);

    LeadStore m_store;
    ReferenceKind m_kind;
    QString m_text;
    qint64 m_parentId = 0;
    qint64 m_answeredParentId = 0;   // the parent of the question the rows answer
    int m_ownRows = 0;               // leading rows that are the answered parent's (contacts)
    int m_limit = 50;
    bool m_loaded = false;
    quint64 m_asked = 0;      // serial of the newest query sent
    quint64 m_answered = 0;   // serial of the newest answer applied
    QList<ReferenceItem> m_items;
    QString m_error;
    QTimer *m_timer;
};
