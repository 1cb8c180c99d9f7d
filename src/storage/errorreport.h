#pragma once

#include "result.h"

#include <QString>

// How the storage hands a failure to its caller: the message in *error (when given).
class ErrorReport
{
public:
    // Sets *error to `message`; returns false, for `return ErrorReport::fail(error, ...);`.
    static bool fail(QString *error, const QString &message);
    // True for a success; else sets *error to the failure's message and returns false.
    static bool report(const Result<void> &result, QString *error);
    // The same for functions that return an id: 0.
    static qint64 noId(QString *error, const QString &message);
};
