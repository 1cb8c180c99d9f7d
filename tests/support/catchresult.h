#pragma once

// Result<T> in tests: Catch prints a failed one with its message, and valueOf() unwraps the value a
// test cannot go on without (a failure throws, and Catch reports the message).

#include "result.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <utility>

namespace Catch {

template<typename T>
struct StringMaker<Result<T>>
{
    static std::string convert(const Result<T> &result)
    {
        return result ? std::string("ok") : "Failure: \"" + result.error().toStdString() + '"';
    }
};

} // namespace Catch

template<typename T>
T valueOf(Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().toStdString());
    return std::move(result).value();
}
