#pragma once

#include "database.h"
#include "employeerepository.h"
#include "session.h"
#include "testdatabase.h"

#include <QString>

#include <memory>

// A fresh database on the test program's engine (TestDatabase: an SQLite file in a temporary
// folder unless the program runs on PostgreSQL) with the reference data the lead form picks from.
struct Lead;

struct FormFixture
{
    FormFixture();

    // Stores a lead named `name` (direction A, Acme and Petrov) as the agent and returns it with its id.
    Lead insertStoredLead(const QString &name) const;

    TestDatabase test;
    Database db;             // sets data up and checks what was written, on the test's thread
    Employee agent;          // crm_sales
    std::unique_ptr<Session> session;   // opened, signed in as the agent: what the form is given
    qint64 directionA = 0;   // "Consulting" with services "Audit" and "Advisory"
    qint64 directionB = 0;   // "Software" with service "Licences"
    qint64 auditService = 0;
    qint64 licencesService = 0;
    qint64 campaign = 0;
    qint64 channel = 0;
    qint64 acme = 0;         // company "Acme Trading", TIN 7707083893
    qint64 petrov = 0;       // contact "Petrov Ivan" of Acme, ivan@acme.ru, +7 (495) 123-45-67
    qint64 globex = 0;       // company "Globex", TIN 500100732259
};
