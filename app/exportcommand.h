#pragma once

#include <QStringList>

// `crm-agent export --db PATH --out FILE|- [--columns a,b,c] [filters] [format options] [--user LOGIN]`:
// writes leads to CSV with no display. Exit status 0 on success, 1 when the export fails,
// 2 for bad arguments, 130 when interrupted; failures print one line to standard error.
class ExportCommand
{
public:
    static int run(const QStringList &arguments);
};
