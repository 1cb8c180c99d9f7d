#pragma once

#include "result.h"

#include <functional>

// How every service of this layer answers: `done(result)` on the caller's thread (see Session::run).
template<typename T>
using Done = std::function<void(Result<T>)>;
