#pragma once

#include "leadlistview.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class LeadListWidget;
}
class LeadListModel;
class QComboBox;
class QTimer;
struct LeadListCounts;

// The managers' lead list (spec section 3): search as you type, filters, sortable table with
// chosen/reordered/resized columns, saved views, counts. The working layout and the saved views are
// stored per employee in the database (LeadViewRepository).
class LeadListWidget : public QWidget
{
    Q_OBJECT

public:
    LeadListWidget(QSqlDatabase db, qint64 employeeId, QWidget *parent = nullptr);
    ~LeadListWidget() override;

    LeadListModel *model() const { return m_model; }
    // The filter, sort, visible columns and widths on screen now.
    LeadListView currentView() const;
    // Applies a whole view: filter, search, sort, columns and widths.
    void applyView(const LeadListView &view);
    // The ids of the selected rows, in row order (export, mass actions).
    QList<qint64> selectedLeadIds() const;
    qint64 currentLeadId() const;
    // "1,000,000 leads: New 200,000 · Assigned …", what the status bar shows.
    QString countsText() const { return m_countsText; }
    // Saves the working layout now (it is also saved shortly after every change).
    void saveLayout();

public Q_SLOTS:
    // A lead was saved in the form: its row changes in place; a new lead makes the list reload,
    // keeping the scroll position and the current row.
    void leadSaved(qint64 leadId);
    void focusSearch();
    // Opens the current row's lead (Enter, double-click, the Open lead action).
    void openCurrent();

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    void countsTextChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillFilterChoices();
    void buildColumnsMenu();
    void showQueryInControls(const LeadListQuery &query);
    void changeQuery(const std::function<void(LeadListQuery &)> &change);
    void onCounts(const LeadListCounts &counts);
    void refreshViewNames(const QString &current = QString());
    void saveViewAs();
    void deleteView();
    void switchView(int index);
    void layoutChanged();
    static void selectComboData(QComboBox *combo, const QVariant &value);

    std::unique_ptr<Ui::LeadListWidget> m_ui;
    QSqlDatabase m_db;
    qint64 m_employeeId;
    LeadListModel *m_model;
    QTimer *m_searchTimer;
    QTimer *m_layoutTimer;
    QString m_countsText;
    bool m_applying = false;
};
