#include "leadlistwidget.h"
#include "ui_leadlistwidget.h"

#include "flowlayout.h"
#include "leadlistmodel.h"
#include "session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int SearchDelayMs = 200;
constexpr int LayoutSaveDelayMs = 800;
const QDate AnyDate(2000, 1, 1);

QDate dateOrNull(const QDate &date)
{
    return date <= AnyDate ? QDate() : date;
}

} // namespace

LeadListWidget::LeadListWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LeadListWidget>())
    , m_session(session)
    , m_views(session)
    , m_model(new LeadListModel(session, this))
    , m_searchTimer(new QTimer(this))
    , m_layoutTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The search row and the filter row wrap onto further lines when the window is narrow (at 200%
    // scale, say) instead of squeezing the search field or the labels.
    wrapRow(m_ui->searchRow, QStringLiteral("searchFlow"));
    wrapRow(m_ui->filterRow, QStringLiteral("filterFlow"));
    m_ui->table->setModel(m_model);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultSectionSize(120);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->table->installEventFilter(this);
    // Down in the search box enters the table; Tab leaves a date filter (see eventFilter).
    m_ui->searchEdit->installEventFilter(this);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_layoutTimer->setSingleShot(true);
    m_layoutTimer->setInterval(LayoutSaveDelayMs);

    for (QDateEdit *edit : {m_ui->createdFromEdit, m_ui->createdToEdit}) {
        edit->setMinimumDate(AnyDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(AnyDate);
        edit->installEventFilter(this);
    }
    fillFilterChoices();
    buildColumnsMenu();
    addShortcuts();
    addColumnActions();
    addEmptyLabel();
    connectFilters();
    connectTable();

    // The employee's working layout from last time.
    m_views.loadCurrent(this, [this](Result<LeadListView> view) {
        if (!view)
            showError(tr("Lead list"), view.error());
        const LeadListView shown = view.value_or(LeadListView());
        applyView(shown);
        refreshViewNames(shown.name);
        Q_EMIT layoutRestored();
    });
}

void LeadListWidget::wrapRow(QHBoxLayout *&row, const QString &name)
{
    // Each label stays on one line with its field (a flow of label-field pairs). The widgets keep
    // their parent, hence their Tab order.
    auto *flow = new FlowLayout(-1, row->spacing() >= 0 ? row->spacing() : -1);
    flow->setObjectName(name);
    flow->setContentsMargins(row->contentsMargins());
    QList<QWidget *> widgets;
    while (QLayoutItem *item = row->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widgets.append(widget);
        delete item;   // the spacer, or the item around a widget
    }
    for (int i = 0; i < widgets.size(); ++i) {
        auto *pair = new QHBoxLayout;
        pair->setSpacing(3);
        pair->addWidget(widgets.at(i));
        // A label goes with its field.
        if (auto *label = qobject_cast<QLabel *>(widgets.at(i)); label && label->buddy() && i + 1 < widgets.size()
                                                                 && widgets.at(i + 1) == label->buddy())
            pair->addWidget(widgets.at(++i));
        flow->addItem(pair);
    }
    const int index = m_ui->mainLayout->indexOf(row);
    delete m_ui->mainLayout->takeAt(index);   // the row's item; the row itself is deleted with it
    row = nullptr;
    m_ui->mainLayout->insertLayout(index, flow);
}

void LeadListWidget::addShortcuts()
{
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, &LeadListWidget::focusSearch);
    addAction(findAction);
    auto *saveViewAction = new QAction(tr("Save view"), this);
    saveViewAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(saveViewAction, &QAction::triggered, this, &LeadListWidget::saveViewAs);
    addAction(saveViewAction);
    auto *clearAction = new QAction(tr("Clear filters"), this);
    clearAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(clearAction, &QAction::triggered, m_ui->clearFiltersButton, &QPushButton::click);
    addAction(clearAction);
    auto *columnsAction = new QAction(tr("Columns"), this);
    columnsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(columnsAction, &QAction::triggered, m_ui->columnsButton, &QToolButton::showMenu);
    addAction(columnsAction);
}

