// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace devserver {

// One HTTP/1.1 request as the devserver's admin API reads it (HttpRequestParser).
struct HttpRequest
{
    QByteArray method; // GET, POST, DELETE, …
    QByteArray path;   // the target before '?', still percent-encoded
    QByteArray query;  // after '?', without it
    QByteArray authorization;
    QByteArray body;
    bool keepAlive = true; // HTTP/1.1 default; false for "Connection: close" or HTTP/1.0
};

} // namespace devserver
