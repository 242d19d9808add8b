// SPDX-License-Identifier: MIT
#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

namespace dispatch {

DispatchError::DispatchError(Kind kind, qint64 code, QString message)
    : m_kind(kind), m_code(code), m_message(std::move(message)), m_what(m_message.toUtf8())
{
}

QString DispatchError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BadRequest:
        return QStringLiteral("BadRequestError");
    case Kind::Auth:
        return QStringLiteral("AuthError");
    case Kind::Permission:
        return QStringLiteral("PermissionError");
    case Kind::NotFound:
        return QStringLiteral("NotFoundError");
    case Kind::UnsupportedMethod:
        return QStringLiteral("UnsupportedMethodError");
    case Kind::Server:
        return QStringLiteral("ServerError");
    case Kind::Connection:
        return QStringLiteral("ConnectionError");
    case Kind::Certificate:
        return QStringLiteral("CertificateError");
    case Kind::Timeout:
        return QStringLiteral("TimeoutError");
    case Kind::Protocol:
        return QStringLiteral("ProtocolError");
    case Kind::Aborted:
        return QStringLiteral("AbortedError");
    case Kind::Unclassified:
        break;
    }
    return QStringLiteral("DispatchError");
}

std::exception_ptr DispatchError::withMethod(const QString& method) const
{
    // A fresh copy of the most derived type, then the method set on that copy: the original may be shared
    // (failAll() hands one error to every pending call, each of another method).
    std::exception_ptr copy = toExceptionPtr();
    if (m_method.isEmpty()) {
        try {
            std::rethrow_exception(copy);
        } catch (DispatchError& inCopy) { // the object `copy` holds, not another copy
            inCopy.m_method = method;
        }
    }
    return copy;
}

std::exception_ptr DispatchError::withMethod(const std::exception_ptr& error, const QString& method)
{
    if (!error || method.isEmpty())
        return error;
    try {
        std::rethrow_exception(error);
    } catch (const DispatchError& dispatchError) {
        return dispatchError.withMethod(method);
    } catch (...) {
        return error;
    }
}

DispatchError DispatchError::fromExceptionPtr(const std::exception_ptr& error)
{
    if (!error)
        return DispatchError(0, QStringLiteral("no error"));
    try {
        std::rethrow_exception(error);
    } catch (const DispatchError& dispatchError) {
        return dispatchError;
    } catch (const std::exception& other) {
        return DispatchError(0, QString::fromUtf8(other.what()));
    } catch (...) {
        return DispatchError(0, QCoreApplication::translate("dispatch::DispatchError", "unknown error"));
    }
}

std::exception_ptr dispatchErrorFor(const dwp::FrameError& error)
{
    switch (error.code) {
    case dwp::ErrorCode::BadRequest:
        return std::make_exception_ptr(BadRequestError(error.message));
    case dwp::ErrorCode::Unauthorized:
        return std::make_exception_ptr(AuthError(error.code, error.message));
    case dwp::ErrorCode::Forbidden:
        return std::make_exception_ptr(PermissionError(error.message));
    case dwp::ErrorCode::NotFound:
        return std::make_exception_ptr(NotFoundError(error.message));
    case dwp::ErrorCode::MethodNotFound:
        return std::make_exception_ptr(UnsupportedMethodError(error.message));
    default:
        break;
    }
    if (error.code <= 0)
        return std::make_exception_ptr(
            //: Error text for a malformed error frame from the server. %1 is the code the frame carried (0 or
            //: negative), %2 the server's message (English).
            ProtocolError(QCoreApplication::translate("dispatch::DispatchError",
                                                      "error frame without a valid code (%1): %2")
                              .arg(QString::number(error.code), error.message)));
    return std::make_exception_ptr(ServerError(error.code, error.message));
}

void throwDispatchError(const dwp::FrameError& error)
{
    std::rethrow_exception(dispatchErrorFor(error));
}

} // namespace dispatch