void LeadListWidget::addColumnActions()
{
    // On the table only: Ctrl+Shift+Left/Right keep selecting words in the search box.
    const auto make = [this](const QString &text, const QKeySequence &keys, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        m_ui->table->addAction(action);
        return action;
    };
    m_sortAction = make(tr("&Sort by current column"), QKeySequence(tr("Ctrl+Alt+S")),
                        tr("Sort the list by the current column; again to reverse the order"));
    m_moveLeftAction = make(tr("Move column &left"), QKeySequence(tr("Ctrl+Shift+Left")),
                            tr("Move the current column one place to the left"));
    m_moveRightAction = make(tr("Move column &right"), QKeySequence(tr("Ctrl+Shift+Right")),
                             tr("Move the current column one place to the right"));
    connect(m_sortAction, &QAction::triggered, this, &LeadListWidget::sortByCurrentColumn);
    connect(m_moveLeftAction, &QAction::triggered, this, [this] { moveCurrentColumn(-1); });
    connect(m_moveRightAction, &QAction::triggered, this, [this] { moveCurrentColumn(+1); });
    updateColumnActions();
}

int LeadListWidget::currentColumn() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid() || m_ui->table->horizontalHeader()->isSectionHidden(current.column()))
        return -1;
    return current.column();
}

void LeadListWidget::sortByCurrentColumn()
{
    const int column = currentColumn();
    if (column < 0)
        return;
    // A new column sorts ascending; the column sorted by already turns round.
    const LeadListQuery &query = m_model->query();
    Qt::SortOrder order = Qt::AscendingOrder;
    if (int(query.sortColumn) == column)
        order = query.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    // As a header click: the indicator follows and sortIndicatorChanged sorts and saves the layout.
    // The rows are read anew (the model resets): the first of them becomes current in this
    // column, so that the same key turns the order round.
    m_ui->table->horizontalHeader()->setSortIndicator(column, order);
    m_currentOnRows = true;
    m_currentColumnOnRows = column;
    makeRowCurrent();
}

int LeadListWidget::nextShownVisual(int visual, int step) const
{
    const QHeaderView *header = m_ui->table->horizontalHeader();
    for (int v = visual + step; v >= 0 && v < header->count(); v += step) {
        if (!header->isSectionHidden(header->logicalIndex(v)))
            return v;
    }
    return -1;
}

void LeadListWidget::moveCurrentColumn(int step)
{
    const int column = currentColumn();
    if (column < 0)
        return;
    QHeaderView *header = m_ui->table->horizontalHeader();
    const int to = nextShownVisual(header->visualIndex(column), step);
    if (to < 0)
        return;
    // As a header drag: sectionMoved saves the layout; the current cell stays on the column.
    header->moveSection(header->visualIndex(column), to);
    m_ui->table->scrollTo(m_ui->table->currentIndex());
}

void LeadListWidget::updateColumnActions()
{
    const int column = currentColumn();
    const int visual = column < 0 ? -1 : m_ui->table->horizontalHeader()->visualIndex(column);
    m_sortAction->setEnabled(column >= 0);
    m_moveLeftAction->setEnabled(column >= 0 && nextShownVisual(visual, -1) >= 0);
    m_moveRightAction->setEnabled(column >= 0 && nextShownVisual(visual, +1) >= 0);
}

