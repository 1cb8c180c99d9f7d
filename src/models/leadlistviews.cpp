#include "leadlistviews.h"

#include "employeerepository.h"
#include "leadviewrepository.h"
#include "referencerepository.h"
#include "session.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadListViews)
};

// Up to this many selling directions or campaigns are offered as filter choices.
constexpr int MaxChoices = 1000;

Result<void> stored(bool ok, const QString &error)
{
    return outcome(ok, error, Tr::tr("Could not store the lead list view."));
}

} // namespace

LeadListViews::LeadListViews(Session *session) : m_session(session) {}

void LeadListViews::loadChoices(QObject *context, Done<FilterChoices> done) const
{
    m_session->run(Session::Lane::Read, context, [](QSqlDatabase &db) -> Result<FilterChoices> {
        FilterChoices choices;
        choices.employees = EmployeeRepository(db).all();
        const ReferenceRepository references(db);
        QString error;
        choices.directions = references.search(ReferenceKind::SellingDirection, QString(), 0, MaxChoices, &error);
        if (error.isEmpty())
            choices.campaigns = references.search(ReferenceKind::Campaign, QString(), 0, MaxChoices, &error);
        if (!error.isEmpty())
            return Failure{error};
        return choices;
    }, std::move(done));
}

void LeadListViews::loadCurrent(QObject *context, Done<LeadListView> done) const
{
    m_session->run(Session::Lane::Read, context, [employeeId = m_session->employee().id](QSqlDatabase &db) -> Result<LeadListView> {
        LeadListView view;
        QString error;
        if (!LeadViewRepository(db).loadCurrent(employeeId, &view, &error) && !error.isEmpty())
            return Failure{error};
        return view;
    }, std::move(done));
}

void LeadListViews::saveCurrent(const LeadListView &view, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Write, context, [employeeId = m_session->employee().id, view](QSqlDatabase &db) {
        QString error;
        const bool ok = LeadViewRepository(db).saveCurrent(employeeId, view, &error);
        return stored(ok, error);
    }, std::move(done));
}

void LeadListViews::names(QObject *context, Done<QStringList> done) const
{
    m_session->run(Session::Lane::Read, context, [employeeId = m_session->employee().id](QSqlDatabase &db) -> Result<QStringList> {
        QString error;
        const QStringList names = LeadViewRepository(db).names(employeeId, &error);
        if (!error.isEmpty())
            return Failure{error};
        return names;
    }, std::move(done));
}

void LeadListViews::load(const QString &name, QObject *context,
                         Done<std::optional<LeadListView>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [employeeId = m_session->employee().id, name](QSqlDatabase &db) -> Result<std::optional<LeadListView>> {
        LeadListView view;
        QString error;
        if (LeadViewRepository(db).load(employeeId, name, &view, &error))
            return std::optional<LeadListView>(view);
        if (!error.isEmpty())
            return Failure{error};
        return std::optional<LeadListView>();
    }, std::move(done));
}

void LeadListViews::save(const LeadListView &view, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Write, context, [employeeId = m_session->employee().id, view](QSqlDatabase &db) {
        QString error;
        const bool ok = LeadViewRepository(db).save(employeeId, view, &error);
        return stored(ok, error);
    }, std::move(done));
}

void LeadListViews::remove(const QString &name, QObject *context, Done<void> done) const
{
    m_session->run(Session::Lane::Write, context, [employeeId = m_session->employee().id, name](QSqlDatabase &db) {
        QString error;
        const bool ok = LeadViewRepository(db).remove(employeeId, name, &error);
        return stored(ok, error);
    }, std::move(done));
}
