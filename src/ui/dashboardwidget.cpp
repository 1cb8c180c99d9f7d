#include "dashboardwidget.h"
#include "ui_dashboardwidget.h"

#include "csvwriter.h"
#include "dashboardservice.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QImageWriter>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kChartCount = DashboardWidget::ChartCount;

// `a` blended towards `b`: grid and axis lines that stay quiet on a light and on a dark theme.
QColor blend(const QColor &a, const QColor &b, float towardsB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * towardsB, a.greenF() + (b.greenF() - a.greenF()) * towardsB,
                            a.blueF() + (b.blueF() - a.blueF()) * towardsB);
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1);
}

} // namespace

DashboardWidget::DashboardWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardWidget>())
    , m_service(new DashboardService(session, this))
{
    m_ui->setupUi(this);
    for (int i = 0; i < kChartCount; ++i) {
        QChartView *view = chartView(Chart(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setMinimumSize(240, 200);
        view->setAccessibleName(title(Chart(i)));
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);   // the mouse's context menu comes there
    }
    connect(m_service, &DashboardService::loaded, this, &DashboardWidget::onLoaded);
    connect(m_service, &DashboardService::failed, this, &DashboardWidget::onFailed);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardWidget::refresh);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DashboardWidget::askSaveChart);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { copyChart(m_current); });
    rebuildCharts();
}

DashboardWidget::~DashboardWidget() = default;

QString DashboardWidget::title(Chart chart)
{
    switch (chart) {
    case Chart::ByState: return tr("Leads by state");
    case Chart::BySource: return tr("Leads by source");
    case Chart::Weeks: return tr("New leads per week");
    case Chart::RateBySource: return tr("Qualification rate by source");
    case Chart::RateByOwner: return tr("Qualification rate by owner");
    }
    return {};
}

QChartView *DashboardWidget::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::ByState: return m_ui->stateView;
    case Chart::BySource: return m_ui->sourceView;
    case Chart::Weeks: return m_ui->weeksView;
    case Chart::RateBySource: return m_ui->sourceRateView;
    case Chart::RateByOwner: return m_ui->ownerRateView;
    }
    return m_ui->stateView;
}

void DashboardWidget::setQuery(const LeadListQuery &query)
{
    m_query = query;
    refresh();
}

void DashboardWidget::refresh()
{
    m_ui->statusLabel->setText(tr("Counting the leads of the list's view…"));
    m_service->load(m_query, m_today);
}

bool DashboardWidget::isLoading() const
{
    return m_service->isLoading();
}

QString DashboardWidget::statusText() const
{
    return m_ui->statusLabel->text();
}

void DashboardWidget::onLoaded(const DashboardFigures &figures)
{
    // Figures as drawn (a refresh after a change that moved no count, or the list's view counted
    // again): the charts stay, and so do the bar under the mouse and its counts.
    const bool unchanged = figures == m_figures;
    m_figures = figures;
    m_error.clear();
    const qint64 decided = [&] {
        qint64 n = 0;
        for (const DashboardFigures::Decided &d : figures.decidedBySource)
            n += d.decided();
        return n;
    }();
    m_ui->statusLabel->setText(
        tr("%1 leads in the list's view; %2 decided (qualified or disqualified). Hover over a bar for its counts.")
            .arg(QLocale().toString(figures.total), QLocale().toString(decided)));
    if (!unchanged)
        rebuildCharts();
    Q_EMIT refreshed();
}

void DashboardWidget::onFailed(const QString &message)
{
    m_error = message;
    m_ui->statusLabel->setText(message);
    Q_EMIT refreshed();
}

QList<QStringList> DashboardWidget::table(Chart chart) const
{
    const QLocale c = QLocale::c();
    QList<QStringList> rows;
    switch (chart) {
    case Chart::ByState:
        rows.append({tr("State"), tr("Leads")});
        for (LeadState state : LeadStates::all())
            rows.append({LeadStates::label(state), c.toString(m_figures.byState.value(state))});
        break;
    case Chart::BySource:
        rows.append({tr("Source"), tr("Leads")});
        for (LeadSource source : LeadSources::all())
            rows.append({LeadSources::label(source), c.toString(m_figures.bySource.value(source))});
        break;
    case Chart::Weeks:
        rows.append({tr("Week starting"), tr("New leads")});
        for (const DashboardFigures::Week &week : m_figures.weeks)
            rows.append({week.monday.toString(Qt::ISODate), c.toString(week.count)});
        break;
    case Chart::RateBySource:
        rows.append({tr("Source"), tr("Qualified"), tr("Disqualified"), tr("Qualification rate, %")});
        for (LeadSource source : LeadSources::all()) {
            const DashboardFigures::Decided d = m_figures.decidedBySource.value(source);
            rows.append({LeadSources::label(source), c.toString(d.qualified), c.toString(d.disqualified),
                         d.decided() > 0 ? c.toString(d.rate() * 100.0, 'f', 1) : QString()});
        }
        break;
    case Chart::RateByOwner:
        rows.append({tr("Owner"), tr("Qualified"), tr("Disqualified"), tr("Qualification rate, %")});
        for (const DashboardFigures::Owner &owner : m_figures.decidedByOwner) {
            const DashboardFigures::Decided &d = owner.decided;
            rows.append({owner.name, c.toString(d.qualified), c.toString(d.disqualified),
                         c.toString(d.rate() * 100.0, 'f', 1)});
        }
        break;
    }
    return rows;
}

