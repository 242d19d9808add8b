// SPDX-License-Identifier: MIT
// The Dead letters page (issue 18 item 4) against the devserver's REST admin API (dwp-protocol.md §8), driven
// with QTest input: the count and what it counts, Retry on the jobs seen dead-lettered (job.dlq), Replay All
// and Purge behind questions that say what the server does, an entry opened by id and replayed, the server's
// list only where it can list, and REST's errors said in words where the operator acted while DWP goes on.
#include "JobActionsWindow.h"
#include "gui/controllers/MonitorController.h"
#include "gui/pages/DeadLetterEntryPanel.h"
#include "gui/pages/DeadLetterListPanel.h"
#include "gui/pages/DeadLettersPage.h"
#include "gui/pages/JobDetailPanel.h"
#include "i18n/LocaleTranslations.h"
#include "models/DeadLetteredJobsModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>

using namespace dispatch;
using guitest::advanceUntil;
using guitest::buttonWithText;
using guitest::JobActionsWindow;

namespace {

constexpr qint64 kDayNanos = qint64(24) * 3600 * 1000000000;

} // namespace

class TestDeadLettersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_monitor.reset(); }
    void countSaysWhatItCounts();
    void retryRunsASeenDeadLetteredJobAgain();
    void productionAsksBeforeRetryAndReplay();
    void replayAllAsksFirstAndSaysWhatTheServerReplayed();
    void purgeAsksFirstAndSaysHowManyWent();
    void openAnEntryByIdAndReplayIt();
    void restErrorsAreSaidWhereTheOperatorActed();
    void withoutRestTheLimitationIsSaid();
    void theServersListPageByPageWhereItCanList();

private:
    bool open(const devserver::DevServerConfig& config);
    DeadLettersPage* page() const { return m_monitor->window->deadLettersPage(); }
    const QList<dwp::DlqEntry>& entriesOnServer()
    {
        return m_monitor->server().engine().deadLetters().entries();
    }
    QString failedJobSeenDeadLettered();
    void clickRetry(const QString& jobId);
    QMessageBox* ask(const char* buttonName, const QString& boxName);
    void openEntry(const QString& entryId);

    std::unique_ptr<JobActionsWindow> m_monitor;
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "1 dead letter", "2 dead letters"
};

void TestDeadLettersPage::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

bool TestDeadLettersPage::open(const devserver::DevServerConfig& config)
{
    m_monitor = std::make_unique<JobActionsWindow>(config);
    if (!m_monitor->ok())
        return false;
    guitest::pressShortcut(m_monitor->window.get(), Qt::Key_6, Qt::ControlModifier);
    return m_monitor->window->currentPage() == MonitorController::DeadLettersPageIndex && page()->isVisible();
}

// A job that fails for good, and its row among the jobs seen dead-lettered; empty when either never came.
QString TestDeadLettersPage::failedJobSeenDeadLettered()
{
    const QString jobId = m_monitor->failedJob();
    if (jobId.isEmpty())
        return {};
    const bool seen = advanceUntil(m_monitor->server(), [&] { return page()->model()->rowOf(jobId) >= 0; });
    return seen ? jobId : QString();
}

void TestDeadLettersPage::clickRetry(const QString& jobId)
{
    QTableView* table = page()->seenTable();
    const QModelIndex cell =
        table->model()->index(page()->model()->rowOf(jobId), DeadLetteredJobsModel::RetryColumn);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
}

// Clicks the page's button and returns the question it opened (null when none did).
QMessageBox* TestDeadLettersPage::ask(const char* buttonName, const QString& boxName)
{
    auto* button = page()->findChild<QPushButton*>(QString::fromLatin1(buttonName));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = m_monitor->openBox(boxName)) != nullptr; }, 5000))
        return nullptr;
    return box;
}

void TestDeadLettersPage::openEntry(const QString& entryId)
{
    guitest::retype(page()->idField(), entryId);
    QTest::keyClick(page()->idField(), Qt::Key_Return);
}

