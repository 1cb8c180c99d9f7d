#include "formfixture.h"
#include "catchresult.h"
#include "lead.h"
#include "leadrepository.h"

#include "opensession.h"
#include "referencerepository.h"

#include <stdexcept>

FormFixture::FormFixture()
{
    if (const Result<void> opened = db.open(test.location(), QStringLiteral("form-test")); !opened)
        throw std::runtime_error(opened.error().toStdString());
    EmployeeRepository employees(db.connection());
    const qint64 id = valueOf(employees.create(QStringLiteral("agent"), QStringLiteral("Anna Agent"), Role::Sales,
                                               QStringLiteral("secret-password-1")));
    if (!employees.find(id, &agent))
        throw std::runtime_error("fixture: the agent just created cannot be read");
    // valueOf throws (with the message) when one of them cannot be created.
    ReferenceRepository refs(db.connection());
    directionA = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting")));
    directionB = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Software")));
    auditService = valueOf(refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Audit"), directionA));
    valueOf(refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Advisory"), directionA));
    licencesService = valueOf(refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Licences"), directionB));
    campaign = valueOf(refs.insertSimple(ReferenceKind::Campaign, QStringLiteral("Spring webinar")));
    channel = valueOf(refs.insertSimple(ReferenceKind::Channel, QStringLiteral("Newsletter")));
    acme = valueOf(refs.insertCompany(QStringLiteral("Acme Trading"), QStringLiteral("https://acme.ru"),
                                      QStringLiteral("7707083893")));
    globex = valueOf(refs.insertCompany(QStringLiteral("Globex"), QStringLiteral("https://globex.com"),
                                        QStringLiteral("500100732259")));
    petrov = valueOf(refs.insertContact(acme, QStringLiteral("Ivan"), QStringLiteral("Petrov"), QString(),
                                        QStringLiteral("+7 (495) 123-45-67"), QStringLiteral("ivan@acme.ru")));
    valueOf(refs.insertContact(globex, QStringLiteral("Maria"), QStringLiteral("Ivanova"), QString(), QString(),
                               QStringLiteral("maria@globex.com")));
    session = openSession(db.path(), agent);
}

Lead FormFixture::insertStoredLead(const QString &name) const
{
    Lead lead;
    lead.name = name;
    lead.sellingDirectionId = directionA;
    lead.existingCompanyId = acme;
    lead.existingContactId = petrov;
    if (!LeadRepository(db.connection()).insert(lead, agent.id))
        throw std::runtime_error("fixture: the stored lead cannot be inserted");
    return lead;
}
