// SPDX-License-Identifier: MIT
// SessionHost: several sessions at once under their keys, one replaced without touching the others, the
// token fetched first, and the question before a token would cross the network unencrypted — answered
// yes, no, or not at all. Against the in-process devserver; nothing here shows a widget.
#include "client/DispatchClient.h"
#include "session/MonitorSession.h"
#include "session/PlainTextTokenQuestion.h"
#include "session/SessionHost.h"
#include "session/TokenQuestion.h"
#include "support/DevServerFixture.h"
#include "support/TaskOutcome.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using testsupport::awaitTask;

namespace {

ConnectRequest requestFor(const QUrl& url, const QString& profile = {})
{
    ConnectRequest request;
    request.options.connection.url = url;
    request.options.connection.token = QStringLiteral("demo-token");
    request.profile = profile;
    return request;
}

// A host another machine would be: plain ws:// there exposes the token. ".invalid" never resolves (RFC 2606).
const QUrl remoteUrl(QStringLiteral("ws://dispatch.invalid:8080/dwp"));

ConnectRequest remoteRequest(const QString& profile)
{
    ConnectRequest request = requestFor(remoteUrl, profile);
    request.options.reconnect = false; // one failed attempt, no retries in the background
    return request;
}

} // namespace

class TestSessionHost : public QObject
{
    Q_OBJECT

private slots:
    void holdsSeveralSessionsAndReplacesOne();
    void tokenComesFromTheSourceFirst();
    void asksBeforeATokenGoesUnencrypted();
    void declinedOrUnansweredKeepsTheTokenHere();
    void aProfileWithoutATokenIsAskedForOne();
    void aConnectedSessionStaysUntilItsReplacementConnects();
};

void TestSessionHost::holdsSeveralSessionsAndReplacesOne()
{
    testsupport::DevServerFixture alpha;
    testsupport::DevServerFixture beta;
    QVERIFY(alpha.isRunning() && beta.isRunning());
    SessionHost host;
    QSignalSpy replaced(&host, &SessionHost::sessionReplaced);
    QVERIFY(awaitTask(host.connectTo(QStringLiteral("alpha"), requestFor(alpha.url(), QStringLiteral("a"))),
                      QStringLiteral("connecting alpha")));
    QVERIFY(awaitTask(host.connectTo(QStringLiteral("beta"), requestFor(beta.url())),
                      QStringLiteral("connecting beta")));
    QCOMPARE(replaced.size(), 2);
    MonitorSession* first = host.session(QStringLiteral("alpha"));
    MonitorSession* other = host.session(QStringLiteral("beta"));
    QVERIFY(first && other && first != other);
    QStringList keys = host.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(host.profile(QStringLiteral("alpha")), QStringLiteral("a"));
    QCOMPARE(host.profile(QStringLiteral("beta")), QString()); // ad hoc
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), ClientState::Ready, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(other->state(), ClientState::Ready, 10000);

    // Alpha again: its session is replaced (the old one stopped, deleted later), beta's is untouched.
    QPointer<MonitorSession> previous(first);
    QVERIFY(awaitTask(host.connectTo(QStringLiteral("alpha"), requestFor(beta.url())),
                      QStringLiteral("connecting alpha elsewhere")));
    QCOMPARE(replaced.size(), 3);
    QCOMPARE(replaced.last().at(0).toString(), QStringLiteral("alpha"));
    QCOMPARE(replaced.last().at(1).value<MonitorSession*>(), first);
    QCOMPARE(replaced.last().at(2).value<MonitorSession*>(), host.session(QStringLiteral("alpha")));
    QCOMPARE(host.session(QStringLiteral("beta")), other);
    QCOMPARE(other->state(), ClientState::Ready);
    QTRY_VERIFY(!previous); // deleted from the event loop

    host.close(QStringLiteral("beta"));
    QCOMPARE(host.keys(), QStringList({QStringLiteral("alpha")}));
    QCOMPARE(replaced.last().at(2).value<MonitorSession*>(), nullptr);
}

void TestSessionHost::tokenComesFromTheSourceFirst()
{
    testsupport::DevServerFixture server;
    QVERIFY(server.isRunning());
    SessionHost host;
    ConnectRequest request = requestFor(server.url(), QStringLiteral("p"));
    request.options.connection.token.clear();
    request.tokenSource = []() -> QCoro::Task<QString> { co_return QStringLiteral("from-the-keyring"); };
    QVERIFY(awaitTask(host.connectTo({}, request), QStringLiteral("connecting with a token source")));
    QCOMPARE(host.options().connection.token, QStringLiteral("from-the-keyring"));
    QCOMPARE(host.session()->options().connection.token, QStringLiteral("from-the-keyring"));
}