void TestDeadLettersPage::countSaysWhatItCounts()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    QTRY_VERIFY2(page()->countLabel()->text().startsWith(QStringLiteral("0 dead letters on the server at ")),
                 qPrintable(page()->countLabel()->text()));
    QVERIFY(!failedJobSeenDeadLettered().isEmpty());
    QVERIFY(!failedJobSeenDeadLettered().isEmpty());
    QCOMPARE(entriesOnServer().size(), 2);
    // Asked again a second after the job.dlq events, while the page is in view.
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->countLabel()->text().startsWith(QStringLiteral("2 dead letters on the server at ")), 5000);
    QVERIFY(page()->countLabel()->text().endsWith(QStringLiteral(", replayed ones included.")));
    // The real server cannot list (§8): said at the top, and where the list would be.
    QVERIFY2(page()->limitationsLabel()->text().startsWith(
                 QStringLiteral("This server cannot list jobs, workflow runs, dead letters or crons")),
             qPrintable(page()->limitationsLabel()->text()));
    QVERIFY(page()->limitationsLabel()->isVisible());
    page()->lists()->setCurrentIndex(1);
    QVERIFY2(page()->listPanel()->statusLabel()->text().startsWith(
                 QStringLiteral("This server cannot list dead letters")),
             qPrintable(page()->listPanel()->statusLabel()->text()));
    QVERIFY(!page()->listPanel()->table()->isVisible());
}

void TestDeadLettersPage::retryRunsASeenDeadLetteredJobAgain()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    const QString jobId = failedJobSeenDeadLettered();
    QVERIFY2(!jobId.isEmpty(), "a job seen dead-lettered");
    const QString otherId = failedJobSeenDeadLettered();
    QVERIFY(!otherId.isEmpty());
    QCOMPARE(page()->model()->rowOf(otherId), 0); // newest first
    clickRetry(jobId);
    QVERIFY(!QApplication::activeModalWidget()); // not Production: no question
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->stateOnServer(jobId), QStringLiteral("pending"), 5000);
    // Fetched again (a retry emits no event, §8): the Jobs list shows it pending, the row says it was
    // retried.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->jobState(jobId), QStringLiteral("pending"), 5000);
    const int row = page()->model()->rowOf(jobId);
    QTRY_VERIFY(page()->model()->index(row, 0).data(DeadLetteredJobsModel::RetriedRole).toBool());
    QCOMPARE(page()->messageLabel()->text(),
             QStringLiteral("%1 is pending again and will run once a worker takes it.").arg(jobId));
    // The other job was left alone.
    QCOMPARE(m_monitor->stateOnServer(otherId), QStringLiteral("failed"));
    // A double-click on its row (not on the Retry cell) opens it on the Jobs page.
    QTableView* table = page()->seenTable();
    const QModelIndex name =
        table->model()->index(page()->model()->rowOf(otherId), DeadLetteredJobsModel::NameColumn);
    const QPoint at = table->visualRect(name).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_monitor->window->currentPage(), int(MonitorController::JobsPageIndex));
    QTRY_COMPARE(m_monitor->window->jobsPage()->detailPanel()->jobId(), otherId);
    QCOMPARE(m_monitor->stateOnServer(otherId), QStringLiteral("failed")); // opened, not retried
}

void TestDeadLettersPage::productionAsksBeforeRetryAndReplay()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    m_monitor->window->controller()->setServerEnvironment(ServerEnvironment::Production);
    const QString jobId = failedJobSeenDeadLettered();
    QVERIFY(!jobId.isEmpty());
    clickRetry(jobId);
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = m_monitor->openBox(QStringLiteral("retryConfirmation"))); },
                            5000));
    QPushButton* go = buttonWithText(box, QStringLiteral("Retry Job"));
    QVERIFY(go && !go->isEnabled() && !go->isDefault()); // a tick first
    QPointer<QMessageBox> first(box);
    QTest::keyClick(box, Qt::Key_Return); // the safe answer
    QTRY_VERIFY(!first || !first->isVisible());
    QTest::qWait(300);
    QCOMPARE(m_monitor->stateOnServer(jobId), QStringLiteral("failed"));
    // Replay of an entry opened by id asks too; ticked and clicked, it replays.
    openEntry(entriesOnServer().first().id);
    DeadLetterEntryPanel* panel = page()->entryPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->field(QStringLiteral("job")), jobId, 5000);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("replayEntryButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return (box = m_monitor->openBox(QStringLiteral("replayConfirmation"))); },
                            5000));
    QVERIFY(!entriesOnServer().first().replayedAt.has_value());
    QTest::mouseClick(box->checkBox(), Qt::LeftButton);
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Replay")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(entriesOnServer().first().replayedAt.has_value(), 5000);
}

