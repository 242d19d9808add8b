// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CertificateProblem.h"
#include "protocol/Frame.h"

#include <QByteArray>
#include <QString>
#include <exception>

namespace dispatch {

// The client's error hierarchy (architecture.md "Errors"). The classes share one header because each is a
// constructor and a one-line override: eleven file pairs would hide the one thing worth reading, which is the
// table of codes in dispatchErrorFor().
//
// code() is the server's code (dwp-protocol.md §1) when the server sent one, and 0 for errors the client
// raises itself (timeouts, lost connections, aborts, unreadable frames). They derive from std::exception so
// that they travel through QCoro tasks, which store a std::exception_ptr and rethrow it in the awaiting
// coroutine.
class DispatchError : public std::exception
{
public:
    // Which class an error is, for exhaustive switches (-Wswitch) instead of dynamic_cast chains: the GUI's
    // words (ErrorText), dispatchctl's exit codes and the tests all switch on it.
    enum class Kind
    {
        BadRequest,
        Auth,
        Permission,
        NotFound,
        UnsupportedMethod,
        Server,
        Connection,
        Certificate, // a ConnectionError too
        Timeout,
        Protocol,
        Aborted,
        Unclassified, // a plain DispatchError, e.g. from fromExceptionPtr() of a foreign exception
    };

    DispatchError(qint64 code, QString message) : DispatchError(Kind::Unclassified, code, std::move(message))
    {
    }

    Kind kind() const noexcept { return m_kind; }
    qint64 code() const noexcept { return m_code; }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_what.constData(); }
    // The class name of a kind ("PermissionError"), for logs and test messages.
    static QString kindName(Kind kind);

    // The DWP method of the call that failed (dwp::methods), set where the call fails, so that whoever
    // shows the error knows what was being attempted; empty for errors not tied to one call.
    const QString& method() const noexcept { return m_method; }
    // A copy of this error, most derived type kept, carrying `method` unless it already names one.
    std::exception_ptr withMethod(const QString& method) const;
    // withMethod() on a DispatchError inside `error`; other exceptions are returned unchanged.
    static std::exception_ptr withMethod(const std::exception_ptr& error, const QString& method);

    // An exception_ptr holding a copy of the most derived type, for code that holds the error by base
    // reference and must store it or hand it on (std::make_exception_ptr(base) would slice it).
    virtual std::exception_ptr toExceptionPtr() const { return std::make_exception_ptr(*this); }

    // Reads code and message out of any exception_ptr; foreign exceptions become code 0 with their what().
    static DispatchError fromExceptionPtr(const std::exception_ptr& error);

protected:
    DispatchError(Kind kind, qint64 code, QString message);

private:
    Kind m_kind;
    qint64 m_code;
    QString m_message;
    QString m_method;
    QByteArray m_what; // what() must return a pointer that lives as long as the exception
};

// 400 from the server: the request or its data was malformed (dwp-protocol.md §3).
class BadRequestError : public DispatchError
{
public:
    explicit BadRequestError(QString message)
        : DispatchError(Kind::BadRequest, dwp::ErrorCode::BadRequest, std::move(message))
    {
    }
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// 401, or 400 on the auth frame: the token or the auth frame was refused (§2).
class AuthError : public DispatchError
{
public:
    AuthError(qint64 code, QString message) : DispatchError(Kind::Auth, code, std::move(message)) {}
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// 403: the identity lacks the method's scope; the only way a client learns its permissions (§1).
class PermissionError : public DispatchError
{
public:
    explicit PermissionError(QString message)
        : DispatchError(Kind::Permission, dwp::ErrorCode::Forbidden, std::move(message))
    {
    }
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// 404: no such job or run.
class NotFoundError : public DispatchError
{
public:
    explicit NotFoundError(QString message)
        : DispatchError(Kind::NotFound, dwp::ErrorCode::NotFound, std::move(message))
    {
    }
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// 405: the server declares the method but does not implement it (job.list, dlq.*, cron.list), or does not
// know it (§1); a monitor feature-detects with it.
class UnsupportedMethodError : public DispatchError
{
public:
    explicit UnsupportedMethodError(QString message)
        : DispatchError(Kind::UnsupportedMethod, dwp::ErrorCode::MethodNotFound, std::move(message))
    {
    }
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// 500, and every code the client has no better class for (409 is declared by the server but never sent).
class ServerError : public DispatchError
{
public:
    ServerError(qint64 code, QString message) : DispatchError(Kind::Server, code, std::move(message)) {}
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// Client side: the socket closed, could not open, or the request could not be sent.
class ConnectionError : public DispatchError
{
public:
    explicit ConnectionError(QString message) : DispatchError(Kind::Connection, 0, std::move(message)) {}
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }

protected:
    ConnectionError(Kind kind, QString message) : DispatchError(kind, 0, std::move(message)) {}
};

// Client side: the server's TLS certificate failed verification and its SHA-256 fingerprint is not in
// ConnectionSettings::trustedCertificateSha256. The client does not retry: only the operator can decide to
// trust it.
class CertificateError : public ConnectionError
{
public:
    CertificateError(QString message, CertificateProblem problem)
        : ConnectionError(Kind::Certificate, std::move(message)), m_problem(std::move(problem))
    {
    }
    const CertificateProblem& problem() const noexcept { return m_problem; }
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }

private:
    CertificateProblem m_problem;
};

// Client side: a deadline or an idle timeout passed.
class TimeoutError : public DispatchError
{
public:
    explicit TimeoutError(QString message) : DispatchError(Kind::Timeout, 0, std::move(message)) {}
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// Client side: a frame or payload we could not understand.
class ProtocolError : public DispatchError
{
public:
    explicit ProtocolError(QString message) : DispatchError(Kind::Protocol, 0, std::move(message)) {}
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// Client side: the caller gave up on the request (PendingRequestMap::abort). DWP has no frame to cancel a
// request, so the server may still run it; only the answer is ignored.
class AbortedError : public DispatchError
{
public:
    explicit AbortedError(QString message) : DispatchError(Kind::Aborted, 0, std::move(message)) {}
    std::exception_ptr toExceptionPtr() const override { return std::make_exception_ptr(*this); }
};

// The class for a server error frame's code: 400 BadRequestError, 401 AuthError, 403 PermissionError,
// 404 NotFoundError, 405 UnsupportedMethodError, other positive codes ServerError. A code ≤ 0 means the
// frame carried no usable code, so it is a ProtocolError.
std::exception_ptr dispatchErrorFor(const dwp::FrameError& error);
[[noreturn]] void throwDispatchError(const dwp::FrameError& error);

} // namespace dispatch
