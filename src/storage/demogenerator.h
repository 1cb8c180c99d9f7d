#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

struct DemoOptions
{
    qint64 leads = 1000;
    qint64 companies = 0;   // 0: chosen from the lead count
    quint64 seed = 1;
};

struct DemoSummary
{
    qint64 leads = 0;
    qint64 companies = 0;
    qint64 contacts = 0;
    // "login password roles" for each demo employee, printed at the end of `crm-agent demo`.
    QStringList credentials;
};

// Fills a database with realistic, deterministic demo data, fast enough for a million leads.
class DemoGenerator
{
public:
    static bool generate(QSqlDatabase &db, const DemoOptions &options, DemoSummary *summary,
                         QString *error, const std::function<void(qint64 done)> &progress = {});
};
