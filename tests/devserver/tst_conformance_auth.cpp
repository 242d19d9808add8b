// SPDX-License-Identifier: MIT
// dwp-protocol.md §2 "Auth (first message)", the engine part: the devserver's own auth modes and what its
// insides show. The wire-only cases, which run against any server, are in
// tests/conformance/tst_wire_auth.cpp.
#include "support/DevServerFixture.h"
#include "support/TestJson.h"

#include <QTest>

using namespace testsupport;

namespace {

devserver::DevServerConfig keysConfig()
{
    auto config = DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(QStringLiteral("reader-key=job:read")));
    return config;
}

std::unique_ptr<RawDwpClient> openClient(DevServerFixture& fixture)
{
    auto client = std::make_unique<RawDwpClient>();
    if (!client->open(fixture.url()))
        return nullptr;
    return client;
}

} // namespace

class ConformanceAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void aFailedAuthLeavesNoConnectionBehind()
    {
        DevServerFixture fixture(keysConfig());
        auto client = openClient(fixture);
        QVERIFY(client);
        QTRY_COMPARE(fixture.server().connectionCount(), 1);
        QCOMPARE(client->authenticate(QStringLiteral("nope"))->error->code, 401);
        QVERIFY(client->waitForDisconnected());
        QTRY_COMPARE(fixture.server().connectionCount(), 0);
    }

    void noopAuthAcceptsAnyTokenEvenEmpty()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        client->sendText("{\"id\":\"e\",\"method\":\"auth\"}");
        const auto reply = client->waitForReply(QStringLiteral("e"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
        // ...with scope "*": an admin-only method is not refused for scope.
        QCOMPARE(client->call(QStringLiteral("federation.heartbeat"), "{}")->error->code, 405);
    }

    void keysModeWithoutKeysAcceptsOnlyTheDemoToken()
    {
        auto config = DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        DevServerFixture fixture(config);
        QVERIFY(fixture.connectClient(QStringLiteral("demo-token")));
        auto other = openClient(fixture);
        QCOMPARE(other->authenticate(QStringLiteral("other"))->error->code, 401);
    }

    void theSessionCountsAsASubscriberOnlyAfterAuth()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        QTRY_COMPARE(fixture.server().connectionCount(), 1);
        QCOMPARE(fixture.server().broker().subscriberCount(), 0);
        QVERIFY(client->authenticate());
        QCOMPARE(fixture.server().broker().subscriberCount(), 1);
        client->close();
        QTRY_COMPARE(fixture.server().broker().subscriberCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ConformanceAuthTest)
#include "tst_conformance_auth.moc"
