#pragma once

#include <QStringList>

// `crm-agent demo --db PATH --leads N [--companies N] [--seed S] [--user LOGIN]`
class DemoCommand
{
public:
    static int run(const QStringList &arguments);
};
