#pragma once

#include "opportunity.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

#include <memory>

namespace Ui {
class OpportunitiesWindow;
}
class QTableWidget;
class QTimer;
class Session;

// The Opportunities list: name, company, contact, owner, created, source lead; newest first,
// searched as you type (the first 500 matches are shown, with the total). Enter or a double-click
// opens an opportunity read-only. The list (and the employee's time zone) load on the session's
// Read lane and fill when they arrive; an answer to an older search is dropped.
class OpportunitiesWindow : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    explicit OpportunitiesWindow(Session *session, QWidget *parent = nullptr);
    ~OpportunitiesWindow() override;

    QTableWidget *table() const;
    QString countText() const;
    void setSearchText(const QString &text);   // runs the search at once
    qint64 opportunityIdAt(int row) const;

public Q_SLOTS:
    void reload();
    void openSelected();

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    // The list arrived and the table shows it (or the count line says why not).
    void reloaded();

private:
    void fill(const QList<Opportunity> &list, qint64 total);

    std::unique_ptr<Ui::OpportunitiesWindow> m_ui;
    Session *m_session;
    QTimeZone m_zone;
    QTimer *m_debounce;
    int m_generation = 0;   // answers to older searches are dropped
};
