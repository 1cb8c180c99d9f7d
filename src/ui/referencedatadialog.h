#pragma once

#include "referencekind.h"
#include "referencerecord.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ReferenceDataDialog;
}
class QTableWidget;
class Session;

// Reference data for crm_admin: pick a list (companies, contacts, campaigns, selling directions,
// services and products, channels), search it, add, edit and delete. Deleting something a lead
// still uses is refused with the reason. Lists load on the session's Read lane and fill when they
// arrive; a deletion runs on the Write lane with the buttons disabled until it answers.
class ReferenceDataDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;

    explicit ReferenceDataDialog(Session *session, QWidget *parent = nullptr);
    ~ReferenceDataDialog() override;

    void setKind(ReferenceKind kind);
    ReferenceKind kind() const;
    void setSearchText(const QString &text);
    QTableWidget *table() const;
    void selectRecord(qint64 id);
    qint64 selectedId() const;
    QString errorText() const;
    // A deletion is running.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Reads the chosen list again (search text as typed); then selects `selectId` when given.
    void reload();
    void reloadAndSelect(qint64 selectId);
    void addRecord();
    void editRecord();
    void deleteRecord();

Q_SIGNALS:
    // The list arrived and the table shows it (or the error line says why not).
    void reloaded();
    // A deletion finished: done (a reload follows) or refused with the reason shown.
    void changeFinished(bool ok);

private:
    void fill(ReferenceKind kind, const QList<ReferenceRecord> &records, qint64 selectId);
    void updateButtons();

    std::unique_ptr<Ui::ReferenceDataDialog> m_ui;
    Session *m_session;
    int m_generation = 0;   // answers to older reloads are dropped
    bool m_busy = false;
};
