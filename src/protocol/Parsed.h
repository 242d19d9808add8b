// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace dwp {

// The outcome of parsing untrusted input: a value, or a message that says what was wrong and where.
// Parsers never throw across the protocol boundary; callers decide how to report the message.
template<typename T>
class Parsed
{
public:
    Parsed(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    static Parsed failure(QString message)
    {
        Parsed p;
        p.m_error = std::move(message);
        return p;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

private:
    Parsed() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace dwp
