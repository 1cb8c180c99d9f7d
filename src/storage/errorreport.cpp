#include "errorreport.h"

bool ErrorReport::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

qint64 ErrorReport::noId(QString *error, const QString &message)
{
    fail(error, message);
    return 0;
}

bool ErrorReport::report(const Result<void> &result, QString *error)
{
    return result || fail(error, result.error());
}
