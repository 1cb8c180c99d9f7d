#pragma once

#include <QStringList>

// `crm-agent import --db PATH FILE [--report REJECTED.csv] [--on-duplicate skip|flag|import]
// [--dry-run] [--user LOGIN] [--default-source CODE] [--mapping CODES] [--encoding E] [--delimiter D]`:
// imports leads from a CSV file with no display. Exit status 0 when every row was imported or
// knowingly skipped, 3 when rows were rejected (the others imported), 1 when nothing could be
// imported (unreadable file, database error), 2 for bad arguments, 130 when interrupted.
class ImportCommand
{
public:
    enum ExitStatus { Imported = 0, Failed = 1, BadArguments = 2, RowsRejected = 3, Interrupted = 130 };
    static int run(const QStringList &arguments);
};