void TestDeadLettersPage::replayAllAsksFirstAndSaysWhatTheServerReplayed()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    m_monitor->window->controller()->setServerEnvironment(ServerEnvironment::Production);
    QVERIFY(!failedJobSeenDeadLettered().isEmpty());
    QVERIFY(!failedJobSeenDeadLettered().isEmpty());
    const auto replayedOnServer = [this] {
        return std::count_if(entriesOnServer().cbegin(), entriesOnServer().cend(),
                             [](const dwp::DlqEntry& entry) { return entry.replayedAt.has_value(); });
    };
    QMessageBox* box = ask("replayAllButton", QStringLiteral("replayAllConfirmation"));
    QVERIFY2(box, "Replay All asks first");
    QVERIFY2(box->informativeText().contains(QStringLiteral("no more than the first 1000 entries")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("skips the ones already replayed")));
    QPushButton* go = buttonWithText(box, QStringLiteral("Replay All"));
    QVERIFY(go);
    QVERIFY(!go->isDefault());
    QVERIFY(!go->isEnabled()); // Production: a tick first
    QPointer<QMessageBox> first(box);
    QTest::keyClick(box, Qt::Key_Return); // the safe answer
    QTRY_VERIFY2(!first || !first->isVisible(), "Return closed the question");
    QCOMPARE(replayedOnServer(), 0);

    box = ask("replayAllButton", QStringLiteral("replayAllConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(box->checkBox(), Qt::LeftButton);
    go = buttonWithText(box, QStringLiteral("Replay All"));
    QVERIFY(go->isEnabled());
    QTest::mouseClick(go, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        page()->messageLabel()->text(),
        QStringLiteral("The server replayed 2 dead letters, each as a fresh job; none failed."), 5000);
    QCOMPARE(replayedOnServer(), 2);
    // Once more: the server skips replayed entries and says so through its {replayed: 0, errors: 0}.
    box = ask("replayAllButton", QStringLiteral("replayAllConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(box->checkBox(), Qt::LeftButton);
    QTest::mouseClick(buttonWithText(box, QStringLiteral("Replay All")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->messageLabel()->text().startsWith(QStringLiteral("The server found nothing to replay")),
        5000);
    QCOMPARE(entriesOnServer().size(), 2); // replayed entries stay
}

void TestDeadLettersPage::purgeAsksFirstAndSaysHowManyWent()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    QVERIFY(!failedJobSeenDeadLettered().isEmpty());
    QVERIFY(!failedJobSeenDeadLettered().isEmpty());
    QCOMPARE(entriesOnServer().size(), 2);
    // One of them failed 31 days ago.
    devserver::DeadLetterQueue& queue = m_monitor->server().engine().deadLetters();
    const QString oldId = entriesOnServer().first().id;
    const QString recentId = entriesOnServer().last().id;
    queue.find(oldId)->failedAt =
        dwp::Timestamp::fromNanosSinceEpoch(m_monitor->server().clock().nowNanos() - 31 * kDayNanos);
    QMessageBox* box = ask("purgeButton", QStringLiteral("purgeConfirmation"));
    QVERIFY2(box, "Purge asks first");
    QVERIFY2(box->text().contains(QStringLiteral("older than 30 days")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QStringLiteral("failed more than 30 days ago")));
    QPushButton* go = buttonWithText(box, QStringLiteral("Purge"));
    QVERIFY(go && !go->isDefault());
    QVERIFY(go->isEnabled()); // not Production: no tick
    QTest::mouseClick(go, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->messageLabel()->text(),
                              QStringLiteral("The server deleted 1 dead letter older than 30 days."), 5000);
    QCOMPARE(entriesOnServer().size(), 1);
    QCOMPARE(entriesOnServer().first().id, recentId);
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->countLabel()->text().startsWith(QStringLiteral("1 dead letter on the server at ")), 5000);
}

void TestDeadLettersPage::openAnEntryByIdAndReplayIt()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    const QString jobId = failedJobSeenDeadLettered();
    QVERIFY(!jobId.isEmpty());
    const QString entryId = entriesOnServer().first().id;
    DeadLetterEntryPanel* panel = page()->entryPanel();
    auto* replay = panel->findChild<QPushButton*>(QStringLiteral("replayEntryButton"));
    QVERIFY(!replay->isEnabled());                       // nothing open yet
    openEntry(QStringLiteral("  \"%1\" ").arg(entryId)); // pasted with quotes and spaces
    QTRY_COMPARE_WITH_TIMEOUT(panel->field(QStringLiteral("id")), entryId, 5000);
    QCOMPARE(panel->field(QStringLiteral("job")), jobId);
    QCOMPARE(panel->field(QStringLiteral("replay")), QStringLiteral("Not replayed yet."));
    QCOMPARE(panel->findChild<QPlainTextEdit*>(QStringLiteral("deadLetterErrorText"))->toPlainText(),
             QStringLiteral("disk full"));
    QVERIFY(panel->findChild<QPlainTextEdit*>(QStringLiteral("deadLetterPayload"))
                ->toPlainText()
                .contains(QStringLiteral("\"fail_attempts\": -1")));
    QVERIFY(replay->isEnabled());
    QTest::mouseClick(replay, Qt::LeftButton); // not Production: no question
    QTRY_VERIFY_WITH_TIMEOUT(entriesOnServer().first().replayedAt.has_value(), 5000);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->messageLabel()->text().contains(QStringLiteral("Replayed as job ")),
                              qPrintable(panel->messageLabel()->text()), 5000);
    // The fresh job is named as a link and fetched into the Jobs list (a replay announces nothing).
    const QString text = panel->messageLabel()->text();
    const qsizetype start = text.indexOf(QStringLiteral("href=\"")) + 6;
    const QString freshId = text.mid(start, text.indexOf(u'"', start) - start);
    QVERIFY2(freshId.startsWith(QStringLiteral("job_")) && freshId != jobId, qPrintable(text));
    QTRY_VERIFY(m_monitor->session().jobs().rowOf(freshId) >= 0);
    QTRY_VERIFY2(panel->field(QStringLiteral("replay")).startsWith(QStringLiteral("Replayed at ")),
                 qPrintable(panel->field(QStringLiteral("replay"))));
}

