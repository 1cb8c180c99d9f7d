#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QString>

#include <functional>

struct DemoOptions
{
    qint64 leads = 1000;
    qint64 companies = 0;   // 0: chosen from the lead count
    quint64 seed = 1;
    // The newest creation time; leads spread over the two years before it. Invalid: today 00:00 UTC
    // (a fixed value makes two runs with one seed identical).
    QDateTime until;
};

// What one run added.
struct DemoSummary
{
    qint64 leads = 0;
    qint64 companies = 0;
    qint64 contacts = 0;
    // "login password roles" for each demo employee, printed at the end of `crm-agent demo`.
    QStringList credentials;
};

// Fills a database with realistic, deterministic demo data, fast enough for a million leads.
// On a database that already has reference data (companies, directions, demo employees) it reuses
// them and adds leads. Both engines, the same rows for the same options: it writes through the raw
// handle in one transaction (SQLite: prepared INSERTs; PostgreSQL: COPY, see demogenerator.cpp).
class DemoGenerator
{
public:
    // Russian INN check digits (10 or 12 digits) appended to the first 9 or 10 digits.
    static QString withInnCheckDigits(const QString &body);

    static Result<DemoSummary> generate(QSqlDatabase &db, const DemoOptions &options,
                                        const std::function<void(qint64 done)> &progress = {});
};
