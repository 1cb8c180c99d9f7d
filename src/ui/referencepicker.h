#pragma once

#include "referencerepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QCompleter;
class QLineEdit;
class ReferenceLookupModel;

// A searchable reference field: type a few letters of any part of a name, pick with the arrows
// and Enter (or the mouse). Down/F4 opens the list without typing; the clear button or erasing
// the text clears the choice; leaving with half-typed text restores the picked name.
// The user property `referenceId` (0 = none) is what a QDataWidgetMapper reads and writes.
class ReferencePicker : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 referenceId READ referenceId WRITE setReferenceId NOTIFY changed USER true)

public:
    ReferencePicker(QWidget *parent = nullptr);
    ~ReferencePicker() override;

    // Must be called once before use.
    void setSource(QSqlDatabase db, ReferenceKind kind);
    ReferenceKind kind() const { return m_kind; }

    qint64 referenceId() const { return m_id; }
    // Shows the item's name (looked up by id, one indexed query); emits nothing.
    void setReferenceId(qint64 id);
    // The picked item (name, parent, detail); empty when nothing is picked.
    ReferenceItem item() const { return m_item; }
    // Narrows (services by direction) or orders (contacts by company) the offered items.
    void setParentId(qint64 parentId);

    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    ReferenceLookupModel *lookupModel() const { return m_model; }
    // Picks the row of the offered list (tests and keyboard helpers).
    void pickRow(int row);

Q_SIGNALS:
    // The user picked or cleared an item.
    void changed(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void showList();
    void pick(const ReferenceItem &item);
    void restoreText();

    QLineEdit *m_edit;
    QCompleter *m_completer = nullptr;
    ReferenceLookupModel *m_model = nullptr;
    QSqlDatabase m_db;
    ReferenceKind m_kind = ReferenceKind::Company;
    qint64 m_id = 0;
    ReferenceItem m_item;
    bool m_popupWanted = false;
};
