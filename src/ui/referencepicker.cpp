#include "referencepicker.h"

#include "leadstore.h"
#include "referenceitemdelegate.h"
#include "referencelookupmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>

ReferencePicker::ReferencePicker(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_placeholder = tr("Type to search…");
    m_edit->setPlaceholderText(m_placeholder);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(m_edit->sizePolicy());
    connect(m_edit, &QLineEdit::textEdited, this, &ReferencePicker::onTextEdited);
}

ReferencePicker::~ReferencePicker() = default;

void ReferencePicker::setSource(Session *session, ReferenceKind kind)
{
    m_store = std::make_unique<LeadStore>(session);
    m_kind = kind;
    m_model = new ReferenceLookupModel(session, kind, this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWrapAround(false);   // Down on the last row stays there, never on "nothing"
    m_completer->setWidget(m_edit);
    m_completer->popup()->setAccessibleName(accessibleName());
    // Two-line matches and part headings make rows of different heights.
    if (auto *list = qobject_cast<QListView *>(m_completer->popup()))
        list->setUniformItemSizes(false);
    m_completer->popup()->setItemDelegate(new ReferenceItemDelegate(m_completer->popup()));
    // Installed after the completer's own filter, so it sees the list's keys first.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pickRow(index.row()); });
    connect(m_model, &ReferenceLookupModel::refreshed, this, [this] {
        if (m_pendingAccept != PendingAccept::None) {
            applyPendingAccept();
            return;
        }
        if (!m_popupWanted || !m_edit->hasFocus() || m_edit->isReadOnly())
            return;
        if (m_model->rowCount() == 0) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->complete();
        highlightMatch();
    });
}

void ReferencePicker::setReferenceId(qint64 id)
{
    id = qMax<qint64>(0, id);
    if (id == m_id && (id == 0 || m_item.id == id)) {
        restoreText();
        return;
    }
    m_id = id;
    m_item = ReferenceItem();
    m_pendingAccept = PendingAccept::None;
    const quint64 serial = ++m_lookup;
    restoreText();
    if (id == 0 || !m_store)
        return;
    m_store->findReference(m_kind, id, this, [this, id, serial](Result<ReferenceItem> item) {
        // A newer choice (a pick, another id) wins over a late answer.
        if (serial != m_lookup || m_id != id)
            return;
        if (item) {
            m_item = *item;
        } else {
            m_item = ReferenceItem();
            m_item.id = id;
            m_item.name = tr("#%1 (not found)").arg(id);
        }
        restoreText();
        Q_EMIT itemShown(id);
    });
}

void ReferencePicker::setItem(const ReferenceItem &item)
{
    ++m_lookup;
    m_pendingAccept = PendingAccept::None;
    m_id = qMax<qint64>(0, item.id);
    m_item = m_id > 0 ? item : ReferenceItem();
    restoreText();
}

void ReferencePicker::setParentId(qint64 parentId)
{
    if (m_model)
        m_model->setParentId(parentId);
}

void ReferencePicker::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    // A read-only field invites no typing: no "Type to search…" on it.
    m_edit->setPlaceholderText(readOnly ? QString() : m_placeholder);
}

void ReferencePicker::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (!m_edit->isReadOnly())
        m_edit->setPlaceholderText(text);
}

void ReferencePicker::onTextEdited(const QString &text)
{
    m_pendingAccept = PendingAccept::None;   // new text: a new question
    if (text.trimmed().isEmpty()) {
        // Erasing the text (or the clear button) clears the choice.
        const bool had = m_id != 0;
        ++m_lookup;
        m_id = 0;
        m_item = ReferenceItem();
        if (had)
            Q_EMIT changed(0);
        m_popupWanted = false;
        if (m_completer)
            m_completer->popup()->hide();
        return;
    }
    m_popupWanted = true;
    // The open list answers the text before this key: its highlight is no match for the new
    // text until the new answer comes.
    if (m_completer)
        m_completer->popup()->selectionModel()->clear();
    if (m_model)
        m_model->setFilterText(text);
}

void ReferencePicker::highlightMatch()
{
    // Typed text: its best match, which Tab or Enter accepts. The whole list (Down on the picked
    // name or on nothing): the picked item, so that Tab keeps it, else the first row, so that one
    // Down and Enter pick it.
    int row = 0;
    if (m_edit->text() == m_item.name && m_id != 0) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->item(r).id == m_id) {
                row = r;
                break;
            }
        }
    }
    QAbstractItemView *list = m_completer->popup();
    const QModelIndex index = m_completer->completionModel()->index(row, 0);
    list->setCurrentIndex(index);
    list->scrollTo(index);
}

