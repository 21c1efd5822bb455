#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bilan {

// The one error convention of Bilan: an operation a user can make fail returns a Result that
// carries either its value or an Error with a translated message. `field` names the input that
// is wrong (a CSV column name, a form field) so callers can show the message next to it.
// `storage` marks a failure of the database itself (busy, read-only, full disk) rather than of
// the input: a long import stops at the first one instead of repeating it for every row.
struct Error
{
    QString message;
    QString field;
    bool storage = false;
    // The row was changed (or removed) at another desk since the form loaded it (RowVersion):
    // the form should show the stored version.
    bool changedElsewhere = false;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error fail(QString message, QString field = {})
{
    return Error{std::move(message), std::move(field)};
}

// The same error filed under another field; a storage failure stays one.
inline Error relabel(Error error, QString field)
{
    error.field = std::move(field);
    return error;
}

} // namespace bilan
