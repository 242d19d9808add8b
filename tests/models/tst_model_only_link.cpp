// SPDX-License-Identifier: MIT
// The models need only the protocol layer and Qt Core: this program is linked with the two static libraries'
// archives and Qt Core + QtTest alone (tests/models/CMakeLists.txt), not with the CMake targets, so no
// dependency can come in through a target's link interface. Should a model start using the client, the
// session or Qt Gui, this test stops linking. It then builds the event log and its pausable filter and feeds
// them events, so what links is also what works.
#include "models/EventLogModel.h"
#include "models/ModelEventFactory.h"
#include "models/PausableEventProxy.h"
#include "protocol/EventType.h"

#include <QTest>

using namespace dispatch;
using namespace modeltest;

class TestModelOnlyLink : public QObject
{
    Q_OBJECT

private slots:
    void eventLogAndItsProxyWorkWithoutAClient()
    {
        EventLogModel log;
        PausableEventProxy proxy;
        proxy.setSourceModel(&log);
        proxy.setTypes({dwp::EventType::JobFailed});

        log.applyEvents({jobEvent(dwp::EventType::JobCompleted, jobId(1), at(1)),
                         jobEvent(dwp::EventType::JobFailed, jobId(2), at(2), QStringLiteral("boom"))});
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(EventLogModel::JobIdRole).toString(), jobId(2));

        // Paused, a new failure is logged but held back from the view; resumed, it shows.
        proxy.setPaused(true);
        log.applyEvents({jobEvent(dwp::EventType::JobFailed, jobId(3), at(3), QStringLiteral("again"))});
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setPaused(false);
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestModelOnlyLink)
#include "tst_model_only_link.moc"
