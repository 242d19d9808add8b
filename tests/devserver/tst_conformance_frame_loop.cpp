// SPDX-License-Identifier: MIT
// dwp-protocol.md §2 "Server loop after auth", the engine part: what only the devserver's insides show (no
// job ran, the credits a session holds). The wire-only cases, which run against any server, are in
// tests/conformance/tst_wire_frame_loop.cpp.
#include "devserver/JobHandlerCatalog.h"
#include "devserver/ServerSession.h"
#include "support/DevServerFixture.h"
#include "support/TestJson.h"

#include <QTest>

using namespace testsupport;

namespace {

devserver::DevServerConfig scopedConfig()
{
    auto config = DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    for (const char* spec : {"reader=job:read", "admin=admin", "all=*"})
        config.tokens.add(*devserver::TokenSpec::parse(QString::fromLatin1(spec)));
    return config;
}

QByteArray textFrame(const QByteArray& id, const QByteArray& rest)
{
    return "{\"id\":\"" + id + "\"," + rest + "}";
}

} // namespace

class ConformanceFrameLoopTest : public QObject
{
    Q_OBJECT

private slots:

    void aPingIgnoresItsMethodAndCredits()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        client->sendText(textFrame("p", "\"type\":\"ping\",\"method\":\"job.enqueue\",\"credits\":5,"
                                        "\"data\":{\"name\":\"x\"}"));
        QCOMPARE(client->waitForReply(QStringLiteral("p"))->type, QStringLiteral("pong"));
        QCOMPARE(fixture.server().engine().jobs().size(), 0);
        QCOMPARE(fixture.server().broker().stats().subscriberCount, 1);
    }

    void creditsAreAddedAndTheFrameEndsThere()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        // A credits frame with a method: no reply, and the method does not run.
        client->sendText(textFrame("c1", "\"type\":\"request\",\"method\":\"job.enqueue\",\"credits\":10,"
                                         "\"data\":{\"name\":\"x\"}"));
        client->sendText(textFrame("c2", "\"type\":\"request\",\"credits\":1000"));
        const auto stats = client->call(QStringLiteral("stats"));
        QCOMPARE(stats->correlId, client->log().last().correlId);
        QCOMPARE(client->log().size(), 2); // the auth reply and this one: no replies to c1, c2
        QCOMPARE(fixture.server().engine().jobs().size(), 0);
        QCOMPARE(fixture.server().sessions().first()->subscriber()->credits(), 1000 + 10 + 1000);
    }

    void scopeComesBeforeCredits()
    {
        DevServerFixture fixture(scopedConfig());
        auto client = fixture.connectClient(QStringLiteral("reader"));
        client->sendText(textFrame("c", "\"type\":\"request\",\"method\":\"job.enqueue\",\"credits\":10"));
        QCOMPARE(client->waitForReply(QStringLiteral("c"))->error->code, 403);
        QCOMPARE(fixture.server().sessions().first()->subscriber()->credits(), 1000);
    }
};

QTEST_GUILESS_MAIN(ConformanceFrameLoopTest)
#include "tst_conformance_frame_loop.moc"
