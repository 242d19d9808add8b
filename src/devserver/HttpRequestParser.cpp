// SPDX-License-Identifier: MIT
#include "devserver/HttpRequestParser.h"

#include <QList>

namespace devserver {

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString& error)
{
    m_errorStatus = status;
    m_error = error;
    return Status::Invalid;
}

bool HttpRequestParser::readHeaders(const QList<QByteArray>& lines, HttpRequest& request,
                                    qint64& contentLength)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0)
                return false;
        } else if (name == "transfer-encoding") {
            contentLength = -2; // chunked bodies are not supported
        } else if (name == "connection") {
            const QByteArray option = value.toLower();
            if (option == "close")
                request.keepAlive = false;
            else if (option == "keep-alive")
                request.keepAlive = true;
        } else if (name == "authorization") {
            request.authorization = value;
        }
    }
    return true;
}

HttpRequestParser::Status HttpRequestParser::take(QByteArray& buffer, HttpRequest& request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > kMaxHeadBytes ? fail(431, QStringLiteral("request header fields too large"))
                                             : Status::Incomplete;
    if (headEnd > kMaxHeadBytes)
        return fail(431, QStringLiteral("request header fields too large"));
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.") || !requestLine[1].startsWith('/'))
        return fail(400, QStringLiteral("malformed request line"));
    HttpRequest parsed;
    parsed.method = requestLine[0];
    const QByteArray& target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    parsed.path = question < 0 ? target : target.left(question);
    parsed.query = question < 0 ? QByteArray() : target.mid(question + 1);
    parsed.keepAlive = requestLine[2] != "HTTP/1.0";
    qint64 contentLength = 0;
    if (!readHeaders(lines, parsed, contentLength))
        return fail(400, QStringLiteral("malformed header"));
    if (contentLength == -2)
        return fail(501, QStringLiteral("chunked request bodies are not supported"));
    if (contentLength > kMaxBodyBytes)
        return fail(413, QStringLiteral("request body too large"));
    const qsizetype total = headEnd + 4 + qsizetype(contentLength);
    if (buffer.size() < total)
        return Status::Incomplete;
    parsed.body = buffer.mid(headEnd + 4, qsizetype(contentLength));
    buffer.remove(0, total);
    request = std::move(parsed);
    return Status::Complete;
}

} // namespace devserver
