// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace devserver {

// A minimal HTTP/1.1 request reader for the admin API: a request line, headers, and a Content-Length body.
// Enough for what clients send to a REST API (no chunked request bodies, no pipelining beyond taking
// requests one after another from the buffer), and strict about size, so a hostile client cannot grow the
// server's memory.
class HttpRequestParser
{
public:
    enum class Status
    {
        Incomplete, // wait for more bytes
        Complete,   // `request` is filled and its bytes are removed from the buffer
        Invalid,    // errorStatus() and error() say why; answer and close
    };

    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    Status take(QByteArray& buffer, HttpRequest& request);
    int errorStatus() const { return m_errorStatus; }
    const QString& error() const { return m_error; }

private:
    Status fail(int status, const QString& error);
    bool readHeaders(const QList<QByteArray>& lines, HttpRequest& request, qint64& contentLength);

    int m_errorStatus = 0;
    QString m_error;
};

} // namespace devserver
