// SPDX-License-Identifier: MIT
// Several jobs retried or cancelled at once from the Jobs page (issue 18 item 3), against the devserver with
// the real server's guards (dwp-protocol.md §8): rows selected with Ctrl+click, one window-modal question
// naming how many, then a summary of what succeeded and, for the rest, the server's own refusal.
#include "JobActionsWindow.h"
#include "i18n/LocaleTranslations.h"

#include <QLabel>
#include <QPushButton>

using namespace dispatch;
using guitest::buttonWithText;
using guitest::JobActionsWindow;

class TestJobBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_monitor.reset(); }
    void severalJobsAreRetriedAfterOneQuestion();
    void theSummarySaysWhichTheServerRefused();
    void withoutRestSeveralAreRelabelledAsSuch();

private:
    bool open(const devserver::DevServerConfig& config);
    void selectJobs(const QStringList& jobIds);
    QMessageBox* ask(const char* buttonName);
    QMessageBox* awaitSummary();

    std::unique_ptr<JobActionsWindow> m_monitor;
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "1 job", "3 jobs"
};

void TestJobBulk::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

bool TestJobBulk::open(const devserver::DevServerConfig& config)
{
    m_monitor = std::make_unique<JobActionsWindow>(config);
    return m_monitor->ok();
}

void TestJobBulk::selectJobs(const QStringList& jobIds)
{
    for (qsizetype i = 0; i < jobIds.size(); ++i)
        m_monitor->clickJob(jobIds.at(i), i == 0 ? Qt::NoModifier : Qt::ControlModifier);
}

// Clicks the bar's button; the question it opened, or null.
QMessageBox* TestJobBulk::ask(const char* buttonName)
{
    auto* button = m_monitor->window->findChild<QPushButton*>(QLatin1String(buttonName));
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_monitor->openBox(QStringLiteral("severalJobsConfirmation"));
}

QMessageBox* TestJobBulk::awaitSummary()
{
    QMessageBox* summary = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (summary = m_monitor->openBox(QStringLiteral("jobActionSummary"))); }, 10000);
    return shown ? summary : nullptr;
}

void TestJobBulk::severalJobsAreRetriedAfterOneQuestion()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    const QStringList failed = {m_monitor->failedJob(), m_monitor->failedJob(), m_monitor->failedJob()};
    QVERIFY2(!failed.contains(QString()), "three jobs failed for good");
    auto* bar = m_monitor->window->findChild<QWidget*>(QStringLiteral("severalJobsBar"));
    m_monitor->clickJob(failed.first());
    QVERIFY(!bar->isVisible()); // one row: the detail panel's buttons are for it
    selectJobs(failed);
    QCOMPARE(m_monitor->window->jobsPage()->selectedJobIds().size(), 3);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->findChild<QLabel*>()->text(), QStringLiteral("3 jobs selected."));
    QMessageBox* box = ask("retrySeveralButton");
    QVERIFY2(box, "one question, opened with open()");
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->text(), QStringLiteral("Retry 3 selected jobs?"));
    QCOMPARE(m_monitor->window->findChildren<QMessageBox*>(QStringLiteral("severalJobsConfirmation")).size(),
             1);
    for (const QString& jobId : failed)
        QCOMPARE(m_monitor->stateOnServer(jobId), QStringLiteral("failed")); // nothing before the answer
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Retry Jobs")), Qt::LeftButton);
    QMessageBox* summary = awaitSummary();
    QVERIFY2(summary, "the summary after the retries");
    QCOMPARE(summary->text(), QStringLiteral("Retried 3 of 3 jobs."));
    QVERIFY(summary->informativeText().isEmpty());
    // Fetched again, since a REST retry emits no event.
    for (const QString& jobId : failed) {
        QCOMPARE(m_monitor->stateOnServer(jobId), QStringLiteral("pending"));
        QCOMPARE(m_monitor->jobState(jobId), QStringLiteral("pending"));
    }
}

void TestJobBulk::theSummarySaysWhichTheServerRefused()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    // The running job last: the failed one moves the clock through its retries.
    const QString failed = m_monitor->failedJob();
    const QString pending = m_monitor->parkedJob();
    const QString running = m_monitor->runningJob();
    QVERIFY2(!running.isEmpty() && !pending.isEmpty() && !failed.isEmpty(),
             "a running, a pending, a failed job");
    QCOMPARE(m_monitor->jobState(running), QStringLiteral("running"));
    selectJobs({running, pending, failed});
    QMessageBox* box = ask("cancelSeveralButton");
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Cancel 3 selected jobs?"));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Dispatch cannot stop running work")),
             qPrintable(box->informativeText()));
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Cancel Jobs")), Qt::LeftButton);
    QMessageBox* summary = awaitSummary();
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("Cancelled 1 of 3 jobs."));
    const QStringList lines = summary->informativeText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const auto lineAbout = [&lines](const QString& jobId) {
        const auto found = std::find_if(lines.cbegin(), lines.cend(),
                                        [&jobId](const QString& line) { return line.startsWith(jobId); });
        return found == lines.cend() ? QString() : *found;
    };
    QVERIFY2(lineAbout(running).contains(
                 QStringLiteral("can only cancel pending or retrying jobs, current state: running")),
             qPrintable(summary->informativeText()));
    QVERIFY2(lineAbout(failed).contains(QStringLiteral("current state: failed")),
             qPrintable(summary->informativeText()));
    QVERIFY(lineAbout(pending).isEmpty());
    QCOMPARE(m_monitor->stateOnServer(pending), QStringLiteral("cancelled"));
    QVERIFY(m_monitor->server().engine().job(pending)->completedAt.has_value()); // REST's cancel
    QCOMPARE(m_monitor->jobState(pending), QStringLiteral("cancelled"));
    QCOMPARE(m_monitor->stateOnServer(running), QStringLiteral("running"));
    QCOMPARE(m_monitor->stateOnServer(failed), QStringLiteral("failed"));
}

void TestJobBulk::withoutRestSeveralAreRelabelledAsSuch()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    QVERIFY2(open(config), JobActionsWindow::readiness());
    const QStringList parked = {m_monitor->parkedJob(), m_monitor->parkedJob()};
    QVERIFY(!parked.contains(QString()));
    selectJobs(parked);
    auto* retry = m_monitor->window->findChild<QPushButton*>(QStringLiteral("retrySeveralButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().startsWith(QStringLiteral("This server has no admin API at ")),
             qPrintable(retry->toolTip()));
    QMessageBox* box = ask("cancelSeveralButton");
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Mark 2 selected jobs as cancelled?"));
    QVERIFY(box->informativeText().startsWith(QStringLiteral("This server has no admin API at ")));
    QVERIFY(!buttonWithText(box, QStringLiteral("Cancel Jobs")));
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Relabel as Cancelled")), Qt::LeftButton);
    QMessageBox* summary = awaitSummary();
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("Relabelled 2 of 2 jobs as cancelled."));
    for (const QString& jobId : parked) {
        QCOMPARE(m_monitor->stateOnServer(jobId), QStringLiteral("cancelled"));
        QVERIFY(!m_monitor->server().engine().job(jobId)->completedAt.has_value()); // DWP's label only
    }
}

QTEST_MAIN(TestJobBulk)
#include "tst_job_bulk.moc"
