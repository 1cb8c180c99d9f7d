// Several people at once (issue #10): a save or a life-cycle action on a lead someone else saved
// since it was read is refused as a Conflict (Result::isConflict), in one transaction, nothing written.

#include "lifecyclefixture.h"

#include "disqualifyreason.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"

#include "catchresult.h"

#include <QSqlQuery>

namespace {

// Everything a refused action could have written.
struct Snapshot
{
    qint64 version = 0, state = 0, owner = 0, history = 0, opportunities = 0, companies = 0, contacts = 0;
    QString city, updatedAt;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(LifecycleFixture &f, qint64 leadId)
{
    Snapshot s;
    s.version = f.versionOf(leadId);
    s.state = static_cast<qint64>(f.stateOf(leadId));
    s.owner = f.ownerOf(leadId);
    s.history = f.historyCount(leadId);
    s.opportunities = f.count(QStringLiteral("opportunities"));
    s.companies = f.count(QStringLiteral("companies"));
    s.contacts = f.count(QStringLiteral("contacts"));
    QSqlQuery query(f.db());
    query.prepare(QStringLiteral("SELECT city, updated_at FROM leads WHERE id = ?"));
    query.addBindValue(leadId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    s.city = query.value(0).toString();
    s.updatedAt = query.value(1).toString();
    return s;
}

// Someone else saves the lead: its city changes and its version moves on.
void someoneElseSaves(LifecycleFixture &f, qint64 leadId)
{
    Lead theirs = valueOf(LeadRepository(f.db()).find(leadId));
    theirs.city = QStringLiteral("Kazan");
    const Result<void> saved = LeadRepository(f.db()).update(theirs, f.admin.id);
    INFO(saved.error().toStdString());
    REQUIRE(saved.has_value());
}

} // namespace

TEST_CASE("A stale save is refused as a conflict and writes nothing", "[lifecycle][conflict]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    Lead mine = valueOf(LeadRepository(f.db()).find(leadId));
    someoneElseSaves(f, leadId);
    const Snapshot before = snapshot(f, leadId);

    mine.city = QStringLiteral("Tomsk");
    mine.description = QStringLiteral("Mine");
    const Result<void> saved = LeadRepository(f.db()).update(mine, f.sales.id);
    CHECK(saved.isConflict());
    CHECK(saved.error().contains(QStringLiteral("changed by someone else")));
    CHECK(snapshot(f, leadId) == before);
    CHECK(before.city == QStringLiteral("Kazan"));
    CHECK(mine.version == 1);   // the caller's copy is left as it was

    // Other refusals are no conflict: a save by an employee who cannot act says why, as a plain failure.
    Lead current = valueOf(LeadRepository(f.db()).find(leadId));
    current.city = QStringLiteral("Tomsk");
    const Result<void> refused = LeadRepository(f.db()).update(current, 4242);
    CHECK_FALSE(refused.has_value());
    CHECK_FALSE(refused.isConflict());

    // At the stored version the same edit is saved.
    const Result<void> again = LeadRepository(f.db()).update(current, f.sales.id);
    INFO(again.error().toStdString());
    CHECK(again.has_value());
    CHECK(f.versionOf(leadId) == before.version + 1);
}

TEST_CASE("Stale life-cycle actions are refused as conflicts and write nothing", "[lifecycle][conflict]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    struct Case
    {
        const char *name;
        LeadState state;
        std::function<Result<void>(qint64 leadId, int version)> act;
    };
    const QList<Case> cases{
        {"assign", LeadState::New,
         [&](qint64 id, int version) { return service.assign(f.sales, id, f.manager.id, version); }},
        {"reassign", LeadState::Assigned,
         [&](qint64 id, int version) { return service.reassign(f.sales, id, f.manager.id, version); }},
        {"qualify", LeadState::Assigned,
         [&](qint64 id, int version) -> Result<void> {
             const Result<QualifyResult> qualified = service.qualify(f.sales, id, QStringLiteral("Deal"), version);
             if (!qualified)
                 return qualified.failure();
             return {};
         }},
        {"disqualify", LeadState::Assigned,
         [&](qint64 id, int version) {
             return service.disqualify(f.sales, id, DisqualifyReason::Other, QStringLiteral("gone"), version);
         }},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const qint64 leadId = f.addLead(c.state, c.state == LeadState::New ? 0 : f.sales.id);
            const int version = f.versionOf(leadId);
            someoneElseSaves(f, leadId);
            const Snapshot before = snapshot(f, leadId);
            const Result<void> acted = c.act(leadId, version);
            CHECK(acted.isConflict());
            CHECK(acted.error().contains(QStringLiteral("changed this lead")));
            CHECK(snapshot(f, leadId) == before);
            // At the version stored now the action runs.
            const Result<void> again = c.act(leadId, version + 1);
            INFO(again.error().toStdString());
            CHECK(again.has_value());
            CHECK(f.versionOf(leadId) == version + 2);
        }
    }
}

TEST_CASE("A lead closed meanwhile is a conflict for a stale action, not a refusal by the rules",
          "[lifecycle][conflict]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    const int version = f.versionOf(leadId);
    REQUIRE(service.disqualify(f.sales, leadId, DisqualifyReason::Spam, QString(), version));
    const Snapshot before = snapshot(f, leadId);
    const Result<QualifyResult> qualified = service.qualify(f.sales, leadId, QString(), version);
    CHECK(qualified.isConflict());
    CHECK(snapshot(f, leadId) == before);
    // Without a version to compare the rules answer: a closed lead cannot be qualified.
    const Result<QualifyResult> unguarded = service.qualify(f.sales, leadId, QString());
    CHECK_FALSE(unguarded.has_value());
    CHECK_FALSE(unguarded.isConflict());
}
