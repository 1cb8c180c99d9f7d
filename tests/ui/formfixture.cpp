#include "formfixture.h"

#include "opensession.h"
#include "referencerepository.h"

#include <stdexcept>

FormFixture::FormFixture()
{
    if (!db.openSqlite(dir.file(QStringLiteral("form.sqlite")), QStringLiteral("form-test")))
        throw std::runtime_error(db.errorString().toStdString());
    EmployeeRepository employees(db.connection());
    QString error;
    const qint64 id = employees.create(QStringLiteral("agent"), QStringLiteral("Anna Agent"), Role::Sales,
                                       QStringLiteral("secret-password-1"), &error);
    if (id == 0 || !employees.find(id, &agent))
        throw std::runtime_error(error.toStdString());
    ReferenceRepository refs(db.connection());
    directionA = refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting"));
    directionB = refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Software"));
    auditService = refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Audit"), directionA);
    refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Advisory"), directionA);
    licencesService = refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Licences"), directionB);
    campaign = refs.insertSimple(ReferenceKind::Campaign, QStringLiteral("Spring webinar"));
    channel = refs.insertSimple(ReferenceKind::Channel, QStringLiteral("Newsletter"));
    acme = refs.insertCompany(QStringLiteral("Acme Trading"), QStringLiteral("https://acme.ru"),
                              QStringLiteral("7707083893"), &error);
    globex = refs.insertCompany(QStringLiteral("Globex"), QStringLiteral("https://globex.com"),
                                QStringLiteral("500100732259"), &error);
    petrov = refs.insertContact(acme, QStringLiteral("Ivan"), QStringLiteral("Petrov"), QString(),
                                QStringLiteral("+7 (495) 123-45-67"), QStringLiteral("ivan@acme.ru"), &error);
    refs.insertContact(globex, QStringLiteral("Maria"), QStringLiteral("Ivanova"), QString(), QString(),
                       QStringLiteral("maria@globex.com"), &error);
    if (!acme || !petrov || !directionA || !auditService)
        throw std::runtime_error(QString(QStringLiteral("fixture: ") + error).toStdString());
    session = openSession(db.path(), agent);
}