void LeadListWidget::addEmptyLabel()
{
    // An overlay on the table's rows (it cannot be laid out in the form): shown once the counts say
    // the view is empty, hidden as soon as the query changes.
    m_emptyLabel = new QLabel(m_ui->table->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->hide();
    auto *layout = new QVBoxLayout(m_ui->table->viewport());
    layout->addWidget(m_emptyLabel);
    connect(m_emptyLabel, &QLabel::linkActivated, m_ui->clearFiltersButton, &QPushButton::click);
    connect(m_model, &QAbstractItemModel::modelReset, m_emptyLabel, &QWidget::hide);
}

void LeadListWidget::connectFilters()
{
    // Search as you type, debounced; filters apply at once.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LeadListWidget::applySearchText);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] { enterTable(); });
    connect(m_ui->mineCheck, &QCheckBox::toggled, this, [this](bool on) {
        changeQuery([on](LeadListQuery &q) { q.onlyMine = on; });
    });
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_ui->stateCombo->currentData().toInt();
        changeQuery([v](LeadListQuery &q) { q.states = v ? QList<LeadState>{LeadState(v)} : QList<LeadState>(); });
    });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_ui->sourceCombo->currentData().toInt();
        changeQuery([v](LeadListQuery &q) { q.sources = v ? QList<LeadSource>{LeadSource(v)} : QList<LeadSource>(); });
    });
    const auto idFilter = [this](QComboBox *combo, QList<qint64> LeadListQuery::*member) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, member] {
            const QVariant v = combo->currentData();
            changeQuery([v, member](LeadListQuery &q) {
                q.*member = v.isValid() ? QList<qint64>{v.toLongLong()} : QList<qint64>();
            });
        });
    };
    idFilter(m_ui->ownerCombo, &LeadListQuery::ownerIds);
    idFilter(m_ui->directionCombo, &LeadListQuery::sellingDirectionIds);
    idFilter(m_ui->campaignCombo, &LeadListQuery::campaignIds);
    connect(m_ui->createdFromEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        changeQuery([d](LeadListQuery &q) { q.createdFrom = dateOrNull(d); });
    });
    connect(m_ui->createdToEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        changeQuery([d](LeadListQuery &q) { q.createdTo = dateOrNull(d); });
    });
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        LeadListQuery cleared;
        cleared.sortColumn = m_model->query().sortColumn;   // the sort is not a filter
        cleared.sortOrder = m_model->query().sortOrder;
        m_searchTimer->stop();
        showQueryInControls(cleared);
        m_model->setQuery(cleared);
        layoutChanged();
    });
}

void LeadListWidget::connectTable()
{
    // Sorting: a header click asks the model, which sorts in SQL.
    QHeaderView *header = m_ui->table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (m_applying)
            return;
        m_model->sort(section, order);
        layoutChanged();
    });
    connect(header, &QHeaderView::sectionMoved, this, &LeadListWidget::layoutChanged);
    // The column actions follow the current cell and the header's order.
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LeadListWidget::updateColumnActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadListWidget::updateColumnActions);
    connect(header, &QHeaderView::sectionMoved, this, &LeadListWidget::updateColumnActions);
    connect(header, &QHeaderView::sectionResized, this, &LeadListWidget::layoutChanged);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_ui->columnsButton->menu()->popup(m_ui->table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_ui->table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(LeadListModel::LeadIdRole).toLongLong())
            Q_EMIT openLeadRequested(id);
    });
    connect(m_layoutTimer, &QTimer::timeout, this, &LeadListWidget::saveLayout);

    connect(m_model, &LeadListModel::countsChanged, this, &LeadListWidget::onCounts);
    // Entered from the search box before the rows arrived: the first row becomes current then.
    connect(m_model, &LeadListModel::pageLoaded, this, [this] {
        if (m_currentOnRows)
            makeRowCurrent();
    });
    connect(m_model, &LeadListModel::errorOccurred, this, [this](const QString &message) {
        m_countsText = message;
        Q_EMIT countsTextChanged(message);
    });

    // Saved views.
    connect(m_ui->saveViewButton, &QPushButton::clicked, this, &LeadListWidget::saveViewAs);
    connect(m_ui->deleteViewButton, &QPushButton::clicked, this, &LeadListWidget::deleteView);
    connect(m_ui->viewCombo, &QComboBox::activated, this, &LeadListWidget::switchView);
}

LeadListWidget::~LeadListWidget()
{
    if (m_layoutTimer->isActive())
        saveLayout();
}

void LeadListWidget::fillFilterChoices()
{
    const QString any = tr("Any");
    m_ui->stateCombo->addItem(any, 0);
    for (LeadState state : LeadStates::all())
        m_ui->stateCombo->addItem(LeadStates::label(state), int(state));
    m_ui->sourceCombo->addItem(any, 0);
    for (LeadSource source : LeadSources::all())
        m_ui->sourceCombo->addItem(LeadSources::label(source), int(source));
    m_ui->ownerCombo->addItem(any);
    m_ui->ownerCombo->addItem(tr("Nobody (unassigned)"), qint64(0));
    m_ui->directionCombo->addItem(any);
    m_ui->directionCombo->addItem(tr("None"), qint64(0));
    m_ui->campaignCombo->addItem(any);
    m_ui->campaignCombo->addItem(tr("None"), qint64(0));
    m_views.loadChoices(this, [this](Result<LeadListViews::FilterChoices> choices) {
        if (!choices)
            showError(tr("Lead list"), choices.error());
        else
            showFilterChoices(*choices);
        Q_EMIT filterChoicesLoaded();
    });
}

