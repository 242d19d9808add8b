// SPDX-License-Identifier: MIT
// Issue 20 item 1: one publish resumes one run waiting for that event name, whichever polls first, and
// nothing routes it to the run on screen (dwp-protocol.md §3). The Publish Event dialog says so, counts the
// runs the monitor has seen waiting for the name (WaitingStepGuess::runsWaitingFor, over the real runs model)
// and warns when more than one waits; the count follows the runs and the name field while the dialog is open.
#include "gui/dialogs/PublishEventDialog.h"
#include "i18n/LocaleTranslations.h"
#include "models/ModelEventFactory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/WaitingStepGuess.h"

#include "GuiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <memory>

using namespace dispatch;
using modeltest::at;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

namespace {

const QString kOrder = QStringLiteral("order-pipeline");
const QString kPayment = QStringLiteral("payment.received");
const QString kShipment = QStringLiteral("shipment.ready");

QCoro::Task<QString> neverPublished(QString, QByteArray)
{
    co_return QString();
}

} // namespace

class TestPublishEventDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theOnlyWaitingRunIsNamedWithoutAWarning();
    void moreWaitingRunsWarnWhileTheDialogIsOpen();
    void openedWhileTwoRunsWaitSaysNotNecessarilyThisOne();
    void typingAnotherNameCountsItsRuns();

private:
    // A run of the order pipeline that has finished `step` and is still running.
    void runStoppedAfter(int run, const QString& step);
    // The dialog as MonitorController opens it from the Workflows page.
    void openFromRun(const QString& run, const QString& awaitedEvent);
    QLabel* label(const char* name) const { return m_dialog->findChild<QLabel*>(QLatin1String(name)); }
    QString countText() const { return label("waitingRunsLabel")->text(); }
    bool warningShown() const
    {
        return m_dialog->findChild<QWidget*>(QStringLiteral("waitingWarning"))->isVisibleTo(m_dialog.get());
    }

    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "1 run", "3 runs"
    WorkflowRunsModel* m_runs = nullptr;
    TimelineModel* m_timeline = nullptr;
    WaitingStepGuess* m_guess = nullptr;
    std::unique_ptr<PublishEventDialog> m_dialog;
};

void TestPublishEventDialog::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

void TestPublishEventDialog::init()
{
    m_runs = new WorkflowRunsModel(this);
    m_timeline = new TimelineModel(this);
    m_guess = new WaitingStepGuess(m_timeline, m_runs, this);
    // What earlier runs taught: charge, then wait for the payment; pack, then wait for the shipment.
    m_guess->learn(kOrder, QStringLiteral("charge"), QLatin1String("wait:") + kPayment);
    m_guess->learn(kOrder, QStringLiteral("pack"), QLatin1String("wait:") + kShipment);
    // Run 1 waits for the payment; run 2 has finished, run 9 is of another workflow with a "charge" step.
    runStoppedAfter(1, QStringLiteral("charge"));
    m_runs->applyEvents(
        {runEvent(Type::WorkflowStarted, runId(2), at(1), {}, {}, 0, kOrder),
         runEvent(Type::WorkflowStepCompleted, runId(2), at(2), QStringLiteral("charge"), {}, 5, kOrder),
         runEvent(Type::WorkflowCompleted, runId(2), at(3), {}, {}, 0, kOrder),
         runEvent(Type::WorkflowStarted, runId(9), at(1)),
         runEvent(Type::WorkflowStepCompleted, runId(9), at(2), QStringLiteral("charge"))});
}

void TestPublishEventDialog::cleanup()
{
    m_dialog.reset();
    delete m_guess;
    delete m_timeline;
    delete m_runs;
}

void TestPublishEventDialog::runStoppedAfter(int run, const QString& step)
{
    m_runs->applyEvents(
        {runEvent(Type::WorkflowStarted, runId(run), at(run * 10), {}, {}, 0, kOrder),
         runEvent(Type::WorkflowStepCompleted, runId(run), at(run * 10 + 1), step, {}, 5, kOrder)});
}