void TestSessionHost::asksBeforeATokenGoesUnencrypted()
{
    SessionHost host;
    QList<QPointer<PlainTextTokenQuestion>> questions;
    connect(&host, &SessionHost::plainTextTokenQuestion, this,
            [&questions](PlainTextTokenQuestion* question) { questions.append(question); });
    QSignalSpy allowed(&host, &SessionHost::plainTextTokenAllowed);
    const auto outcome = testsupport::observe(host.connectTo({}, remoteRequest(QStringLiteral("staging"))));
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.first()->profile(), QStringLiteral("staging"));
    QCOMPARE(questions.first()->url(), remoteUrl);
    QVERIFY(!outcome->settled); // waiting for the answer, without a nested event loop
    QVERIFY(!host.session());
    questions.first()->answer(true, true);
    QVERIFY(testsupport::waitForSettled(*outcome, 5000));
    QVERIFY(outcome->value && *outcome->value);
    QVERIFY(host.session());
    QCOMPARE(host.options().connection.url, remoteUrl);
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(allowed.first().at(0).toString(), QStringLiteral("staging"));

    // Remembered by the profile store: the next request says so and is not asked about.
    ConnectRequest again = remoteRequest(QStringLiteral("staging"));
    again.plainTextTokenAllowed = true;
    QVERIFY(awaitTask(host.connectTo({}, again), QStringLiteral("connecting when allowed")));
    QCOMPARE(questions.size(), 1);
    // A loopback address is not asked about either: the token does not leave the machine.
    QVERIFY(awaitTask(host.connectTo({}, requestFor(QUrl(QStringLiteral("ws://127.0.0.1:9/dwp")))),
                      QStringLiteral("connecting to loopback")));
    QCOMPARE(questions.size(), 1);
}

void TestSessionHost::declinedOrUnansweredKeepsTheTokenHere()
{
    SessionHost host;
    QList<QPointer<PlainTextTokenQuestion>> questions;
    connect(&host, &SessionHost::plainTextTokenQuestion, this,
            [&questions](PlainTextTokenQuestion* question) { questions.append(question); });
    QSignalSpy declined(&host, &SessionHost::connectDeclined);
    const auto no = testsupport::observe(host.connectTo({}, remoteRequest({})));
    QCOMPARE(questions.size(), 1);
    questions.last()->answer(false, true);
    QVERIFY(testsupport::waitForSettled(*no, 5000));
    QVERIFY(no->value && !*no->value);
    QCOMPARE(declined.size(), 1);
    QCOMPARE(declined.first().at(1).toUrl(), remoteUrl);
    QVERIFY(!host.session());

    // A question nobody answers and that goes away (its window closed) is a "no" too.
    const auto gone = testsupport::observe(host.connectTo({}, remoteRequest({})));
    QCOMPARE(questions.size(), 2);
    delete questions.last().data();
    QVERIFY(testsupport::waitForSettled(*gone, 5000));
    QVERIFY(gone->value && !*gone->value);
    QCOMPARE(declined.size(), 2);
    QVERIFY(!host.session());
}