QString DashboardWidget::csv(Chart chart) const
{
    QByteArray bytes;
    for (const QStringList &row : table(chart))
        bytes += CsvWriter::record(row);
    return QString::fromUtf8(bytes);
}

void DashboardWidget::copyChart(Chart chart) const
{
    QApplication::clipboard()->setText(csv(chart));
}

bool DashboardWidget::saveChart(Chart chart, const QString &path, QString *error) const
{
    const QPixmap image = chartView(chart)->grab();
    QImageWriter writer(path, "png");
    if (writer.write(image.toImage()))
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

void DashboardWidget::askSaveChart()
{
    const Chart chart = m_current;
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), title(chart) + QStringLiteral(".png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QString error;
    if (!saveChart(chart, path, &error))
        QMessageBox::warning(this, tr("Save chart as PNG"), tr("Could not save the chart: %1").arg(error));
}

QString DashboardWidget::barToolTip(Chart chart, int index) const
{
    const QLocale locale;
    const QList<QStringList> rows = table(chart);
    if (index < 0 || index + 1 >= rows.size())
        return {};
    switch (chart) {
    case Chart::ByState:
    case Chart::BySource: {
        const qint64 n = m_figures.total > 0 ? rows[index + 1][1].toLongLong() : 0;
        const double share = m_figures.total > 0 ? double(n) / double(m_figures.total) : 0.0;
        return tr("%1: %2 leads (%3% of %4)")
            .arg(rows[index + 1][0], locale.toString(n), percent(share), locale.toString(m_figures.total));
    }
    case Chart::Weeks: {
        const DashboardFigures::Week &week = m_figures.weeks.at(index);
        return tr("Week of %1: %2 new leads")
            .arg(locale.toString(week.monday, QLocale::ShortFormat), locale.toString(week.count));
    }
    case Chart::RateBySource:
    case Chart::RateByOwner: {
        const qint64 qualified = rows[index + 1][1].toLongLong();
        const qint64 disqualified = rows[index + 1][2].toLongLong();
        if (qualified + disqualified == 0)
            return tr("%1: no lead qualified or disqualified yet").arg(rows[index + 1][0]);
        return tr("%1: %2% qualified — %3 qualified, %4 disqualified")
            .arg(rows[index + 1][0], percent(double(qualified) / double(qualified + disqualified)),
                 locale.toString(qualified), locale.toString(disqualified));
    }
    }
    return {};
}

QChart *DashboardWidget::barChart(Chart chart, const QStringList &labels, const QList<double> &values, bool percentAxis)
{
    // A horizontal bar chart draws its first category lowest: given in reverse, they read top down.
    QStringList reversed = labels;
    std::reverse(reversed.begin(), reversed.end());
    QList<double> reversedValues = values;
    std::reverse(reversedValues.begin(), reversedValues.end());
    auto *set = new QBarSet(title(chart));
    set->append(reversedValues);
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));   // not the chart theme's white outline
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    const int count = int(values.size());
    connect(set, &QBarSet::hovered, this, [this, chart, count](bool status, int index) {
        showHoverTip(chart, status ? barToolTip(chart, count - 1 - index) : QString());
    });
    auto *qchart = new QChart;
    qchart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(reversed);
    // Whole names, the bars narrower: at 200% scale the chart would show "…" for each.
    categories->setTruncateLabels(false);
    qchart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *axis = new QValueAxis;
    const double top = values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
    if (percentAxis) {
        axis->setRange(0, 100);
        axis->setLabelFormat(QStringLiteral("%d%%"));
        axis->setTickCount(6);
    } else {
        axis->setRange(0, std::max(1.0, top));
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    qchart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    return qchart;
}

