#pragma once

#include "referenceitem.h"
#include "referencekind.h"

#include <QWidget>

#include <memory>

class LeadStore;
class QCompleter;
class QKeyEvent;
class QLineEdit;
class ReferenceLookupModel;
class Session;

// A searchable reference field: type a few letters of any part of a name, pick with the arrows
// and Enter or Tab (or the mouse). The list opens on the typed text with its first match
// highlighted; Enter picks the highlighted row, Tab picks it and moves on. The first Down/F4
// opens the list, with or without text. The clear button or erasing the text clears the choice;
// leaving with text that was not picked restores the picked name (or clears the text when none
// was picked), so unpicked text never looks chosen. Tab or Enter pressed before the list opened
// (the look-up of the typed text not answered yet) accepts the first match when the answer comes:
// Tab moves on at once and the pick follows; text that matches nothing is then cleared. The list
// draws each match with a second line (ReferenceItemDelegate).
// The user property `referenceId` (0 = none) is what a QDataWidgetMapper reads and writes.
class ReferencePicker : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 referenceId READ referenceId WRITE setReferenceId NOTIFY changed USER true)

public:
    ReferencePicker(QWidget *parent = nullptr);
    ~ReferencePicker() override;

    // Must be called once before use: the items come from the Session's Read lane.
    void setSource(Session *session, ReferenceKind kind);
    ReferenceKind kind() const { return m_kind; }

    qint64 referenceId() const { return m_id; }
    // Holds `id` at once and shows its name when the look-up (Read lane) answers: itemShown()
    // follows. Emits no changed().
    void setReferenceId(qint64 id);
    // Holds and shows an item already known (no look-up); emits no changed().
    void setItem(const ReferenceItem &item);
    // The picked item (name, parent, detail); empty when nothing is picked.
    ReferenceItem item() const { return m_item; }
    // Narrows (services by direction) or orders (contacts by company) the offered items.
    void setParentId(qint64 parentId);

    // Read-only: no typing, no clear button and no placeholder (the hint comes back with editing).
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    ReferenceLookupModel *lookupModel() const { return m_model; }
    // Picks the row of the offered list (tests and keyboard helpers).
    void pickRow(int row);

Q_SIGNALS:
    // The user picked or cleared an item.
    void changed(qint64 id);
    // The name of the item set by setReferenceId() arrived and is shown.
    void itemShown(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void showList();
    void pick(const ReferenceItem &item);
    void restoreText();
    // Highlights the row Tab or Enter would accept in the freshly opened list.
    void highlightMatch();
    // The visibly highlighted row of the open list, or -1.
    int highlightedRow() const;
    // Tab/Backtab/Enter on the open list: picks the highlighted row; true when the key is spent.
    bool acceptFromList(QKeyEvent *key);
    // The look-up of the typed (unpicked) text is not answered yet: the list is not, or not yet
    // for this text, open.
    bool lookupPending() const;
    // Tab (`leaving`) or Enter pressed while lookupPending(): the answer picks its first match.
    void acceptOnAnswer(bool leaving);
    // The answer to the look-up that acceptOnAnswer() waited for came.
    void applyPendingAccept();

    QLineEdit *m_edit;
    QCompleter *m_completer = nullptr;
    ReferenceLookupModel *m_model = nullptr;
    std::unique_ptr<LeadStore> m_store;
    quint64 m_lookup = 0;   // serial of the newest name look-up
    ReferenceKind m_kind = ReferenceKind::Company;
    qint64 m_id = 0;
    ReferenceItem m_item;
    bool m_popupWanted = false;
    enum class PendingAccept { None, Enter, Leave };
    PendingAccept m_pendingAccept = PendingAccept::None;
    QString m_placeholder;   // shown while editable
};
