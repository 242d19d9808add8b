// SPDX-License-Identifier: MIT
// Method names, the scope each needs and which ones the server runs (dwp-protocol.md §1).
#include "protocol/Methods.h"

#include <QTest>

using namespace dwp;

class MethodsTest : public QObject
{
    Q_OBJECT

private slots:
    void requiredScope_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("scope");
        const auto row = [](const QString& method, const QString& scope) {
            QTest::newRow(qPrintable(method.isEmpty() ? QStringLiteral("(empty)") : method))
                << method << scope;
        };
        row(methods::Auth, QString());
        row(methods::JobEnqueue, scopes::JobWrite);
        row(methods::JobGet, scopes::JobRead);
        row(methods::JobCancel, scopes::JobWrite);
        row(methods::JobList, scopes::JobRead);
        row(QStringLiteral("job.retry"), scopes::JobWrite); // any other job.*
        row(methods::WorkflowStart, scopes::WorkflowWrite);
        row(methods::WorkflowGet, scopes::WorkflowRead);
        row(methods::WorkflowEvent, scopes::WorkflowWrite); // not event:write
        row(methods::WorkflowTimeline, scopes::WorkflowRead);
        row(methods::WorkflowCancel, scopes::WorkflowWrite);
        row(methods::WorkflowReplay, scopes::WorkflowWrite);
        row(methods::Subscribe, scopes::Subscribe);
        row(methods::Unsubscribe, scopes::Subscribe);
        row(methods::CronList, scopes::CronRead);
        row(QStringLiteral("cron.delete"), scopes::Admin); // no cron.* prefix rule
        row(methods::DlqList, scopes::DlqRead);
        row(methods::DlqReplay, scopes::DlqWrite);
        row(QStringLiteral("dlq.purge"), scopes::DlqWrite);
        row(methods::Stats, scopes::StatsRead);
        row(methods::FederationEnqueue, scopes::Admin);
        row(methods::FederationHeartbeat, scopes::Admin);
        row(QStringLiteral("jobs.enqueue"), scopes::Admin); // "job." prefix only
        row(QString(), scopes::Admin);
    }
    void requiredScope()
    {
        QFETCH(QString, method);
        QFETCH(QString, scope);
        QCOMPARE(methods::requiredScope(method), scope);
    }

    void implementedMethods()
    {
        for (const QString& method :
             {methods::JobEnqueue, methods::JobGet, methods::JobCancel, methods::WorkflowStart,
              methods::WorkflowGet, methods::WorkflowEvent, methods::WorkflowTimeline, methods::Subscribe,
              methods::Unsubscribe, methods::Stats, methods::FederationEnqueue, methods::FederationEvent,
              methods::FederationHeartbeat})
            QVERIFY2(methods::isImplemented(method), qPrintable(method));
        for (const QString& method :
             {methods::Auth, methods::JobList, methods::WorkflowCancel, methods::WorkflowReplay,
              methods::CronList, methods::DlqList, methods::DlqReplay, QStringLiteral("bogus"), QString()})
            QVERIFY2(!methods::isImplemented(method), qPrintable(method));
    }

    void scopeGrants()
    {
        QVERIFY(scopes::grants({scopes::All}, scopes::JobRead));
        QVERIFY(scopes::grants({scopes::All}, QString()));
        QVERIFY(scopes::grants({scopes::JobWrite, scopes::JobRead}, scopes::JobRead));
        QVERIFY(!scopes::grants({scopes::Admin}, scopes::JobRead)); // no hierarchy
        QVERIFY(!scopes::grants({scopes::JobWrite}, scopes::JobRead));
        QVERIFY(!scopes::grants({}, scopes::Subscribe));
        // auth needs the empty scope, which only "*" grants: a later auth frame gets 403, not 405.
        QVERIFY(!scopes::grants({scopes::Admin}, methods::requiredScope(methods::Auth)));
    }
};

QTEST_GUILESS_MAIN(MethodsTest)
#include "tst_methods.moc"