void LeadListWidget::showFilterChoices(const LeadListViews::FilterChoices &choices)
{
    {
        const QSignalBlocker blockOwner(m_ui->ownerCombo);
        const QSignalBlocker blockDirection(m_ui->directionCombo);
        const QSignalBlocker blockCampaign(m_ui->campaignCombo);
        for (const Employee &e : choices.employees)
            m_ui->ownerCombo->addItem(e.displayName, e.id);
        for (const ReferenceItem &item : choices.directions)
            m_ui->directionCombo->addItem(item.name, item.id);
        for (const ReferenceItem &item : choices.campaigns)
            m_ui->campaignCombo->addItem(item.name, item.id);
        m_ui->directionCombo->setMaxVisibleItems(20);
        m_ui->campaignCombo->setMaxVisibleItems(20);
    }
    // A filter applied before the choices arrived now shows its choice.
    showQueryInControls(currentView().query);
}

void LeadListWidget::buildColumnsMenu()
{
    auto *menu = new QMenu(m_ui->columnsButton);
    for (LeadListColumn column : LeadListColumns::all()) {
        QAction *action = menu->addAction(LeadListColumns::label(column));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            QHeaderView *header = m_ui->table->horizontalHeader();
            // At least one column stays visible.
            if (!on && header->count() - header->hiddenSectionCount() <= 1) {
                QSignalBlocker block(sender());
                qobject_cast<QAction *>(sender())->setChecked(true);
                return;
            }
            header->setSectionHidden(int(column), !on);
            updateColumnActions();
            layoutChanged();
        });
    }
    m_ui->columnsButton->setMenu(menu);
}

void LeadListWidget::selectComboData(QComboBox *combo, const QVariant &value)
{
    int index = 0;
    if (value.isValid()) {
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant d = combo->itemData(i);
            if (d.isValid() && d.toLongLong() == value.toLongLong()) {
                index = i;
                break;
            }
        }
    }
    combo->setCurrentIndex(index);
}

void LeadListWidget::showQueryInControls(const LeadListQuery &query)
{
    const QList<QWidget *> controls{m_ui->searchEdit, m_ui->mineCheck, m_ui->stateCombo, m_ui->sourceCombo,
                                    m_ui->ownerCombo, m_ui->directionCombo, m_ui->campaignCombo,
                                    m_ui->createdFromEdit, m_ui->createdToEdit};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : controls)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    m_ui->searchEdit->setText(query.searchText);
    m_ui->mineCheck->setChecked(query.onlyMine);
    selectComboData(m_ui->stateCombo, query.states.size() == 1 ? QVariant(int(query.states.first())) : QVariant(0));
    selectComboData(m_ui->sourceCombo, query.sources.size() == 1 ? QVariant(int(query.sources.first())) : QVariant(0));
    selectComboData(m_ui->ownerCombo, query.ownerIds.size() == 1 ? QVariant(query.ownerIds.first()) : QVariant());
    selectComboData(m_ui->directionCombo,
                    query.sellingDirectionIds.size() == 1 ? QVariant(query.sellingDirectionIds.first()) : QVariant());
    selectComboData(m_ui->campaignCombo, query.campaignIds.size() == 1 ? QVariant(query.campaignIds.first()) : QVariant());
    m_ui->createdFromEdit->setDate(query.createdFrom.isValid() ? query.createdFrom : AnyDate);
    m_ui->createdToEdit->setDate(query.createdTo.isValid() ? query.createdTo : AnyDate);
}

void LeadListWidget::changeQuery(const std::function<void(LeadListQuery &)> &change)
{
    if (m_applying)
        return;
    LeadListQuery query = m_model->query();
    change(query);
    if (query == m_model->query())
        return;
    m_model->setQuery(query);
    layoutChanged();
}

