#include "importcommand.h"

int ImportCommand::run(const QStringList &)
{
    return Failed;
}
