// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"

#include <QByteArray>
#include <optional>

namespace devserver {

// What Handler.Handle returns for one request: the response data, or an error code and message.
struct HandlerReply
{
    QByteArray data;
    std::optional<dwp::FrameError> error;

    static HandlerReply success(QByteArray data) { return {std::move(data), std::nullopt}; }
    static HandlerReply failure(qint64 code, const QString& message)
    {
        return {QByteArray(), dwp::FrameError{code, message, QString()}};
    }
    bool isError() const { return error.has_value(); }
};

} // namespace devserver
