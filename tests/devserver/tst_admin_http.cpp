// SPDX-License-Identifier: MIT
// The devserver's REST side on the wire, read with a raw socket: the real server's quirks (double bodies,
// 201 on replay, both error shapes, 404 list routes, no authentication) and a strict request reader.
#include "devserver/HttpRequestParser.h"
#include "support/DevServerFixture.h"

#include <QTcpSocket>
#include <QTest>

namespace {

// Sends one request and reads until the server closes (Connection: close). The devserver runs in this
// thread, so the waits spin the event loop instead of blocking.
QByteArray exchange(const QUrl& adminUrl, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(adminUrl.host(), quint16(adminUrl.port()));
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return QByteArray("no connection");
    socket.write(request);
    QByteArray reply;
    const bool closed = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return closed ? reply + socket.readAll() : QByteArray("no close within 5 s: ") + reply;
}

QByteArray get(const QUrl& adminUrl, const QByteArray& route, const QByteArray& method = "GET",
               const QByteArray& extraHeaders = QByteArray())
{
    return exchange(adminUrl, method + " /dispatch" + route +
                                  " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + extraHeaders +
                                  "Content-Length: 0\r\n\r\n");
}

QByteArray bodyOf(const QByteArray& reply)
{
    return reply.mid(reply.indexOf("\r\n\r\n") + 4);
}

} // namespace

class AdminHttpTest : public QObject
{
    Q_OBJECT

private slots:
    void theRealServersQuirks()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        const QUrl admin = fixture.server().adminUrl();
        QCOMPARE(admin.port(), fixture.url().port()); // same port as DWP, as in the forge extension

        const QByteArray stats = get(admin, "/v1/stats");
        QVERIFY2(stats.startsWith("HTTP/1.1 200 OK\r\n"), stats.constData());
        QCOMPARE(bodyOf(stats).count('\n'), 1); // stats: one body
        // No authentication: a bogus bearer token changes nothing.
        QCOMPARE(bodyOf(get(admin, "/v1/stats", "GET", "Authorization: Bearer nonsense\r\n")), bodyOf(stats));

        devserver::WorkerPool::EnqueueOptions options;
        options.name = QStringLiteral("waits");
        options.queue = QStringLiteral("nobody-polls-this");
        const QString id = fixture.server().engine().enqueue(options).id;
        const QByteArray job = bodyOf(get(admin, "/v1/jobs/" + id.toUtf8()));
        const QList<QByteArray> halves = job.split('\n');
        QCOMPARE(halves.size(), 3); // <json>\n<json>\n
        QCOMPARE(halves[0], halves[1]);
        QCOMPARE(halves[0], fixture.server().engine().job(id)->toJson());

        for (const QByteArray route :
             {"/v1/jobs?state=pending", "/v1/workflows/runs", "/v1/dlq", "/v1/crons"})
            QVERIFY2(get(admin, route).startsWith("HTTP/1.1 404"), route.constData());
        // Positive control for the 404s: the static routes beside them answer.
        QVERIFY(get(admin, "/v1/jobs/counts").startsWith("HTTP/1.1 200"));
        QVERIFY(get(admin, "/v1/dlq/count").startsWith("HTTP/1.1 200"));

        QCOMPARE(
            bodyOf(get(admin, "/v1/jobs/wfrun_01jd0000000000000000000000")),
            QByteArray("{\"code\":400,\"error\":\"id: expected prefix \\\"job\\\", got \\\"wfrun\\\"\"}\n"));
        QCOMPARE(bodyOf(get(admin, "/v1/jobs/job_01jd0000000000000000000000/retry", "POST")),
                 QByteArray("{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"job not found\"}\n"));
        QVERIFY(get(admin, "/v1/stats", "DELETE").startsWith("HTTP/1.1 405"));
    }

    void listRoutesWhenAsked()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.restListRoutes = true;
        testsupport::DevServerFixture fixture(config);
        const QUrl admin = fixture.server().adminUrl();
        QCOMPARE(bodyOf(get(admin, "/v1/dlq")), QByteArray("null\n"));
        QCOMPARE(bodyOf(get(admin, "/v1/jobs")), QByteArray("null\n")); // no state: matches nothing
        devserver::WorkerPool::EnqueueOptions options;
        options.name = QStringLiteral("waits");
        options.queue = QStringLiteral("nobody-polls-this");
        fixture.server().engine().enqueue(options);
        QVERIFY(bodyOf(get(admin, "/v1/jobs?state=pending")).startsWith("[{"));
    }

    void noRestMeansTheRoutersPlain404()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.restBasePath.clear();
        testsupport::DevServerFixture fixture(config);
        QVERIFY(fixture.server().adminUrl().isEmpty());
        QUrl admin = fixture.url();
        admin.setPath(QStringLiteral("/dispatch"));
        const QByteArray reply = get(admin, "/v1/stats");
        QVERIFY2(reply.startsWith("HTTP/1.1 404"), reply.constData());
        QCOMPARE(bodyOf(reply), QByteArray("404 page not found\n"));
    }

    void requestReaderIsStrictAndBounded()
    {
        devserver::HttpRequestParser parser;
        devserver::HttpRequest request;
        QByteArray buffer = "GET /dispatch/v1/stats?x=1 HTTP/1.1\r\nConnection: close\r\n\r\nGET";
        QCOMPARE(parser.take(buffer, request), devserver::HttpRequestParser::Status::Complete);
        QCOMPARE(request.path, QByteArray("/dispatch/v1/stats"));
        QCOMPARE(request.query, QByteArray("x=1"));
        QVERIFY(!request.keepAlive);
        QCOMPARE(buffer, QByteArray("GET")); // the next request's start stays
        QCOMPARE(parser.take(buffer, request), devserver::HttpRequestParser::Status::Incomplete);

        QByteArray huge =
            "GET / HTTP/1.1\r\nX: " + QByteArray(devserver::HttpRequestParser::kMaxHeadBytes, 'a');
        QCOMPARE(parser.take(huge, request), devserver::HttpRequestParser::Status::Invalid);
        QCOMPARE(parser.errorStatus(), 431);
        QByteArray bigBody = "POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n";
        QCOMPARE(parser.take(bigBody, request), devserver::HttpRequestParser::Status::Invalid);
        QCOMPARE(parser.errorStatus(), 413);
        QByteArray garbage = "HELLO\r\n\r\n";
        QCOMPARE(parser.take(garbage, request), devserver::HttpRequestParser::Status::Invalid);
        QCOMPARE(parser.errorStatus(), 400);
        QByteArray badLength = "GET / HTTP/1.1\r\nContent-Length: -4\r\n\r\n";
        QCOMPARE(parser.take(badLength, request), devserver::HttpRequestParser::Status::Invalid);
    }
};

QTEST_GUILESS_MAIN(AdminHttpTest)
#include "tst_admin_http.moc"
