// Lets Catch print a QString in a failed check (instead of "{?}" per character).
#pragma once

#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