LeadListView LeadListWidget::currentView() const
{
    LeadListView view;
    view.name = viewName(m_ui->viewCombo->currentIndex());
    view.query = m_model->query();
    if (m_searchTimer->isActive())
        view.query.searchText = m_ui->searchEdit->text();
    const QHeaderView *header = m_ui->table->horizontalHeader();
    view.columns.clear();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            view.columns.append(LeadListColumn(logical));
        view.widths.insert(LeadListColumn(logical), header->sectionSize(logical));
    }
    return view;
}

void LeadListWidget::applyView(const LeadListView &view)
{
    m_applying = true;
    QHeaderView *header = m_ui->table->horizontalHeader();
    // Order: the view's columns first in its order, the hidden ones after them.
    QList<LeadListColumn> order = view.columns;
    for (LeadListColumn column : LeadListColumns::all()) {
        if (!order.contains(column))
            order.append(column);
    }
    for (int visual = 0; visual < order.size(); ++visual) {
        const int from = header->visualIndex(int(order[visual]));
        if (from != visual)
            header->moveSection(from, visual);
    }
    for (LeadListColumn column : LeadListColumns::all()) {
        const bool shown = view.columns.contains(column);
        header->setSectionHidden(int(column), !shown);
        if (view.widths.contains(column))
            header->resizeSection(int(column), view.widths.value(column));
        else if (column == LeadListColumn::Name)
            header->resizeSection(int(column), 280);   // lead names run long ("Заявка с сайта — …")
        else if (column == LeadListColumn::Company)
            header->resizeSection(int(column), 200);
        else if (column == LeadListColumn::Number)
            header->resizeSection(int(column), 70);
        else   // wide enough for its heading ("Направление продаж" is wider than the default)
            header->resizeSection(int(column), std::max(header->defaultSectionSize(), header->sectionSizeHint(int(column))));
    }
    for (QAction *action : m_ui->columnsButton->menu()->actions()) {
        QSignalBlocker block(action);
        action->setChecked(view.columns.contains(LeadListColumn(action->data().toInt())));
    }
    m_searchTimer->stop();
    showQueryInControls(view.query);
    header->setSortIndicator(int(view.query.sortColumn), view.query.sortOrder);
    m_model->setQuery(view.query);
    m_applying = false;
    updateColumnActions();
}

QList<std::pair<int, int>> LeadListWidget::selectedRowRanges() const
{
    // A row selection repeats each row per column range: sort and merge into disjoint row ranges
    // (a linear contains() per row made selecting many thousand rows quadratic).
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_ui->table->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    // Nothing selected: the current row is the selection (moved to with Ctrl+arrows, or a
    // selection cleared), as in every list of Dynamics or Outlook - an action never finds "none".
    if (ranges.isEmpty()) {
        const QModelIndex current = m_ui->table->currentIndex();
        if (current.isValid())
            ranges.append({current.row(), current.row()});
        return ranges;
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

int LeadListWidget::selectedRowCount() const
{
    int count = 0;
    for (const auto &[first, last] : selectedRowRanges())
        count += last - first + 1;
    return count;
}

QList<qint64> LeadListWidget::selectedLeadIds() const
{
    QList<qint64> ids;
    for (const auto &[first, last] : selectedRowRanges()) {
        for (int row = first; row <= last; ++row) {
            if (const qint64 id = m_model->leadIdAt(row))
                ids.append(id);
        }
    }
    return ids;
}

void LeadListWidget::resolveSelectedLeadIds(QObject *context, Done<QList<qint64>> done) const
{
    m_model->resolveIds(selectedRowRanges(), context, std::move(done));
}

qint64 LeadListWidget::currentLeadId() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? m_model->leadIdAt(current.row()) : 0;
}

void LeadListWidget::openCurrent()
{
    if (const qint64 id = currentLeadId())
        Q_EMIT openLeadRequested(id);
}

void LeadListWidget::applySearchText()
{
    changeQuery([this](LeadListQuery &q) { q.searchText = m_ui->searchEdit->text(); });
}

void LeadListWidget::enterTable()
{
    // A search still waiting for its pause runs now, so the rows entered are the ones typed for.
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        applySearchText();
    }
    m_ui->table->setFocus(Qt::TabFocusReason);
    m_currentOnRows = true;
    makeRowCurrent();
}

