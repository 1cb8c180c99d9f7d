#pragma once

// Lets Catch print Qt strings and the core enums in failure messages.

#include "leadfield.h"

#include <QString>

#include <catch2/catch.hpp>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<LeadField>
{
    static std::string convert(LeadField value) { return LeadFields::code(value).toStdString(); }
};

} // namespace Catch