void TestPublishEventDialog::openFromRun(const QString& run, const QString& awaitedEvent)
{
    m_dialog = std::make_unique<PublishEventDialog>(neverPublished);
    m_dialog->setOpenedFromRun(run, awaitedEvent);
    m_dialog->setWaitingRunsQuery(
        [guess = m_guess](const QString& name) { return guess->runsWaitingFor(name); });
    connect(m_guess, &WaitingStepGuess::waitingRunsChanged, m_dialog.get(),
            &PublishEventDialog::refreshWaitingRuns);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestPublishEventDialog::theOnlyWaitingRunIsNamedWithoutAWarning()
{
    openFromRun(runId(1), kPayment);
    QCOMPARE(m_dialog->eventName(), kPayment);
    // The rule, whole: one run, whichever polls first, nothing routes it. Never "wakes every run".
    const QString rule = label("ruleLabel")->text();
    QVERIFY2(
        rule.contains(QStringLiteral("One publish resumes one run waiting for this event name, whichever "
                                     "polls the server first.")),
        qPrintable(rule));
    QVERIFY(label("ruleLabel")->isVisible());
    for (const QLabel* shown : m_dialog->findChildren<QLabel*>())
        QVERIFY2(!shown->text().contains(QStringLiteral("every run")), qPrintable(shown->text()));
    QCOMPARE(label("contextLabel")->text(),
             QStringLiteral("Run %1 is waiting for “%2”.").arg(runId(1), kPayment));
    // Run 2 has finished and run 9 is another workflow's: neither counts.
    QVERIFY(label("waitingRunsLabel")->isVisible());
    QCOMPARE(countText(),
             QStringLiteral("Only run %1 is seen waiting for “%2”. A run the monitor has not seen may "
                            "still take the event first.")
                 .arg(runId(1), kPayment));
    QVERIFY2(!warningShown(), "one waiting run is no reason to warn");
}

void TestPublishEventDialog::moreWaitingRunsWarnWhileTheDialogIsOpen()
{
    openFromRun(runId(1), kPayment);
    QVERIFY(!warningShown());
    // Two more runs reach the wait while the dialog is open.
    runStoppedAfter(3, QStringLiteral("charge"));
    runStoppedAfter(4, QStringLiteral("charge"));
    QCOMPARE(countText(),
             QStringLiteral("3 runs seen waiting for “%1”: one publish resumes one of them, whichever "
                            "polls first, not necessarily run %2.")
                 .arg(kPayment, runId(1)));
    QVERIFY2(warningShown(), "three runs wait for the name");
    QVERIFY(label("waitingWarningText")->text().contains(QStringLiteral("may resume a run you do not mean")));
    // Two of them finish: the count goes back and the warning goes (the negative control, same dialog).
    m_runs->applyEvents(
        {runEvent(Type::WorkflowFailed, runId(3), at(50), {}, QStringLiteral("boom"), 0, kOrder),
         runEvent(Type::WorkflowCompleted, runId(4), at(51), {}, {}, 0, kOrder)});
    QVERIFY2(countText().startsWith(QStringLiteral("Only run %1").arg(runId(1))), qPrintable(countText()));
    QVERIFY(!warningShown());
}

void TestPublishEventDialog::openedWhileTwoRunsWaitSaysNotNecessarilyThisOne()
{
    runStoppedAfter(5, QStringLiteral("charge"));
    openFromRun(runId(5), kPayment);
    QCOMPARE(countText(),
             QStringLiteral("2 runs seen waiting for “%1”: one publish resumes one of them, whichever "
                            "polls first, not necessarily run %2.")
                 .arg(kPayment, runId(5)));
    QVERIFY(warningShown());
}

void TestPublishEventDialog::typingAnotherNameCountsItsRuns()
{
    runStoppedAfter(3, QStringLiteral("charge"));
    runStoppedAfter(6, QStringLiteral("pack"));
    openFromRun(runId(1), kPayment);
    QVERIFY(countText().startsWith(QStringLiteral("2 runs seen waiting")));
    QVERIFY(warningShown());
    auto* name = m_dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    guitest::retype(name, kShipment);
    QCOMPARE(m_dialog->eventName(), kShipment);
    QCOMPARE(countText(),
             QStringLiteral("1 run seen waiting for “%1”: a publish resumes it, as far as the monitor knows.")
                 .arg(kShipment));
    QVERIFY(!warningShown());
    QTest::keyClicks(name, QStringLiteral("-v2"));
    QCOMPARE(countText(),
             QStringLiteral("The monitor has seen no run waiting for “%1-v2”. The server keeps the "
                            "event until a run waits for that name, however much later.")
                 .arg(kShipment));
    QVERIFY(!warningShown());
    guitest::retype(name, QString());
    QVERIFY(!label("waitingRunsLabel")->isVisible());
    QTest::keyClicks(name, kPayment);
    QVERIFY(countText().startsWith(QStringLiteral("2 runs seen waiting")));
    QVERIFY(warningShown());
}

QTEST_MAIN(TestPublishEventDialog)
#include "tst_publish_event_dialog.moc"
