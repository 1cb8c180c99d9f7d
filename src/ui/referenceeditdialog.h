#pragma once

#include "referencekind.h"
#include "referencerecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReferenceEditDialog;
}
class Session;

// Adds or edits one reference record; only the fields of its kind are shown (a company: name,
// website, TIN; a contact: the person's fields and company; a service: name and selling direction).
// The record loads on the session's Read lane; the save runs on the Write lane, OK disabled until
// it answers. Errors name the field.
class ReferenceEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `id` 0: a new record.
    ReferenceEditDialog(Session *session, ReferenceKind kind, qint64 id = 0, QWidget *parent = nullptr);
    ~ReferenceEditDialog() override;

    qint64 recordId() const { return m_record.id; }
    QString errorText() const;
    // The input with this accessible name ("TIN"), for tests and automation.
    QWidget *input(const QString &label) const;
    // The record to edit arrived (at once for a new one).
    bool isLoaded() const { return m_loaded; }
    // A save is running: OK is disabled and a second submit is refused.
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The record to edit arrived and the fields show it (or the error line says why not).
    void loaded();
    // A submit ended: saved (and the dialog accepted), or refused with the reason shown.
    void saveFinished(bool ok);

private:
    void showRows();
    void showRecord();
    ReferenceRecord recordFromFields() const;
    void setSaving(bool saving);

    std::unique_ptr<Ui::ReferenceEditDialog> m_ui;
    Session *m_session;
    ReferenceKind m_kind;
    ReferenceRecord m_record;
    bool m_loaded = false;
    bool m_saving = false;
    QString m_okText;   // OK's label while it says "Saving…"
};
