#pragma once

#include "error.h"

#include <optional>
#include <utility>

namespace sb {

// A value or an Error. Functions that return nothing on success return Error itself.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const { return m_value.has_value(); }
    const Error &error() const { return m_error; }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace sb
