// SPDX-License-Identifier: MIT
// Replies a hostile server forges (issue 16 item 8): a success response without correl_id is an answer to
// nothing we asked, on the main connection and on workflow.start's own; it is dropped and counted, and the
// real reply that follows is the one the call gets. A job or run reply about another id than the one asked
// for fails the call with ProtocolError. Errors without correl_id still answer the oldest request (§11.12).
#include "ClientTestSupport.h"
#include "protocol/Methods.h"
#include "support/ScriptedDwpPeer.h"

using namespace dispatch;

namespace {

const QString kJobId = QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr");
const QString kOtherJobId = QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpzz");
const QString kRunId = QStringLiteral("wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e");

QByteArray jobJson(const QString& id, const QString& name)
{
    dwp::Job job;
    job.id = id;
    job.name = name;
    job.queue = QStringLiteral("default");
    return job.toJson();
}

QByteArray runJson(const QString& id)
{
    dwp::WorkflowRun run;
    run.id = id;
    run.name = QStringLiteral("x");
    return run.toJson();
}

QByteArray statsJson(int subscribers)
{
    return QStringLiteral("{\"broker\":{\"topic_count\":0,\"subscriber_count\":%1,\"total_published\":0,"
                          "\"total_dropped\":0},\"connections\":0}")
        .arg(subscribers)
        .toUtf8();
}

} // namespace

class HostileRepliesTest : public QObject
{
    Q_OBJECT

private:
    testsupport::ScriptedDwpPeer m_peer;
    std::unique_ptr<DispatchClient> m_client;

    // `answer` replaces the peer's answers to `method`; everything else is answered like the server.
    void connectWith(const QString& method, std::function<void(const dwp::Frame&)> answer)
    {
        m_peer.onRequest = [this, method, answer](const dwp::Frame& request) {
            if (request.method == method)
                answer(request);
            else
                m_peer.answerLikeTheServer(request);
        };
        auto options = clienttest::optionsFor(m_peer.url());
        options.reconnect = false;
        m_client = std::make_unique<DispatchClient>(options);
        testsupport::awaitTask(m_client->connect());
    }

private slots:
    void cleanup() { m_client.reset(); }

    void aForgedStatsReplyIsDroppedAndTheRealOneWins()
    {
        connectWith(dwp::methods::Stats, [this](const dwp::Frame& request) {
            m_peer.sendResponse(QString(), statsJson(999));
            m_peer.sendResponse(request.id, statsJson(1));
        });
        const auto stats = testsupport::awaitTask(m_client->stats());
        QCOMPARE(stats.broker.subscriberCount, 1);
        QCOMPARE(m_client->strayResponses(), 1);
        QCOMPARE(m_client->state(), ClientState::Ready);
    }

    void aForgedJobIsDroppedAndTheRealOneWins()
    {
        connectWith(dwp::methods::JobGet, [this](const dwp::Frame& request) {
            m_peer.sendResponse(QString(), jobJson(kJobId, QStringLiteral("FORGED")));
            m_peer.sendResponse(request.id, jobJson(kJobId, QStringLiteral("real")));
        });
        const auto job = testsupport::awaitTask(m_client->getJob(kJobId));
        QCOMPARE(job.name, QStringLiteral("real"));
        QCOMPARE(m_client->strayResponses(), 1);
    }

    void aJobReplyAboutAnotherJobIsAProtocolError()
    {
        connectWith(dwp::methods::JobGet, [this](const dwp::Frame& request) {
            m_peer.sendResponse(request.id, jobJson(kOtherJobId, QStringLiteral("FORGED")));
        });
        QString message;
        QCOMPARE(clienttest::failureOf(m_client->getJob(kJobId), &message), QStringLiteral("ProtocolError"));
        QVERIFY2(message.contains(kOtherJobId) && message.contains(kJobId), qPrintable(message));
        // The positive control: the same peer's reply about the right job is taken.
        m_peer.onRequest = [this](const dwp::Frame& request) {
            m_peer.sendResponse(request.id, jobJson(kJobId, QStringLiteral("real")));
        };
        QCOMPARE(testsupport::awaitTask(m_client->getJob(kJobId)).name, QStringLiteral("real"));
    }

    void aRunReplyAboutAnotherRunIsAProtocolError()
    {
        connectWith(dwp::methods::WorkflowGet, [this](const dwp::Frame& request) {
            m_peer.sendResponse(request.id, runJson(QStringLiteral("wfrun_01kaqz5v6w7x8y9z0a1b2c3zzz")));
        });
        QString message;
        QCOMPARE(clienttest::failureOf(m_client->getWorkflow(kRunId), &message),
                 QStringLiteral("ProtocolError"));
        QVERIFY2(message.contains(kRunId), qPrintable(message));
        // The positive control: the same peer's reply about the right run is taken.
        m_peer.onRequest = [this](const dwp::Frame& request) {
            m_peer.sendResponse(request.id, runJson(kRunId));
        };
        QCOMPARE(testsupport::awaitTask(m_client->getWorkflow(kRunId)).id, kRunId);
    }

    // workflow.start has its own connection (§2, §3) and its own reply routing: the same rule holds there.
    void aForgedStartReplyOnTheDedicatedConnectionIsDropped()
    {
        connectWith(dwp::methods::WorkflowStart, [this](const dwp::Frame& request) {
            m_peer.sendResponse(
                QString(),
                QByteArrayLiteral("{\"run_id\":\"wfrun_forged\",\"name\":\"x\",\"state\":\"failed\"}"));
            m_peer.sendResponse(request.id,
                                QStringLiteral("{\"run_id\":\"%1\",\"name\":\"x\",\"state\":\"completed\"}")
                                    .arg(kRunId)
                                    .toUtf8());
        });
        const int connections = m_peer.connectionCount();
        const auto started =
            testsupport::awaitTask(m_client->startWorkflow(QStringLiteral("x"), QByteArray()));
        QCOMPARE(started.runId, kRunId);
        QCOMPARE(m_peer.connectionCount(), connections + 1); // it came on a connection of its own
        QCOMPARE(m_client->strayResponses(), 0);             // the main connection's counter saw none of it
    }

    // The FIFO rule stays for errors (§11.12): the server's error about a frame it could not decode names no
    // request and answers the oldest one.
    void anErrorWithoutCorrelIdStillAnswersTheOldestCall()
    {
        connectWith(dwp::methods::Stats, [this](const dwp::Frame&) {
            m_peer.sendText("{\"id\":\"s-e\",\"type\":\"error\",\"error\":{\"code\":400,\"message\":"
                            "\"invalid frame: oops\"},\"ts\":\"2026-11-22T10:30:00Z\"}");
        });
        QString message;
        QCOMPARE(clienttest::failureOf(m_client->stats(), &message), QStringLiteral("BadRequestError"));
        QVERIFY2(message.contains(QStringLiteral("invalid frame")), qPrintable(message));
        QCOMPARE(m_client->strayResponses(), 0);
    }
};

QTEST_GUILESS_MAIN(HostileRepliesTest)
#include "tst_hostile_replies.moc"