void LeadListWidget::makeRowCurrent()
{
    if (!m_ui->table->hasFocus()) {
        m_currentOnRows = false;   // the user went elsewhere meanwhile
        m_currentColumnOnRows = -1;
        return;
    }
    const QModelIndex current = m_ui->table->currentIndex();
    if (current.isValid()) {
        // The current row stays; it is selected unless a selection exists already.
        if (!m_ui->table->selectionModel()->hasSelection())
            m_ui->table->selectionModel()->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_currentOnRows = false;
        m_currentColumnOnRows = -1;
        return;
    }
    if (m_model->rowCount() == 0)
        return;   // not arrived yet (or none match): pageLoaded() comes back here
    // The first row, in the column asked for or else its first visible column.
    const QHeaderView *header = m_ui->table->horizontalHeader();
    int column = m_currentColumnOnRows;
    m_currentColumnOnRows = -1;
    for (int visual = 0; column < 0 && visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual))) {
            column = header->logicalIndex(visual);
            break;
        }
    }
    m_ui->table->selectionModel()->setCurrentIndex(m_model->index(0, column),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_currentOnRows = false;
}

void LeadListWidget::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void LeadListWidget::leadSaved(qint64 leadId)
{
    if (m_model->refreshLead(leadId))
        return;
    // A new lead (or one not loaded, or several): read again what is shown, without a reset, so
    // that the top row, the current lead and the selection stay.
    m_model->refresh();
}

void LeadListWidget::onCounts(const LeadListCounts &counts)
{
    if (counts.total == 0) {
        QString text = tr("No leads match.");
        if (!m_model->query().isUnfiltered())
            text += QStringLiteral("<br>") + tr("<a href=\"clear\">Clear filters</a> (%1) to see every lead.")
                                                .arg(QKeySequence(tr("Ctrl+Shift+L")).toString(QKeySequence::NativeText));
        m_emptyLabel->setText(text);
        m_emptyLabel->setAccessibleName(m_emptyLabel->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    }
    m_emptyLabel->setVisible(counts.total == 0);
    const QLocale locale;
    QStringList parts;
    for (LeadState state : LeadStates::all()) {
        if (const qint64 n = counts.perState.value(state))
            parts.append(QStringLiteral("%1 %2").arg(LeadStates::label(state), locale.toString(n)));
    }
    m_countsText = tr("Leads in view: %1").arg(locale.toString(counts.total));
    if (!parts.isEmpty())
        m_countsText += QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
    Q_EMIT countsTextChanged(m_countsText);
    Q_EMIT viewCounted();
}

void LeadListWidget::layoutChanged()
{
    if (!m_applying)
        m_layoutTimer->start();
    updateModifiedMark();
}

QString LeadListWidget::viewName(int index) const
{
    return index > 0 ? m_ui->viewCombo->itemData(index).toString() : QString();
}

bool LeadListWidget::isViewModified() const
{
    if (m_ui->viewCombo->currentIndex() <= 0 || !m_savedView)
        return false;
    // What a view chooses: the filter, search, sort and the columns in order (not their widths).
    const LeadListView shown = currentView();
    return shown.query != m_savedView->query || shown.columns != m_savedView->columns;
}

void LeadListWidget::updateModifiedMark()
{
    const int index = m_ui->viewCombo->currentIndex();
    if (index <= 0)
        return;
    const QString name = viewName(index);
    const QString text = isViewModified() ? tr("%1 (modified)").arg(name) : name;
    if (m_ui->viewCombo->itemText(index) != text) {
        m_ui->viewCombo->setItemText(index, text);
        m_ui->viewCombo->setToolTip(isViewModified() ? tr("The view on screen was changed since \"%1\" was saved or "
                                                          "chosen; Save view (Ctrl+Shift+S) keeps the changes")
                                                           .arg(name)
                                                     : QString());
    }
}

void LeadListWidget::loadSavedView(const QString &name)
{
    m_savedView.reset();
    if (name.isEmpty())
        return;
    // The view as saved, to tell whether the one on screen differs from it (it came from the
    // working layout, which may have been changed after choosing it).
    m_views.load(name, this, [this, name](Result<std::optional<LeadListView>> view) {
        if (view && view->has_value() && viewName(m_ui->viewCombo->currentIndex()) == name) {
            m_savedView = **view;
            updateModifiedMark();
        }
    });
}

void LeadListWidget::saveLayout()
{
    m_layoutTimer->stop();
    m_views.saveCurrent(currentView(), this, [this](Result<void> saved) { Q_EMIT layoutSaved(saved.error()); });
}

void LeadListWidget::refreshViewNames(const QString &current)
{
    m_views.names(this, [this, current](Result<QStringList> names) {
        if (!names)
            showError(tr("View"), names.error());
        QSignalBlocker block(m_ui->viewCombo);
        m_ui->viewCombo->clear();
        m_ui->viewCombo->addItem(tr("(working layout)"));
        for (const QString &name : names.value_or(QStringList()))
            m_ui->viewCombo->addItem(name, name);
        const int index = current.isEmpty() ? 0 : m_ui->viewCombo->findData(current);
        m_ui->viewCombo->setCurrentIndex(std::max(0, index));
        m_ui->deleteViewButton->setEnabled(m_ui->viewCombo->currentIndex() > 0);
        m_ui->viewCombo->setToolTip(QString());
        if (m_savedView && m_savedView->name == viewName(m_ui->viewCombo->currentIndex()))
            updateModifiedMark();
        else
            loadSavedView(viewName(m_ui->viewCombo->currentIndex()));
        Q_EMIT viewNamesLoaded();
    });
}

void LeadListWidget::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void LeadListWidget::saveViewAs()
{
    bool ok = false;
    const QString suggested = viewName(m_ui->viewCombo->currentIndex());
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("View name"), QLineEdit::Normal, suggested, &ok)
                             .trimmed();
    if (!ok)
        return;
    LeadListView view = currentView();
    view.name = name;
    m_views.save(view, this, [this, view](Result<void> saved) {
        if (!saved) {
            showError(tr("Save view"), saved.error());
            return;
        }
        m_savedView = view;   // what is on screen is the view as saved: not modified
        refreshViewNames(view.name);
        saveLayout();
    });
}

