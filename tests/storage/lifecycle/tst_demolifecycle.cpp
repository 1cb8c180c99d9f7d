#include "lifecyclefixture.h"
#include "catchresult.h"

#include "demogenerator.h"
#include "testdatabase.h"
#include "testdemo.h"
#include "disqualifyreason.h"
#include "historyfields.h"

#include <QSqlQuery>

TEST_CASE("Demo leads follow the life cycle: opportunities, reasons and a history of how they got there",
          "[lifecycle][demo]")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location(), QStringLiteral("demo-life")));
    QSqlDatabase db = database.connection();
    DemoOptions options;
    options.leads = 3000;
    options.seed = 11;
    REQUIRE(TestDemo::generate(db, options));
    const auto scalar = [&](const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            FAIL(sql.toStdString());
        return query.value(0).toLongLong();
    };
    const qint64 disqualified = scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state = 4"));
    REQUIRE(disqualified > 100);
    // Every disqualified lead, and only those, keeps a valid reason; some have a comment.
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE (state = 4) <> (disqualify_reason IS NOT NULL)")) == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state = 4 AND disqualify_reason NOT BETWEEN 1 AND 8")) == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state = 4 AND disqualify_comment <> ''")) > 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state <> 4 AND disqualify_comment <> ''")) == 0);
    // The history names the same reason and comment as the lead.
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral(
        "SELECT l.disqualify_reason, h.new_value, l.disqualify_comment, "
        "COALESCE((SELECT c.new_value FROM lead_history c WHERE c.lead_id = l.id AND c.field = 'disqualify_comment'), '') "
        "FROM leads l JOIN lead_history h ON h.lead_id = l.id AND h.field = 'disqualify_reason' WHERE l.state = 4")));
    qint64 rows = 0;
    while (query.next()) {
        ++rows;
        DisqualifyReason reason;
        REQUIRE(DisqualifyReasons::fromInt(query.value(0).toInt(), &reason));
        CHECK(DisqualifyReasons::code(reason) == query.value(1).toString());
        CHECK(query.value(2).toString() == query.value(3).toString());
    }
    CHECK(rows == disqualified);
    // Qualified leads have their opportunity with company and contact; every lead a history that
    // starts with its creation and passes through each state it reached.
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads l LEFT JOIN opportunities o ON o.id = l.opportunity_id "
                                "WHERE l.state = 3 AND (o.id IS NULL OR o.company_id IS NULL OR o.contact_id IS NULL)")) == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE NOT EXISTS (SELECT 1 FROM lead_history h "
                                "WHERE h.lead_id = l.id AND h.field = 'created')")) == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE l.state > 1 AND NOT EXISTS (SELECT 1 FROM lead_history h "
                                "WHERE h.lead_id = l.id AND h.field = 'state' AND h.new_value = 'assigned')")) == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE l.state IN (3, 4) AND NOT EXISTS (SELECT 1 FROM "
                                "lead_history h WHERE h.lead_id = l.id AND h.field = 'state' AND h.new_value IN "
                                "('qualified', 'disqualified'))")) == 0);
}
