#pragma once

#include <QString>

#include <utility>
#include <variant>

// Why something failed: a user-facing, translated message. Returned through Result, the way
// std::unexpected is returned through std::expected: `return Failure{tr("...")};`.
struct Failure
{
    QString message;
};

// The value of an operation that can fail, or the message saying why it failed: the shape of
// C++23's std::expected<T, QString> (has_value(), value(), error(), *, ->), which GCC 12 lacks.
// [[nodiscard]]: a caller that drops a Result has dropped an error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(Failure failure) : m_state(std::move(failure)) {}

    bool has_value() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return has_value(); }

    // Only when has_value().
    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T value_or(T fallback) const { return has_value() ? value() : std::move(fallback); }

    // The message; empty when has_value().
    QString error() const { return has_value() ? QString() : std::get<Failure>(m_state).message; }

private:
    std::variant<T, Failure> m_state;
};

// Success without a value, or the message saying why it failed.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_ok(false), m_error(std::move(failure.message)) {}

    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    QString error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};