void TestSessionHost::aProfileWithoutATokenIsAskedForOne()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(u"right-token=*"));
    testsupport::DevServerFixture server(config);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    SessionHost host;
    QList<QPointer<TokenQuestion>> asked;
    connect(&host, &SessionHost::tokenQuestion, this,
            [&asked](TokenQuestion* question) { asked.append(question); });
    QSignalSpy failures(&host, &SessionHost::connectFailed);

    // The control: a token that was sent and refused is a wrong token, said as such, never asked about.
    ConnectRequest wrong = requestFor(server.url(), QStringLiteral("p"));
    wrong.options.connection.token = QStringLiteral("wrong-token");
    QVERIFY(awaitTask(host.connectTo({}, wrong), QStringLiteral("connecting with a wrong token")));
    QVERIFY2(failures.wait(10000), "the wrong token's refusal");
    QCOMPARE(failures.last().at(2).toInt(), 401);
    QCOMPARE(asked.size(), 0);

    // An ad-hoc connection without a token has no profile to keep one in: refused, not asked either.
    ConnectRequest adHoc = requestFor(server.url());
    adHoc.options.connection.token.clear();
    QVERIFY(awaitTask(host.connectTo({}, adHoc), QStringLiteral("connecting ad hoc without a token")));
    QVERIFY2(failures.wait(10000), "the ad-hoc refusal");
    QCOMPARE(asked.size(), 0);

    // A profile without a token: asked; declining leaves the refusal standing.
    ConnectRequest none = requestFor(server.url(), QStringLiteral("p"));
    none.options.connection.token.clear();
    QVERIFY(awaitTask(host.connectTo({}, none), QStringLiteral("connecting a profile without a token")));
    QTRY_VERIFY2_WITH_TIMEOUT(asked.size() == 1, "the token question", 10000);
    TokenQuestion* question = asked.last();
    QVERIFY(question);
    QCOMPARE(question->profile(), QStringLiteral("p"));
    QCOMPARE(question->url(), server.url());
    const qsizetype failedBefore = failures.size();
    question->answer(QString());
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), failedBefore + 1, 5000);

    // Asked again on the next attempt; answered with the right token, it connects with it.
    QVERIFY(
        awaitTask(host.connectTo({}, none), QStringLiteral("connecting a profile without a token again")));
    QTRY_VERIFY2_WITH_TIMEOUT(asked.size() == 2, "the second token question", 10000);
    QVERIFY(asked.last());
    asked.last()->answer(QStringLiteral("right-token"));
    QTRY_COMPARE_WITH_TIMEOUT(host.options().connection.token, QStringLiteral("right-token"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(host.session()->client().state(), ClientState::Ready, 10000);
}

// Issue 20 item 5: Connect… with a typo in the token or the port used to wipe the screen. A session that has
// connected is replaced only by one the server accepted; until then, and after a failure, it stays.
void TestSessionHost::aConnectedSessionStaysUntilItsReplacementConnects()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(u"right-token=*"));
    testsupport::DevServerFixture server(config);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    testsupport::DevServerFixture other;
    QVERIFY2(other.isRunning(), qPrintable(other.error()));
    SessionHost host;
    QSignalSpy replaced(&host, &SessionHost::sessionReplaced);
    QSignalSpy tried(&host, &SessionHost::verifyingReplacement);
    QSignalSpy failed(&host, &SessionHost::replacementFailed);
    ConnectRequest right = requestFor(server.url());
    right.options.connection.token = QStringLiteral("right-token");
    QVERIFY(awaitTask(host.connectTo({}, right), QStringLiteral("connecting with the right token")));
    QPointer<MonitorSession> working(host.session());
    QTRY_COMPARE_WITH_TIMEOUT(working->state(), ClientState::Ready, 10000);
    QCOMPARE(tried.size(), 0); // nothing had connected before: replaced at once
    QCOMPARE(replaced.size(), 1);

    // A wrong token: tried on the side, refused, and the working session is untouched.
    ConnectRequest wrong = right;
    wrong.options.connection.token = QStringLiteral("wrong-token");
    const bool replacedByWrongToken =
        awaitTask(host.connectTo({}, wrong), QStringLiteral("trying a wrong token"));
    QVERIFY(!replacedByWrongToken);
    QCOMPARE(tried.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.last().at(1).toUrl(), server.url());
    QCOMPARE(failed.last().at(3).toInt(), 401);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(host.session(), working.data());
    QCOMPARE(host.options().connection.token, QStringLiteral("right-token"));
    QCOMPARE(working->state(), ClientState::Ready);

    // A port nothing listens on: the same, with the connection's own reason.
    ConnectRequest wrongPort = requestFor(QUrl(QStringLiteral("ws://127.0.0.1:9/dwp")));
    const bool replacedByWrongPort =
        awaitTask(host.connectTo({}, wrongPort), QStringLiteral("trying a port nothing listens on"));
    QVERIFY(!replacedByWrongPort);
    QCOMPARE(failed.size(), 2);
    QVERIFY2(!failed.last().at(2).toString().isEmpty(), "the reason the port failed");
    QCOMPARE(host.session(), working.data());
    QCOMPARE(working->state(), ClientState::Ready);

    // The control: a connection the server accepts does replace it.
    const auto* const workingAddress = static_cast<const void*>(working.data());
    QVERIFY(awaitTask(host.connectTo({}, requestFor(other.url())), QStringLiteral("connecting elsewhere")));
    QCOMPARE(tried.size(), 3);
    QCOMPARE(replaced.size(), 2);
    QCOMPARE(static_cast<const void*>(replaced.last().at(1).value<MonitorSession*>()), workingAddress);
    QCOMPARE(host.options().connection.url, other.url());
    QCOMPARE(host.session()->state(), ClientState::Ready);
    QCOMPARE(failed.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!working, 5000); // the replaced one, deleted from the event loop
}

QTEST_MAIN(TestSessionHost)
#include "tst_session_host.moc"
