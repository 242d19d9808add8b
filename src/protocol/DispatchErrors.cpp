// SPDX-License-Identifier: MIT
#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

namespace dispatch {

DispatchError::DispatchError(qint64 code, QString message)
    : m_code(code), m_message(std::move(message)), m_what(m_message.toUtf8())
{
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
