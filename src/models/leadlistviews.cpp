#include "leadlistviews.h"

#include "employeerepository.h"
#include "leadviewrepository.h"
#include "referencerepository.h"
#include "session.h"

namespace {

// Up to this many selling directions or campaigns are offered as filter choices.
constexpr int MaxChoices = 1000;

} // namespace

LeadListViews::LeadListViews(Session *session) : m_session(session) {}

void LeadListViews::loadChoices(QObject *context, Done<FilterChoices> done) const
{
    m_session->run(Session::Lane::Read, context, [](QSqlDatabase &db) -> Result<FilterChoices> {
        FilterChoices choices;
        choices.employees = EmployeeRepository(db).all();
        const ReferenceRepository references(db);
        const Result<QList<ReferenceItem>> directions
            = references.search(ReferenceKind::SellingDirection, QString(), 0, MaxChoices);
        if (!directions)
            return Failure{directions.error()};
        const Result<QList<ReferenceItem>> campaigns = references.search(ReferenceKind::Campaign, QString(), 0, MaxChoices);
        if (!campaigns)
            return Failure{campaigns.error()};
        choices.directions = *directions;
        choices.campaigns = *campaigns;
        return choices;
    }, std::move(done));
}

void LeadListViews::loadCurrent(QObject *context, Done<LeadListView> done) const
{
    m_session->run(Session::Lane::Read, context, [employeeId = m_session->employee().id](QSqlDatabase &db) -> Result<LeadListView> {
        const Result<std::optional<LeadListView>> view = LeadViewRepository(db).loadCurrent(employeeId);
        if (!view)
            return Failure{view.error()};
        return view->value_or(LeadListView());
    }, std::move(done));
}

void LeadListViews::saveCurrent(const LeadListView &view, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Write, context, [employeeId = m_session->employee().id, view](QSqlDatabase &db) {
        return LeadViewRepository(db).saveCurrent(employeeId, view);
    }, std::move(done));
}

void LeadListViews::names(QObject *context, Done<QStringList> done) const
{
    m_session->run(Session::Lane::Read, context, [employeeId = m_session->employee().id](QSqlDatabase &db) {
        return LeadViewRepository(db).names(employeeId);
    }, std::move(done));
}

void LeadListViews::load(const QString &name, QObject *context,
                         Done<std::optional<LeadListView>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [employeeId = m_session->employee().id, name](QSqlDatabase &db) {
        return LeadViewRepository(db).load(employeeId, name);
    }, std::move(done));
}

void LeadListViews::save(const LeadListView &view, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Write, context, [employeeId = m_session->employee().id, view](QSqlDatabase &db) {
        return LeadViewRepository(db).save(employeeId, view);
    }, std::move(done));
}

void LeadListViews::remove(const QString &name, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Write, context, [employeeId = m_session->employee().id, name](QSqlDatabase &db) {
        return LeadViewRepository(db).remove(employeeId, name);
    }, std::move(done));
}
