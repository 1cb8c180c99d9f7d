#pragma once

#include "catchresult.h"
#include "database.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadexportrequest.h"
#include "leadrepository.h"
#include "referencerepository.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

// A database with two employees, one of each reference, and leads holding tricky values.
struct ExportFixture
{
    TestDatabase test;
    const TempDir &dir = test.dir();
    Database database;
    qint64 anna = 0, oliver = 0, company = 0, contact = 0, campaign = 0, direction = 0, service = 0, channel = 0;
    QList<qint64> ids;

    ExportFixture()
    {
        REQUIRE(database.open(test.location(), QStringLiteral("export-test")));
        EmployeeRepository employees(database.connection());
        anna = valueOf(
            employees.create(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), Role::Sales, QStringLiteral("pw")));
        oliver = valueOf(
            employees.create(QStringLiteral("oliver"), QStringLiteral("=Oliver"), Role::Manager, QStringLiteral("pw")));
        ReferenceRepository refs(database.connection());
        company = valueOf(refs.insertCompany(QStringLiteral("ООО «Ромашка», \"Daisy\""),
                                             QStringLiteral("https://romashka.ru"), QStringLiteral("7707083893")));
        contact = valueOf(refs.insertContact(company, QStringLiteral("Иван"), QStringLiteral("Петров"), QString(),
                                             QStringLiteral("+7 495 123-45-67"), QStringLiteral("ivan@romashka.ru")));
        campaign = valueOf(refs.insertSimple(ReferenceKind::Campaign, QStringLiteral("Spring; webinar")));
        direction = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Облачные сервисы")));
        service = valueOf(refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Хостинг"), direction));
        channel = valueOf(refs.insertSimple(ReferenceKind::Channel, QStringLiteral("Telegram")));
        REQUIRE(channel > 0);
    }

    qint64 addLead(bool existing, LeadState state = LeadState::New)
    {
        Lead lead;
        lead.name = QStringLiteral("Lead %1").arg(ids.size() + 1);
        lead.leadCompanyName = QStringLiteral("");
        lead.middleName = QStringLiteral("");
        lead.contactPhone = QStringLiteral("");
        lead.contactEmail = QStringLiteral("");
        lead.description = QStringLiteral("");
        lead.city = QStringLiteral("");
        lead.source = existing ? LeadSource::Chat : LeadSource::Partner;
        lead.newCompany = !existing;
        lead.existingCompanyId = existing ? company : 0;
        lead.companyName = QStringLiteral("Acme Corp");
        lead.companyWebsite = QStringLiteral("https://acme.example");
        lead.companyTin = QStringLiteral("7707083893");
        lead.campaignId = campaign;
        lead.sellingDirectionId = direction;
        lead.serviceId = service;
        lead.newContact = !existing;
        lead.firstName = QStringLiteral("Jane");
        lead.lastName = QStringLiteral("Doe");
        lead.existingContactId = existing ? contact : 0;
        lead.ownerId = existing ? anna : 0;
        lead.channelId = channel;
        lead.state = state;
        LeadRepository leads(database.connection());
        REQUIRE(leads.insert(lead, anna));
        ids.append(lead.id);
        return lead.id;
    }

    // Writes raw values straight into text columns, as an import or an older version might have.
    void setText(qint64 id, const QString &column, const QString &value)
    {
        QSqlQuery query(database.connection());
        REQUIRE(query.prepare(QStringLiteral("UPDATE leads SET %1 = ? WHERE id = ?").arg(column)));
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);   // NOT NULL columns
        query.addBindValue(id);
        REQUIRE(query.exec());
    }

    QString stored(qint64 id, const QString &column)
    {
        QSqlQuery query(database.connection());
        REQUIRE(query.prepare(QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(column)));
        query.addBindValue(id);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toString();
    }

    LeadExportRequest request(const QString &file = QStringLiteral("out.csv"))
    {
        LeadExportRequest r;
        r.databasePath = database.path();
        r.outputPath = dir.file(file);
        r.roles = Role::Sales;
        r.employeeId = anna;
        return r;
    }
};
