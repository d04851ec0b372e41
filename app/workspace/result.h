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

} // namespace rp
