#pragma once

#include "await.h"
#include "employee.h"
#include "session.h"

#include <QString>

#include <memory>

// A Session on the database file at `path`, opened (waited for) and signed in as `employee`:
// what the application hands its windows after sign-in. For tests that link crm_models.
inline std::unique_ptr<Session> openSession(const QString &path, const Employee &employee = Employee())
{
    auto session = std::make_unique<Session>(path);
    const Result<void> opened = await<Result<void>>([&](QObject *c, auto done) { session->open(c, done); });
    REQUIRE(opened.has_value());
    session->setEmployee(employee);
    return session;
}
