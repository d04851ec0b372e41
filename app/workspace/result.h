#pragma once

#include "storage/storageerror.h"

#include <optional>
#include <utility>

namespace rp {

// What a service call gives back: the value, or why there is none. The one way errors reach the
// widgets from the application layer (a call with nothing to return gives a StorageError alone).
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(StorageError error)
        : m_error(std::move(error))
    { }

    explicit operator bool() const { return m_value.has_value(); }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const StorageError &error() const { return m_error; }
    // For a list a window can show empty when it cannot be read (it says so elsewhere).
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

// A repository's answer as a Result: what it read, or the error it recorded (every repository
// call sets lastError(), cleared on success).
template <typename T, typename Repository> Result<T> resultOf(std::optional<T> value, const Repository &repository)
{
    if (value)
        return std::move(*value);
    return repository.lastError();
}

// A list (or set) read: empty is an answer too, so the recorded error tells the two apart.
template <typename Rows, typename Repository> Result<Rows> rowsOf(Rows rows, const Repository &repository)
{
    if (repository.lastError().isError())
        return repository.lastError();
    return rows;
}

// The same for a write that answers true or false.
template <typename Repository> StorageError errorOf(bool done, const Repository &repository)
{
    return done ? StorageError{} : repository.lastError();
}

} // namespace rp
