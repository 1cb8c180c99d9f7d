#include "serviceresult.h"

Result<void> outcome(bool ok, const QString &error, const QString &fallback)
{
    if (ok)
        return {};
    return Failure{error.isEmpty() ? fallback : error};
}
