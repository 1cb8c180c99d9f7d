#pragma once

#include "database.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct Lead;

// A fresh database (TestDatabase: a file in a temporary folder, or a PostgreSQL database) with one
// row of every reference kind.
class StorageFixture
{
public:
    explicit StorageFixture(const QString &connectionName = QStringLiteral("storage-test"));

    QSqlDatabase db() const { return m_database.connection(); }
    Database &database() { return m_database; }
    // The database's location (Database::open): the SQLite path or the PostgreSQL URI.
    QString path() const { return m_database.location(); }
    const TempDir &dir() const { return m_test.dir(); }

    // A lead that uses an existing company and contact (all fields filled, the hidden ones too).
    Lead existingLead() const;
    // A lead with a new company and a new contact (all fields filled, the hidden ones too).
    Lead newLead() const;

    qint64 scalar(const QString &sql) const;

    // The bytes of a file, to compare before and after.
    static QByteArray fileBytes(const QString &path);

    qint64 employeeId = 0;
    qint64 otherEmployeeId = 0;
    qint64 companyId = 0;
    qint64 otherCompanyId = 0;
    qint64 contactId = 0;
    qint64 campaignId = 0;
    qint64 directionId = 0;
    qint64 serviceId = 0;
    qint64 channelId = 0;

private:
    TestDatabase m_test;
    Database m_database;
};
