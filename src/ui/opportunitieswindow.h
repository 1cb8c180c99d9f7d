#pragma once

#include "employee.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QTimeZone>

#include <memory>

namespace Ui {
class OpportunitiesWindow;
}
class QTableWidget;
class QTimer;

// The Opportunities list: name, company, contact, owner, created, source lead; newest first,
// searched as you type (the first 500 matches are shown, with the total). Enter or a double-click
// opens an opportunity read-only.
class OpportunitiesWindow : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    OpportunitiesWindow(QSqlDatabase db, const Employee &me, QWidget *parent = nullptr);
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

private:
    std::unique_ptr<Ui::OpportunitiesWindow> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    QTimeZone m_zone;
    QTimer *m_debounce;
};
