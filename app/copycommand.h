#pragma once

#include <QStringList>

// `crm-agent copy --from DB --to DB [--progress]`: the whole database into an empty one
// (DatabaseCopier). Exit status 0 when copied, 1 when refused or failed (the target left as it
// was), 2 for a usage error, 130 when interrupted.
class CopyCommand
{
public:
    static int run(const QStringList &arguments);
};
