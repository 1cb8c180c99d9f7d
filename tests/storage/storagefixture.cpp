#include "storagefixture.h"

#include "employeerepository.h"
#include "lead.h"
#include "referencerepository.h"

#include "catchresult.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

StorageFixture::StorageFixture(const QString &connectionName)
{
    const Result<void> opened = m_database.open(m_test.location(), connectionName);
    INFO(opened.error().toStdString());
    REQUIRE(opened.has_value());
    EmployeeRepository employees(db());
    employeeId = valueOf(employees.create(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), Role::Sales,
                                          QStringLiteral("secret")));
    otherEmployeeId = valueOf(employees.create(QStringLiteral("oliver"), QStringLiteral("Oliver Harris"),
                                               RoleSet(Role::Manager) | Role::Sales, QStringLiteral("secret2")));
    ReferenceRepository references(db());
    companyId = valueOf(references.insertCompany(QStringLiteral("ООО «Ромашка»"), QStringLiteral("https://romashka.ru"),
                                                 QStringLiteral("7707083893")));
    otherCompanyId = valueOf(references.insertCompany(QStringLiteral("Northwind Trading Ltd"),
                                                      QStringLiteral("https://northwind.com"), QStringLiteral("500100732259")));
    contactId = valueOf(references.insertContact(companyId, QStringLiteral("Иван"), QStringLiteral("Петров"),
                                                 QStringLiteral("Сергеевич"), QStringLiteral("+7 (495) 123-45-67"),
                                                 QStringLiteral("ivan@romashka.ru")));
    campaignId = valueOf(references.insertSimple(ReferenceKind::Campaign, QStringLiteral("Spring webinar")));
    directionId = valueOf(references.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Облачные сервисы")));
    serviceId = valueOf(references.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Хостинг"), directionId));
    channelId = valueOf(references.insertSimple(ReferenceKind::Channel, QStringLiteral("Telegram")));
    REQUIRE(employeeId > 0);
    REQUIRE(otherEmployeeId > 0);
    REQUIRE(companyId > 0);
    REQUIRE(otherCompanyId > 0);
    REQUIRE(contactId > 0);
    REQUIRE(campaignId > 0);
    REQUIRE(directionId > 0);
    REQUIRE(serviceId > 0);
    REQUIRE(channelId > 0);
}

Lead StorageFixture::existingLead() const
{
    Lead lead;
    lead.name = QStringLiteral("Запрос КП — хостинг");
    lead.source = LeadSource::Chat;
    lead.leadCompanyName = QStringLiteral("Ромашка");
    lead.newCompany = false;
    lead.existingCompanyId = companyId;
    lead.companyName = QStringLiteral("typed, then hidden");
    lead.companyWebsite = QStringLiteral("https://hidden.example");
    lead.companyTin = QStringLiteral("123456789");
    lead.campaignId = campaignId;
    lead.sellingDirectionId = directionId;
    lead.serviceId = serviceId;
    lead.newContact = false;
    lead.firstName = QStringLiteral("Hidden");
    lead.lastName = QStringLiteral("Person");
    lead.middleName = QStringLiteral("H.");
    lead.contactPhone = QStringLiteral("+1 555 0100");
    lead.contactEmail = QStringLiteral("hidden@example.com");
    lead.existingContactId = contactId;
    lead.description = QStringLiteral("Две строки,\nвторая — с «кавычками» и 'апострофами'; DROP TABLE leads;");
    lead.ownerId = employeeId;
    lead.city = QStringLiteral("Москва");
    lead.channelId = channelId;
    lead.state = LeadState::Assigned;
    return lead;
}

Lead StorageFixture::newLead() const
{
    Lead lead;
    lead.name = QStringLiteral("Demo request — CRM");
    lead.source = LeadSource::Partner;
    lead.leadCompanyName = QStringLiteral("Acme");
    lead.newCompany = true;
    lead.existingCompanyId = companyId;   // hidden by New company
    lead.companyName = QStringLiteral("Acme Corp");
    lead.companyWebsite = QStringLiteral("https://acme.example");
    lead.companyTin = QStringLiteral("7707083893");
    lead.campaignId = campaignId;
    lead.sellingDirectionId = directionId;
    lead.serviceId = serviceId;
    lead.newContact = true;
    lead.firstName = QStringLiteral("Jane");
    lead.lastName = QStringLiteral("Doe");
    lead.middleName = QStringLiteral("Q");
    lead.contactPhone = QStringLiteral("+44 20 7946 0958");
    lead.contactEmail = QStringLiteral("jane@acme.example");
    lead.existingContactId = contactId;   // hidden by New contact
    lead.description = QStringLiteral("Wants a demo");
    lead.ownerId = otherEmployeeId;
    lead.city = QStringLiteral("London");
    lead.channelId = channelId;
    lead.state = LeadState::New;
    return lead;
}

qint64 StorageFixture::scalar(const QString &sql) const
{
    QSqlQuery query(db());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QByteArray StorageFixture::fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}
