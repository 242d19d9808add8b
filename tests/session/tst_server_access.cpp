// SPDX-License-Identifier: MIT
// ServerAccess (issue 20 items 6 and 18): what the session may ask of the server now. Offline it says since
// when; a 403 teaches the scope the token lacks, and every method needing that scope is refused with it.
// Then the same against the devserver: a token without job:write and stats:read learns both from the first
// refusals, and a job the server does not know is marked in the model when job.get answers 404.
#include "client/DispatchClient.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "session/MonitorSession.h"
#include "session/ServerAccess.h"
#include "support/DevServerFixture.h"
#include "support/TaskOutcome.h"

#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using testsupport::awaitTask;
namespace methods = dwp::methods;
namespace scopes = dwp::scopes;

class TestServerAccess : public QObject
{
    Q_OBJECT

private slots:
    void aRefusalTeachesTheScopeForEveryMethodNeedingIt()
    {
        ServerAccess access;
        QSignalSpy changed(&access, &ServerAccess::changed);
        access.setOnline(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(access.whyNot(methods::JobEnqueue).isEmpty());
        access.learnRefused(methods::JobCancel);
        QCOMPARE(changed.size(), 2);
        QVERIFY(access.lacksScope(scopes::JobWrite));
        QCOMPARE(access.missingScopes(), QStringList{scopes::JobWrite});
        // Scopes have no hierarchy (§1): job.enqueue needs the same job:write, so it is refused too …
        const QString why = access.whyNot(methods::JobEnqueue);
        QVERIFY2(why.contains(scopes::JobWrite) && why.contains(methods::JobCancel), qPrintable(why));
        // … while what needs another scope is not (the control).
        QVERIFY(access.whyNot(methods::WorkflowEvent).isEmpty());
        QVERIFY(access.whyNot(methods::JobGet).isEmpty());
        // Learning it again changes nothing.
        access.learnRefused(methods::JobEnqueue);
        QCOMPARE(changed.size(), 2);
    }

    void offlineEverythingSaysSinceWhen()
    {
        ServerAccess access;
        QVERIFY(!access.isOnline());
        QVERIFY(!access.whyOffline().isEmpty()); // not connected yet
        access.setOnline(true);
        QVERIFY(access.whyOffline().isEmpty());
        const QDateTime wentAt = QDateTime::currentDateTimeUtc();
        access.setOnline(false, wentAt);
        QCOMPARE(access.offlineSince(), wentAt);
        const QString why = access.whyOffline();
        QVERIFY2(why.contains(wentAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))), qPrintable(why));
        QCOMPARE(access.whyNot(methods::WorkflowEvent), why);
        access.setOnline(true);
        QVERIFY(!access.offlineSince().isValid());
        QVERIFY(access.whyNot(methods::WorkflowEvent).isEmpty());
    }

    void aSessionLearnsWhatItsTokenLacks()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        config.tokens.add(*devserver::TokenSpec::parse(u"reader=job:read,workflow:read,subscribe"));
        testsupport::DevServerFixture server(config);
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        ClientOptions options;
        options.connection.url = server.url();
        options.connection.token = QStringLiteral("reader");
        MonitorSession session(options);
        session.setStatsInterval(std::chrono::milliseconds(50));
        awaitTask(session.start(), QStringLiteral("connecting with a read-only token"));
        QTRY_VERIFY_WITH_TIMEOUT(session.access().isOnline(), 10000);
        QVERIFY(session.access().whyNot(methods::JobCancel).isEmpty()); // nothing refused yet

        // stats is polled by the session itself: its 403 teaches stats:read.
        QTRY_VERIFY2_WITH_TIMEOUT(session.access().lacksScope(scopes::StatsRead), "the stats refusal", 10000);
        bool refused = false;
        try {
            awaitTask(session.cancelJob(QStringLiteral("job_01jz0000000000000000000001")),
                      QStringLiteral("a cancel without job:write"));
        } catch (const PermissionError&) {
            refused = true;
        }
        QVERIFY(refused);
        QVERIFY(session.access().lacksScope(scopes::JobWrite));
        QVERIFY(!session.access().whyNot(methods::JobEnqueue).isEmpty());
        QVERIFY(!session.access().lacksScope(scopes::WorkflowWrite)); // never asked: not known to be missing
    }

    void aJobTheServerDoesNotKnowIsMarked()
    {
        testsupport::DevServerFixture server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        ClientOptions options;
        options.connection.url = server.url();
        options.connection.token = QStringLiteral("demo-token");
        MonitorSession session(options);
        awaitTask(session.start(), QStringLiteral("connecting"));
        // A row from before a restart that lost the server's state.
        dwp::Job ghost;
        ghost.id = QStringLiteral("job_01jz0000000000000000000002");
        ghost.name = QStringLiteral("send-email");
        ghost.queue = QStringLiteral("default");
        ghost.state = QStringLiteral("running");
        session.jobs().upsertJob(ghost);
        const int row = session.jobs().rowOf(ghost.id);
        QVERIFY(row >= 0);
        QVERIFY(!session.jobs().index(row, 0).data(JobsModel::UnknownToServerRole).toBool());
        QSignalSpy details(&session, &MonitorSession::jobDetailsChanged);
        bool notFound = false;
        try {
            awaitTask(session.fetchJob(ghost.id),
                      QStringLiteral("looking up a job the server does not know"));
        } catch (const NotFoundError&) {
            notFound = true;
        }
        QVERIFY(notFound);
        QVERIFY(session.jobs().index(row, 0).data(JobsModel::UnknownToServerRole).toBool());
        QCOMPARE(details.size(), 1);
        QCOMPARE(session.jobs().index(row, 0).data(JobsModel::StateRole).toInt(),
                 int(dwp::JobState::Running));
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_server_access.moc"
