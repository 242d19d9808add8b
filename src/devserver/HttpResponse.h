// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace devserver {

// One HTTP/1.1 response of the devserver's admin API, written the way Go's net/http writes it.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;

    static HttpResponse json(int status, QByteArray body);
    // forge's pointer-returning handlers write their JSON twice: the handler's own ctx.JSON, then the
    // returned value (dwp-protocol.md §8 caveat 2). The status is the first write's.
    static HttpResponse doubleJson(int status, const QByteArray& json);
    static HttpResponse noContent();

    QByteArray serialize(bool keepAlive) const;
};

} // namespace devserver