int ReferencePicker::highlightedRow() const
{
    if (!m_completer || !m_completer->popup()->isVisible())
        return -1;
    QAbstractItemView *list = m_completer->popup();
    const QModelIndex current = list->currentIndex();
    return current.isValid() && list->selectionModel()->isSelected(current) ? current.row() : -1;
}

bool ReferencePicker::acceptFromList(QKeyEvent *key)
{
    const bool leaving = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!leaving && !enter)
        return false;
    if (leaving && (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const int row = highlightedRow();
    if (row >= 0) {
        pickRow(row);   // exactly as a click on the row; closes the list
    } else if (lookupPending()) {
        // The open list answers older text (typed on past it): its answer for this text decides.
        m_completer->popup()->hide();
        acceptOnAnswer(leaving);
    } else {
        m_popupWanted = false;
        m_completer->popup()->hide();
    }
    // Enter is spent here; Tab goes on to the line edit (through the completer), which moves the
    // focus with the list closed, so leaving sees no open list and restores the text.
    return enter;
}

bool ReferencePicker::lookupPending() const
{
    return m_model && m_popupWanted && m_model->isQueryPending() && !m_edit->isReadOnly()
        && !m_edit->text().trimmed().isEmpty() && m_edit->text() != m_item.name;
}

void ReferencePicker::acceptOnAnswer(bool leaving)
{
    // Never waits here: the key goes on (Tab moves the focus at once) and the answer picks.
    m_pendingAccept = leaving ? PendingAccept::Leave : PendingAccept::Enter;
    m_model->flush();   // the debounce is for typing, and the typing is over
}

void ReferencePicker::applyPendingAccept()
{
    const bool left = m_pendingAccept == PendingAccept::Leave;
    m_pendingAccept = PendingAccept::None;
    if (m_model->rowCount() > 0) {
        pickRow(0);   // the match the open list would have highlighted
        return;
    }
    m_popupWanted = false;
    if (m_completer)
        m_completer->popup()->hide();
    // Nothing matches: text left behind is no choice (as when Tab leaves an open list); after Enter
    // the text stays to be corrected.
    if (left && !m_edit->hasFocus())
        restoreText();
}

void ReferencePicker::showList()
{
    if (!m_model || m_edit->isReadOnly())
        return;
    m_popupWanted = true;
    // The picked name shown in full means "show everything"; half-typed text filters.
    const QString text = m_edit->text() == m_item.name ? QString() : m_edit->text();
    m_model->setFilterText(text);
    m_model->refresh();
}

void ReferencePicker::pickRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    pick(m_model->item(row));
}

void ReferencePicker::pick(const ReferenceItem &item)
{
    ++m_lookup;
    m_popupWanted = false;
    m_pendingAccept = PendingAccept::None;
    if (m_completer)
        m_completer->popup()->hide();   // a pick closes the list, however it was made
    const bool changedId = item.id != m_id;
    m_id = item.id;
    m_item = item;
    restoreText();
    if (changedId)
        Q_EMIT changed(m_id);
}

void ReferencePicker::restoreText()
{
    if (m_edit->text() != m_item.name)
        m_edit->setText(m_item.name);
    const QString more = m_item.note.isEmpty() ? m_item.detail : m_item.note;
    m_edit->setToolTip(more.isEmpty() ? QString() : m_item.name + QStringLiteral(" — ") + more);
}

bool ReferencePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (m_completer && watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        if (acceptFromList(static_cast<QKeyEvent *>(event)))
            return true;
    } else if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool popupOpen = m_completer && m_completer->popup()->isVisible();
            if (!popupOpen && (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier)
                               || (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier))) {
                showList();
                return true;
            }
            const bool accepting = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab
                || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (!popupOpen && accepting && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                && lookupPending()) {
                // Typed, and Tab or Enter before the list opened: the look-up's answer picks.
                const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
                acceptOnAnswer(!enter);
                if (enter)
                    return true;
            }
            if (!popupOpen && key->key() == Qt::Key_Escape && m_edit->text() != m_item.name) {
                restoreText();
                return true;
            }
        } else if (event->type() == QEvent::FocusIn && m_pendingAccept == PendingAccept::Leave) {
            // Back in the field before the answer came: it opens the list instead of picking.
            m_pendingAccept = PendingAccept::None;
        } else if (event->type() == QEvent::FocusOut) {
            // Half-typed text is no choice: show the picked name again (nothing when none was
            // picked), so that text matching nothing is never left looking chosen.
            // Text whose look-up Tab left waiting keeps showing until the answer picks or clears it.
            if (!(m_completer && m_completer->popup()->isVisible()) && m_pendingAccept != PendingAccept::Leave) {
                m_popupWanted = false;
                restoreText();
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
