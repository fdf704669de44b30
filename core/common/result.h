// Result<T>: a value or an Error that says what went wrong and where, for every call that can fail.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace relais {

// `where` names the place (a file:line:column, a URL without its password, a JSON path, a host:port);
// `what` says what was expected and what was found. Both are written for a person to read.
struct Error
{
    QString what;
    QString where;

    // "where: what", or just "what" when there is no place to name.
    QString toString() const { return where.isEmpty() ? what : where + QStringLiteral(": ") + what; }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For calls that return nothing but can fail.
struct Done
{};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace relais