void TestDeadLettersPage::restErrorsAreSaidWhereTheOperatorActed()
{
    QVERIFY2(open(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    DeadLetterEntryPanel* panel = page()->entryPanel();
    // 404 in the {code, error} shape.
    const QString unknown = QStringLiteral("dlq_01jz0000000000000000000000");
    openEntry(unknown);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->messageLabel()->text().startsWith(
                                  QStringLiteral("Could not open %1: Not found.").arg(unknown)),
                              qPrintable(panel->messageLabel()->text()), 5000);
    QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("(404)")));
    // 400: not an entry id at all.
    openEntry(QStringLiteral("job_01jz0000000000000000000000"));
    QTRY_VERIFY2_WITH_TIMEOUT(panel->messageLabel()->text().contains(QStringLiteral("(400)")),
                              qPrintable(panel->messageLabel()->text()), 5000);
    // 500 in the {"code":"INTERNAL_SERVER_ERROR", message} shape: an entry gone before its replay.
    const QString jobId = failedJobSeenDeadLettered();
    QVERIFY(!jobId.isEmpty());
    const QString entryId = entriesOnServer().first().id;
    openEntry(entryId);
    QTRY_COMPARE_WITH_TIMEOUT(panel->field(QStringLiteral("id")), entryId, 5000);
    m_monitor->server().engine().deadLetters().purgeFailedBefore(std::numeric_limits<qint64>::max());
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("replayEntryButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->messageLabel()->text().startsWith(QStringLiteral("The replay failed: ")),
                              qPrintable(panel->messageLabel()->text()), 5000);
    QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("dlq entry not found")));
    // DWP goes on: the next dead-lettered job is seen live.
    QVERIFY2(!failedJobSeenDeadLettered().isEmpty(), "a job.dlq after the REST errors");
}

