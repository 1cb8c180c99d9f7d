#include "dashboardservice.h"

#include "dashboardrepository.h"
#include "session.h"

#include <QDateTime>

DashboardService::DashboardService(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void DashboardService::load(const LeadListQuery &query, const QDate &today)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pending = 2;
    m_figures = DashboardFigures();
    m_error.clear();
    const QDate day = today.isValid() ? today : QDateTime::currentDateTimeUtc().date();
    const qint64 employeeId = m_session->employee().id;
    m_session->run(
        Session::Lane::Count, this,
        [query, employeeId, latest = m_latest, generation](QSqlDatabase &db) -> Result<DashboardFigures> {
            if (latest->load() != generation)
                return DashboardFigures();   // overtaken: dropped unread
            return DashboardRepository(db, employeeId).counts(query);
        },
        [this, generation](Result<DashboardFigures> counts) {
            if (generation != m_generation)
                return;
            if (counts) {
                const QList<DashboardFigures::Week> weeks = m_figures.weeks;
                m_figures = *counts;
                m_figures.weeks = weeks;
            } else {
                m_error = counts.error();
            }
            partDone(generation);
        });
    m_session->run(
        Session::Lane::Read, this,
        [query, employeeId, day, latest = m_latest,
         generation](QSqlDatabase &db) -> Result<QList<DashboardFigures::Week>> {
            if (latest->load() != generation)
                return QList<DashboardFigures::Week>();
            return DashboardRepository(db, employeeId).weeks(query, day);
        },
        [this, generation](Result<QList<DashboardFigures::Week>> weeks) {
            if (generation != m_generation)
                return;
            if (weeks)
                m_figures.weeks = *weeks;
            else
                m_error = weeks.error();
            partDone(generation);
        });
}

void DashboardService::partDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    if (m_error.isEmpty())
        Q_EMIT loaded(m_figures);
    else
        Q_EMIT failed(m_error);
}
