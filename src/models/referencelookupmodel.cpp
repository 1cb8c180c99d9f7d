#include "referencelookupmodel.h"

#include <QStringList>
#include <QTimer>

ReferenceLookupModel::ReferenceLookupModel(Session *session, ReferenceKind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(session)
    , m_kind(kind)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ReferenceLookupModel::refresh);
}

void ReferenceLookupModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
}

void ReferenceLookupModel::setDebounceInterval(int msec)
{
    m_timer->setInterval(qMax(0, msec));
}

void ReferenceLookupModel::setFilterText(const QString &text)
{
    m_text = text;
    if (m_timer->interval() == 0)
        refresh();
    else
        m_timer->start();
}

void ReferenceLookupModel::setParentId(qint64 parentId)
{
    if (parentId == m_parentId)
        return;
    m_parentId = parentId;
    if (m_loaded)
        refresh();
}

void ReferenceLookupModel::flush()
{
    if (m_timer->isActive())
        refresh();
}

bool ReferenceLookupModel::isQueryPending() const
{
    return m_timer->isActive() || m_answered < m_asked;
}

void ReferenceLookupModel::refresh()
{
    m_timer->stop();
    const quint64 serial = ++m_asked;
    m_store.searchReferences(m_kind, m_text.simplified(), m_parentId, m_limit, this,
                             [this, serial, parentId = m_parentId](Result<QList<ReferenceItem>> items) {
                                 apply(serial, parentId, std::move(items));
                             });
}

void ReferenceLookupModel::apply(quint64 serial, qint64 parentId, Result<QList<ReferenceItem>> items)
{
    // Answers come in order (one lane), but a newer one may already be shown: never go back.
    if (serial < m_asked || serial <= m_answered)
        return;
    m_answered = serial;
    m_error = items.error();
    beginResetModel();
    m_items = items ? std::move(*items) : QList<ReferenceItem>();
    m_answeredParentId = parentId;
    m_ownRows = 0;
    if (m_kind == ReferenceKind::Contact && parentId > 0) {
        while (m_ownRows < m_items.size() && m_items.at(m_ownRows).parentId == parentId)
            ++m_ownRows;
    }
    m_loaded = true;
    endResetModel();
    Q_EMIT refreshed();
}

ReferenceItem ReferenceLookupModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : ReferenceItem();
}

bool ReferenceLookupModel::isHeaded() const
{
    return m_ownRows > 0 && m_ownRows < m_items.size();
}

QString ReferenceLookupModel::noteOf(int row) const
{
    const ReferenceItem &it = m_items.at(row);
    // Under the heading "Contacts of <company>" the company's name is not said again on each line.
    return isHeaded() && row < m_ownRows ? it.detail : it.note;
}

QString ReferenceLookupModel::sectionTitle(int row) const
{
    if (!isHeaded())
        return QString();
    if (row == 0) {
        const QString company = m_items.first().parentName;
        return company.isEmpty() ? tr("Contacts of the company") : tr("Contacts of %1").arg(company);
    }
    return row == m_ownRows ? tr("Other contacts") : QString();
}

int ReferenceLookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReferenceLookupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReferenceItem &it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return it.name;
    case Qt::ToolTipRole: {
        const QString more = it.note.isEmpty() ? it.detail : it.note;
        return more.isEmpty() ? it.name : it.name + QStringLiteral(" — ") + more;
    }
    case Qt::AccessibleTextRole: {
        // Read as seen: the heading (when one starts here), the name, the second line.
        QStringList parts{sectionTitle(index.row()), it.name, noteOf(index.row())};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case IdRole:
        return it.id;
    case DetailRole:
        return it.detail;
    case ParentIdRole:
        return it.parentId;
    case NoteRole:
        return noteOf(index.row());
    case SectionRole:
        return sectionTitle(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferenceLookupModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "referenceId");
    names.insert(DetailRole, "detail");
    names.insert(ParentIdRole, "parentId");
    names.insert(NoteRole, "note");
    names.insert(SectionRole, "section");
    return names;
}