QChart *DashboardWidget::weeksChart()
{
    auto *line = new QLineSeries;
    line->setName(title(Chart::Weeks));
    line->setPointsVisible(true);
    line->setColor(palette().color(QPalette::Highlight));
    double top = 0;
    for (const DashboardFigures::Week &week : m_figures.weeks) {
        line->append(double(week.monday.startOfDay(Qt::UTC).toMSecsSinceEpoch()), double(week.count));
        top = std::max(top, double(week.count));
    }
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state || m_figures.weeks.isEmpty()) {
            showHoverTip(Chart::Weeks, QString());
            return;
        }
        // The nearest week to the point under the mouse.
        const QDate first = m_figures.weeks.first().monday;
        const double days = (point.x() - double(first.startOfDay(Qt::UTC).toMSecsSinceEpoch())) / 86400000.0;
        const int index = std::clamp(int(std::lround(days / 7.0)), 0, int(m_figures.weeks.size()) - 1);
        showHoverTip(Chart::Weeks, barToolTip(Chart::Weeks, index));
    });
    auto *chart = new QChart;
    chart->addSeries(line);
    auto *time = new QDateTimeAxis;
    // Five ticks: the 52 weeks from the first Monday to the last fall into four quarters of 13.
    time->setFormat(QStringLiteral("d MMM yyyy"));
    time->setTickCount(5);
    if (!m_figures.weeks.isEmpty()) {
        time->setRange(m_figures.weeks.first().monday.startOfDay(Qt::UTC),
                       m_figures.weeks.last().monday.startOfDay(Qt::UTC));
    }
    chart->addAxis(time, Qt::AlignBottom);
    line->attachAxis(time);
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, top));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axis, Qt::AlignLeft);
    line->attachAxis(axis);
    return chart;
}

void DashboardWidget::rebuildCharts()
{
    m_hoverTip.clear();   // the bars under the mouse go
    for (int i = 0; i < kChartCount; ++i) {
        const Chart which = Chart(i);
        QChart *chart = nullptr;
        if (which == Chart::Weeks) {
            chart = weeksChart();
        } else {
            const QList<QStringList> rows = table(which);
            const bool rate = which == Chart::RateBySource || which == Chart::RateByOwner;
            QStringList labels;
            QList<double> values;
            for (qsizetype r = 1; r < rows.size(); ++r) {
                labels.append(rows[r][0]);
                values.append(rate ? QLocale::c().toDouble(rows[r][3]) : rows[r][1].toDouble());
            }
            chart = barChart(which, labels, values, rate);
        }
        chart->setTitle(title(which));
        chart->legend()->hide();
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        chart->setBackgroundBrush(palette().base());
        chart->setTitleBrush(palette().text());
        const QColor text = palette().color(QPalette::Text);
        const QColor base = palette().color(QPalette::Base);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsBrush(palette().text());
            axis->setLabelsColor(text);
            axis->setGridLineColor(blend(base, text, 0.2f));
            axis->setLinePenColor(blend(base, text, 0.5f));
        }
        QChartView *view = chartView(which);
        QChart *old = view->chart();
        view->setChart(chart);
        if (old && old != chart)
            delete old;
    }
    markCurrent();
}

void DashboardWidget::setCurrentChart(Chart chart)
{
    m_current = chart;
    markCurrent();
}

void DashboardWidget::markCurrent()
{
    for (int i = 0; i < kChartCount; ++i) {
        QChart *chart = chartView(Chart(i))->chart();
        if (!chart)
            continue;
        const bool current = Chart(i) == m_current;
        chart->setBackgroundPen(current ? QPen(palette().color(QPalette::Highlight), 3)
                                        : QPen(palette().color(QPalette::Mid), 1));
    }
}

void DashboardWidget::showChartMenu(Chart chart, const QPoint &globalPos)
{
    setCurrentChart(chart);
    QMenu menu(this);
    QAction *save = menu.addAction(tr("&Save chart as PNG…"));
    save->setShortcut(QKeySequence(tr("Ctrl+S")));
    QAction *copy = menu.addAction(tr("&Copy numbers"));
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    QAction *chosen = menu.exec(globalPos);
    if (chosen == save)
        askSaveChart();
    else if (chosen == copy)
        copyChart(chart);
}

void DashboardWidget::showHoverTip(Chart chart, const QString &text)
{
    m_hoverChart = chart;
    m_hoverTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, chartView(chart));
}

void DashboardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_ui->stateView->chart())
        rebuildCharts();
}

bool DashboardWidget::eventFilter(QObject *watched, QEvent *event)
{
    for (int i = 0; i < kChartCount; ++i) {
        QChartView *view = chartView(Chart(i));
        if (watched != view && watched != view->viewport())
            continue;
        if (event->type() == QEvent::FocusIn) {
            setCurrentChart(Chart(i));
        } else if (event->type() == QEvent::ToolTip && watched == view->viewport()) {
            // The mouse rests: the chart's scene would answer with no tooltip (its bars have
            // none of their own) and so hide the counts shown on hover.
            const bool shown = m_hoverChart == Chart(i) && !m_hoverTip.isEmpty();
            if (shown)
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_hoverTip, view);
            else
                QToolTip::hideText();
            event->setAccepted(shown);
            return true;
        } else if (event->type() == QEvent::ContextMenu) {
            showChartMenu(Chart(i), static_cast<QContextMenuEvent *>(event)->globalPos());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
