#pragma once

#include <QString>

#include <utility>
#include <variant>

// What kind of failure: most are plain errors; a Conflict means someone else changed the record
// since the caller read it (a stale version), so reloading it and trying again can succeed.
enum class FailureKind {
    Error,
    Conflict,
};

// Why something failed: a user-facing, translated message. Returned through Result, the way
// std::unexpected is returned through std::expected: `return Failure{tr("...")};`, or
// `return Failure{tr("..."), FailureKind::Conflict};` for a stale version.
struct Failure
{
    QString message;
    FailureKind kind = FailureKind::Error;
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
    // The failure with its kind, to hand on unchanged (`return found.failure();`); only when !has_value().
    Failure failure() const { return has_value() ? Failure{} : std::get<Failure>(m_state); }
    // Failed because someone else changed the record meanwhile (FailureKind::Conflict).
    bool isConflict() const { return !has_value() && std::get<Failure>(m_state).kind == FailureKind::Conflict; }

private:
    std::variant<T, Failure> m_state;
};

// Success without a value, or the message saying why it failed.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_ok(false), m_error(std::move(failure.message)), m_kind(failure.kind) {}

    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    QString error() const { return m_error; }
    Failure failure() const { return Failure{m_error, m_kind}; }
    bool isConflict() const { return !m_ok && m_kind == FailureKind::Conflict; }

private:
    bool m_ok = true;
    QString m_error;
    FailureKind m_kind = FailureKind::Error;
};