void LeadListWidget::deleteView()
{
    if (m_ui->viewCombo->currentIndex() <= 0)
        return;
    const QString name = viewName(m_ui->viewCombo->currentIndex());
    if (QMessageBox::question(this, tr("Delete view"), tr("Delete the saved view \"%1\"?").arg(name))
        != QMessageBox::Yes)
        return;
    m_views.remove(name, this, [this](Result<void> removed) {
        if (!removed)
            showError(tr("Delete view"), removed.error());
        refreshViewNames();
    });
}

void LeadListWidget::switchView(int index)
{
    m_ui->deleteViewButton->setEnabled(index > 0);
    m_savedView.reset();
    // The names of the other views lose their mark: each is shown as chosen.
    for (int i = 1; i < m_ui->viewCombo->count(); ++i)
        m_ui->viewCombo->setItemText(i, viewName(i));
    m_ui->viewCombo->setToolTip(QString());
    if (index <= 0)
        return;
    m_views.load(viewName(index), this, [this](Result<std::optional<LeadListView>> view) {
        if (!view) {
            showError(tr("View"), view.error());
            return;
        }
        if (!view->has_value())
            return;   // deleted meanwhile
        m_savedView = **view;
        applyView(**view);
        updateModifiedMark();
        saveLayout();
    });
}

bool LeadListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (watched == m_ui->searchEdit && key->key() == Qt::Key_Down && modifiers == Qt::NoModifier) {
            enterTable();
            return true;
        }
        // A QDateEdit keeps Tab for itself: it steps through its year, month and day, and while it
        // shows its special value ("Any") it swallows the key and the focus stays. Tab and Shift+Tab
        // leave a date filter at once (Left and Right move between its sections).
        const bool dateEdit = watched == m_ui->createdFromEdit || watched == m_ui->createdToEdit;
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (dateEdit && tab && !(modifiers & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier);
            focusNextPrevChild(forward);
            return true;
        }
    }
    if (watched == m_ui->table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
