#pragma once

#include "dashboardfigures.h"
#include "leadlistquery.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>

namespace Ui {
class DashboardWidget;
}
class DashboardService;
class QChart;
class QChartView;
class Session;

// The manager's dashboard (Leads > Dashboard, Ctrl+D): leads by state and by source, new leads
// per week over the last year, and the qualification rate (qualified / (qualified + disqualified))
// by source and by owner, each bar's counts on hover. It counts the leads of the query it is given
// (the lead list's current view) through DashboardService, off the UI thread, and counts again on
// setQuery() and refresh(). The framed chart (the one with the focus; click or Tab to choose) is
// saved as PNG (Ctrl+S) or its numbers copied as CSV (Ctrl+Shift+C); each chart's context menu
// offers both too.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { ByState, BySource, Weeks, RateBySource, RateByOwner };
    static constexpr int ChartCount = 5;

    explicit DashboardWidget(Session *session, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Counts `query`'s leads (again, when it is the same query: the leads may have changed).
    void setQuery(const LeadListQuery &query);
    const LeadListQuery &query() const { return m_query; }
    // The weeks end with the week of `today` (a UTC date; the current one when null). For tests.
    void setToday(const QDate &today) { m_today = today; }

    // The figures shown (those of the last answer).
    const DashboardFigures &figures() const { return m_figures; }
    bool isLoading() const;
    QString statusText() const;

    QChartView *chartView(Chart chart) const;
    // The framed chart: the one the buttons act on.
    Chart currentChart() const { return m_current; }
    void setCurrentChart(Chart chart);

    // The chart's numbers as CSV (header row first), as copyChart() puts them on the clipboard.
    QString csv(Chart chart) const;
    void copyChart(Chart chart) const;
    // Writes the chart as a PNG image; false (with *error) when the file cannot be written.
    bool saveChart(Chart chart, const QString &path, QString *error = nullptr) const;
    // The tooltip of the chart's bar (or week) `index`: its counts.
    QString barToolTip(Chart chart, int index) const;
    // The chart's title (also its accessible name).
    static QString title(Chart chart);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The figures of the current query arrived and are shown (or the status says why not).
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Another theme (AppTheme): the charts are drawn again in its colours.
    void changeEvent(QEvent *event) override;

private:
    void onLoaded(const DashboardFigures &figures);
    void onFailed(const QString &message);
    void rebuildCharts();
    void askSaveChart();
    void showChartMenu(Chart chart, const QPoint &globalPos);
    void markCurrent();
    // The counts of the bar (or week) under the mouse (none: `text` empty), shown as a tooltip
    // now and again when the mouse rests there.
    void showHoverTip(Chart chart, const QString &text);
    QChart *barChart(Chart chart, const QStringList &labels, const QList<double> &values, bool percent);
    QChart *weeksChart();
    // The rows behind a chart, header first: what csv() writes and the tooltips read.
    QList<QStringList> table(Chart chart) const;

    std::unique_ptr<Ui::DashboardWidget> m_ui;
    DashboardService *m_service;
    LeadListQuery m_query;
    QDate m_today;
    DashboardFigures m_figures;
    QString m_error;
    Chart m_current = Chart::ByState;
    Chart m_hoverChart = Chart::ByState;
    QString m_hoverTip;
};
