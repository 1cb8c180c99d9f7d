#pragma once

#include "leadlistview.h"
#include "leadlistviews.h"
#include "serviceresult.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class LeadListWidget;
}
class LeadListModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class Session;
class QTimer;
struct LeadListCounts;

// The managers' lead list (spec section 3): search as you type, filters, sortable table with
// chosen/reordered/resized columns, saved views, counts. The working layout and the saved views are
// stored per employee in the database; everything is read and written through the Session
// (LeadListModel, LeadListViews), never on the UI thread: the filter choices, the stored layout
// and the view names arrive a moment after construction (filterChoicesLoaded(), layoutRestored(),
// viewNamesLoaded()).
class LeadListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LeadListWidget(Session *session, QWidget *parent = nullptr);
    ~LeadListWidget() override;

    LeadListModel *model() const { return m_model; }
    // The filter, sort, visible columns and widths on screen now.
    LeadListView currentView() const;
    // Applies a whole view: filter, search, sort, columns and widths.
    void applyView(const LeadListView &view);
    // "Selected" below: the selected rows, or the current row when none is selected (every action
    // on the selected leads acts on the current row then).
    // The ids of the selected rows that are loaded, in row order (never waits for the database).
    QList<qint64> selectedLeadIds() const;
    // How many rows are selected, loaded or not (never waits for the database).
    int selectedRowCount() const;
    // The ids of every selected row, in row order: rows not loaded (a "select all" of a million)
    // are read by key ranges on a lane. `done` runs on `context`'s thread (dropped when it is gone);
    // a Failure when reading failed or the list changed meanwhile.
    void resolveSelectedLeadIds(QObject *context, Done<QList<qint64>> done) const;
    qint64 currentLeadId() const;
    // "1,000,000 leads: New 200,000 · Assigned …", what the status bar shows.
    QString countsText() const { return m_countsText; }
    // Saves the working layout now (it is also saved shortly after every change); layoutSaved() follows.
    void saveLayout();
    // Sort by the current column (Ctrl+Alt+S; again: the other way round), Move column left and
    // right (Ctrl+Shift+Left/Right) in the header's order: the table's actions on its current
    // column, active while the focus is in the table, for the window's Leads menu.
    QList<QAction *> columnActions() const { return {m_sortAction, m_moveLeftAction, m_moveRightAction}; }

public Q_SLOTS:
    // A lead was saved in the form: its row changes in place; a new lead (0: several) makes the
    // list read again what it shows (LeadListModel::refresh), keeping the top row, the current
    // lead and the selection. (On PostgreSQL Session::leadsChanged refreshes every list too.)
    void leadSaved(qint64 leadId);
    void focusSearch();
    // Opens the current row's lead (Enter, double-click, the Open lead action).
    void openCurrent();

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    void countsTextChanged(const QString &text);
    // The current view's leads were counted: its filter or search changed, or the list read its
    // leads again after a change (a save here, Session::leadsChanged on PostgreSQL). The dashboard
    // counts currentView() again on it.
    void viewCounted();
    // The employees, selling directions and campaigns of the filters were read.
    void filterChoicesLoaded();
    // The stored working layout was read and applied.
    void layoutRestored();
    // The working layout was written (or failed: `error` not empty).
    void layoutSaved(const QString &error);
    // The names of the saved views were read into the view combo.
    void viewNamesLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The selected rows (or else the current row) as sorted, disjoint [first, last] ranges.
    QList<std::pair<int, int>> selectedRowRanges() const;
    // Puts one of the form's rows into a FlowLayout named `name` of label-field pairs, in its place;
    // `row`, deleted, is set to null.
    void wrapRow(QHBoxLayout *&row, const QString &name);
    void addShortcuts();
    void addColumnActions();
    // The table's current column, shown; -1 when none.
    int currentColumn() const;
    void sortByCurrentColumn();
    // Moves the current column one visible place left (-1) or right (+1) in the header's order.
    void moveCurrentColumn(int step);
    // The visual index of the nearest shown column from `visual` in direction `step`; -1 when none.
    int nextShownVisual(int visual, int step) const;
    void updateColumnActions();
    // Down or Return in the search box: runs a search still pending and puts the focus in the
    // table on its current row, or on the first row (as soon as it arrives) when none is current.
    // The search box's text becomes the query's search (after the typing pause, or at once).
    void applySearchText();
    void enterTable();
    void makeRowCurrent();
    void connectFilters();
    void connectTable();   // sorting, columns, opening, counts and saved views
    void fillFilterChoices();
    void showFilterChoices(const LeadListViews::FilterChoices &choices);
    void buildColumnsMenu();
    void showQueryInControls(const LeadListQuery &query);
    void changeQuery(const std::function<void(LeadListQuery &)> &change);
    void onCounts(const LeadListCounts &counts);
    void addEmptyLabel();
    void refreshViewNames(const QString &current = QString());
    void saveViewAs();
    void deleteView();
    void switchView(int index);
    // The saved view's name at `index` of the view combo (its text may carry "(modified)"); empty
    // for the working layout.
    QString viewName(int index) const;
    // The view on screen differs from the saved view chosen (filter, search, sort or columns).
    bool isViewModified() const;
    // Shows "(modified)" after the chosen view's name in the combo while isViewModified().
    void updateModifiedMark();
    // Reads the saved view `name` as the one the screen is compared with.
    void loadSavedView(const QString &name);
    void showError(const QString &title, const QString &message);
    void layoutChanged();
    static void selectComboData(QComboBox *combo, const QVariant &value);

    std::unique_ptr<Ui::LeadListWidget> m_ui;
    Session *m_session;
    LeadListViews m_views;
    LeadListModel *m_model;
    QTimer *m_searchTimer;
    QTimer *m_layoutTimer;
    QLabel *m_emptyLabel = nullptr;   // "No leads match", over the table while it is empty
    QAction *m_sortAction = nullptr;
    QAction *m_moveLeftAction = nullptr;
    QAction *m_moveRightAction = nullptr;
    QString m_countsText;
    std::optional<LeadListView> m_savedView;   // the saved view chosen, as saved
    bool m_applying = false;
    bool m_currentOnRows = false;   // entered the table before its rows arrived
    int m_currentColumnOnRows = -1;  // the column then (-1: the first shown)
};
