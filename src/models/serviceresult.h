#pragma once

#include "result.h"

#include <QString>

#include <functional>

// How every service of this layer answers: `done(result)` on the caller's thread (see Session::run).
template<typename T>
using Done = std::function<void(Result<T>)>;

// The answer of a storage call that reports success as a bool and its reason in `error`; `fallback`
// words a failure the storage left unexplained.
Result<void> outcome(bool ok, const QString &error, const QString &fallback = QString());