void TestDeadLettersPage::withoutRestTheLimitationIsSaid()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    QVERIFY2(open(config), JobActionsWindow::readiness());
    QTRY_VERIFY2(
        page()->limitationsLabel()->text().startsWith(QStringLiteral("This server has no admin API at ")),
        qPrintable(page()->limitationsLabel()->text()));
    QVERIFY(page()->limitationsLabel()->isVisible());
    QVERIFY2(page()->countLabel()->text().startsWith(
                 QStringLiteral("The server's dead-letter count is unavailable")),
             qPrintable(page()->countLabel()->text()));
    auto* replayAll = page()->findChild<QPushButton*>(QStringLiteral("replayAllButton"));
    QVERIFY(!replayAll->isEnabled());
    QCOMPARE(replayAll->toolTip(), page()->limitationsLabel()->text());
    QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("purgeButton"))->isEnabled());
    // Positive control: the jobs dead-lettered still arrive over DWP ...
    const QString jobId = failedJobSeenDeadLettered();
    QVERIFY2(!jobId.isEmpty(), "job.dlq seen over DWP without REST");
    // ... but their Retry does nothing without REST.
    clickRetry(jobId);
    QTest::qWait(300);
    QCOMPARE(m_monitor->stateOnServer(jobId), QStringLiteral("failed"));
    QVERIFY(page()->messageLabel()->text().isEmpty());
    page()->lists()->setCurrentIndex(1);
    QVERIFY(page()->listPanel()->statusLabel()->text().startsWith(
        QStringLiteral("This server has no admin API at ")));
}

void TestDeadLettersPage::theServersListPageByPageWhereItCanList()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restListRoutes = true; // --rest-lists
    QVERIFY2(open(config), JobActionsWindow::readiness());
    devserver::DeadLetterQueue& queue = m_monitor->server().engine().deadLetters();
    const int total = DeadLetterListPanel::kPageSize + 5;
    for (int n = 0; n < total; ++n) {
        dwp::Job job;
        job.id = QStringLiteral("job_01jz00000000000000000000%1").arg(n, 2, 10, QLatin1Char('0'));
        job.name = QStringLiteral("send-email");
        job.queue = QStringLiteral("default");
        job.lastError = QStringLiteral("smtp down");
        queue.push(job);
    }
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("refreshDeadLettersButton")),
                      Qt::LeftButton);
    page()->lists()->setCurrentIndex(1);
    DeadLetterListPanel* list = page()->listPanel();
    QTRY_COMPARE_WITH_TIMEOUT(list->table()->model()->rowCount(), DeadLetterListPanel::kPageSize, 5000);
    QVERIFY(list->table()->isVisible());
    QVERIFY2(page()->limitationsLabel()->text().isEmpty(), qPrintable(page()->limitationsLabel()->text()));
    QCOMPARE(
        list->statusLabel()->text(),
        QStringLiteral("Entries 1 to 50 of the server's list, oldest first. Double-click one to open it."));
    QTest::mouseClick(list->findChild<QPushButton*>(QStringLiteral("nextDeadLettersButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->table()->model()->rowCount(), 5, 5000);
    QVERIFY(list->statusLabel()->text().startsWith(QStringLiteral("Entries 51 to 55 ")));
    QVERIFY(!list->findChild<QPushButton*>(QStringLiteral("nextDeadLettersButton"))->isEnabled());
    // Double-click opens the entry.
    const QModelIndex last = list->table()->model()->index(4, 0);
    const QPoint at = list->table()->visualRect(last).center();
    QTest::mouseClick(list->table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->table()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(page()->entryPanel()->field(QStringLiteral("id")), entriesOnServer().last().id,
                              5000);
    QTest::mouseClick(list->findChild<QPushButton*>(QStringLiteral("previousDeadLettersButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->table()->model()->rowCount(), DeadLetterListPanel::kPageSize, 5000);
}

QTEST_MAIN(TestDeadLettersPage)
#include "tst_dead_letters_page.moc"
