#pragma once

#include <QStringList>

// `crm-agent check --db PATH`: whether an SQLite file is sound (DatabaseCheck). Exit 0 when it is,
// 1 with the findings when not (or when the file cannot be looked at), 2 for a wrong argument.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};
