#pragma once

#include "dashboardfigures.h"
#include "leadlistquery.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class Session;

// Reads the manager's dashboard of a lead view through the Session, off the UI thread: the
// counts on the Count lane and the weeks on the Read lane at the same time (each a GROUP BY of
// DashboardRepository), merged here. Only the latest request is answered: a job whose request
// was overtaken before it started is not run, and a late answer is dropped.
class DashboardService : public QObject
{
    Q_OBJECT

public:
    explicit DashboardService(Session *session, QObject *parent = nullptr);

    // Reads the figures of `query`; the weeks end with the week of `today` (a UTC date; by default
    // the current one). Answers with loaded() or failed().
    void load(const LeadListQuery &query, const QDate &today = {});
    // Whether an answer is awaited.
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded(const DashboardFigures &figures);
    void failed(const QString &message);

private:
    void partDone(quint64 generation);

    Session *m_session;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_generation = 0;
    int m_pending = 0;
    DashboardFigures m_figures;
    QString m_error;
};
