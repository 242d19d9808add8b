// SPDX-License-Identifier: MIT
#include "GuiTestSupport.h"
#include "gui/pages/EventExporter.h"
#include "gui/pages/EventsPage.h"
#include "models/EventLogModel.h"
#include "models/ModelEventFactory.h"
#include "models/PausableEventProxy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

class TestEventsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersByTypeTopicAndText();
    void pauseHoldsNewEventsBack();
    void followKeepsTheNewestInView();
    void anEmptyListSaysWhy();
    void exportsFilteredRowsAsNdjson();
    void exportsCsvWithQuoting();
    void doubleClickOpensTheJobOrRun();
    void exportAsksForTheFileWithoutANestedLoop();
    void exportProblemIsShownWithoutANestedLoop();

private:
    QList<dwp::StreamEvent> someEvents(int from, int count) const;

    EventLogModel* m_log = nullptr;
    EventsPage* m_page = nullptr;
};

QList<dwp::StreamEvent> TestEventsPage::someEvents(int from, int count) const
{
    QList<dwp::StreamEvent> events;
    for (int n = from; n < from + count; ++n) {
        events << jobEvent(Type::JobEnqueued, jobId(quint64(n)), at(n))
               << jobEvent(Type::JobCompleted, jobId(quint64(n)), at(n, 500), {}, 0, 12);
        if (n % 5 == 0)
            events << runEvent(Type::WorkflowStarted, runId(n), at(n, 700));
    }
    return events;
}

void TestEventsPage::init()
{
    m_log = new EventLogModel(this);
    m_page = new EventsPage(m_log);
    m_page->resize(1100, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_log->applyEvents(someEvents(0, 10)); // 20 job events, 2 workflow events
}

void TestEventsPage::cleanup()
{
    delete m_page;
    delete m_log;
}

void TestEventsPage::filtersByTypeTopicAndText()
{
    QCOMPARE(m_page->proxy()->rowCount(), 22);
    auto* type = m_page->findChild<QComboBox*>(QStringLiteral("typeFilter"));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down); // "Job events"
    QCOMPARE(m_page->proxy()->rowCount(), 20);
    QTest::keyClick(type, Qt::Key_Down); // "Workflow events"
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QTest::keyClick(type, Qt::Key_Home);
    auto* topic = m_page->findChild<QLineEdit*>(QStringLiteral("topicFilter"));
    QTest::keyClicks(topic, jobId(3));
    QVERIFY(guitest::awaitTypedFilter(topic));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    topic->clear(); // set by the program: applies at once
    QCOMPARE(m_page->proxy()->rowCount(), 22);
    auto* text = m_page->findChild<QLineEdit*>(QStringLiteral("textFilter"));
    QTest::keyClicks(text, QStringLiteral("elapsed_ms"));
    QVERIFY(guitest::awaitTypedFilter(text));
    QCOMPARE(m_page->proxy()->rowCount(), 10);
}

void TestEventsPage::pauseHoldsNewEventsBack()
{
    auto* pause = m_page->findChild<QToolButton*>(QStringLiteral("pauseButton"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(m_page->isPaused());
    m_log->applyEvents(someEvents(100, 3));
    QCOMPARE(m_page->proxy()->rowCount(), 22);
    QCOMPARE(m_page->proxy()->heldBackCount(), 7u); // 100 is a multiple of 5: one run event too
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!m_page->isPaused());
    QCOMPARE(m_page->proxy()->rowCount(), 29);
}

void TestEventsPage::followKeepsTheNewestInView()
{
    QTableView* table = m_page->table();
    QScrollBar* bar = table->verticalScrollBar();
    const auto sequenceAtTop = [table] {
        return table->indexAt(QPoint(1, 1)).data(EventLogModel::SequenceRole).toULongLong();
    };
    // Rows enough for a short scroll-bar handle: with few, the handle reached the click below and the click
    // scrolled nothing (it failed 4 runs in 5 on an idle machine).
    m_log->applyEvents(someEvents(20, 150));
    // The scroll bar at its laid-out height too: run on its own, the test found it still 30 px high with a
    // page step of 20 rows, and the click below then missed it.
    QTRY_VERIFY2(bar->isVisible() && bar->height() > 10 * bar->width() &&
                     bar->maximum() > 4 * bar->pageStep(),
                 "waiting for the view to lay out rows enough to scroll, and its scroll bar");
    // Newest first, at the top.
    QCOMPARE(bar->value(), 0);
    QCOMPARE(sequenceAtTop(),
             m_log->index(m_log->rowCount() - 1, 0).data(EventLogModel::SequenceRole).toULongLong());
    QVERIFY(m_page->isFollowing());
    // Scrolling down by hand stops following; new rows then leave the rows on screen where they are.
    QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, bar->height() - bar->width() - 4));
    QVERIFY(!m_page->isFollowing());
    auto* follow = m_page->findChild<QToolButton*>(QStringLiteral("followButton"));
    QVERIFY(!follow->isChecked());
    const quint64 kept = sequenceAtTop();
    m_log->applyEvents(someEvents(200, 5));
    QCOMPARE(sequenceAtTop(), kept);
    QTest::mouseClick(follow, Qt::LeftButton);
    QCOMPARE(bar->value(), 0);
    QVERIFY(follow->isChecked());
    QCOMPARE(sequenceAtTop(),
             m_log->index(m_log->rowCount() - 1, 0).data(EventLogModel::SequenceRole).toULongLong());
}

void TestEventsPage::anEmptyListSaysWhy()
{
    auto* notice = m_page->table()->viewport()->findChild<QLabel*>(QStringLiteral("emptyListNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible()); // 22 events are listed
    QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("topicFilter")), QStringLiteral("cron:"));
    QVERIFY(guitest::awaitTypedFilter(m_page->findChild<QLineEdit*>(QStringLiteral("topicFilter"))));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("No events match these filters:\nTopic: “cron:”"));
    m_log->clear();
    QCOMPARE(notice->text(), QStringLiteral("No events yet. They appear here as they arrive."));
}

void TestEventsPage::exportsFilteredRowsAsNdjson()
{
    QTemporaryDir dir;
    QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("topicFilter")),
                     QStringLiteral("workflow:"));
    QVERIFY(guitest::awaitTypedFilter(m_page->findChild<QLineEdit*>(QStringLiteral("topicFilter"))));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    const QString path = dir.filePath(QStringLiteral("events.ndjson"));
    QSignalSpy finished(m_page->exporter(), &EventExporter::finished);
    QVERIFY(m_page->exportTo(path));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two events and the final newline
    const auto first = dwp::StreamEvent::parse(lines[0]);
    QVERIFY(first.ok());
    QCOMPARE(first.value().type, Type::WorkflowStarted);
    QCOMPARE(first.value().topic, QStringLiteral("workflow:") + runId(0));
}

void TestEventsPage::exportsCsvWithQuoting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    QSignalSpy finished(m_page->exporter(), &EventExporter::finished);
    QVERIFY(m_page->exportTo(path));
    QTRY_COMPARE(finished.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines[0], QByteArrayLiteral("time,type,topic,subject,data"));
    QCOMPARE(lines.size(), 1 + 22 + 1);
    QVERIFY(lines[1].contains(",job.enqueued,job:" + jobId(0).toUtf8() + ','));
    // The data column is JSON with commas and quotes, so it is quoted with doubled quotes.
    QVERIFY2(lines[1].contains("\"{\"\"job_id\"\":"), lines[1].constData());
    QCOMPARE(EventExporter::csvField(QStringLiteral("a,\"b\"")), QByteArrayLiteral("\"a,\"\"b\"\"\""));
}

void TestEventsPage::doubleClickOpensTheJobOrRun()
{
    QSignalSpy open(m_page, &EventsPage::openRequested);
    QTableView* table = m_page->table();
    const QRect rect = table->visualRect(m_page->proxy()->index(0, EventLogModel::TypeColumn));
    // A person's double-click starts with a click; the view only emits doubleClicked for a pressed index.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), jobId(9)); // newest first: the last event came for job 9
}

void TestEventsPage::exportAsksForTheFileWithoutANestedLoop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.ndjson"));
    QSignalSpy finished(m_page->exporter(), &EventExporter::finished);
    // The click returns with the file dialog open (a static getSaveFileName() would still be running).
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    auto* dialog = m_page->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(finished.size(), 0);
    QVERIFY(QTest::qWaitForWindowExposed(dialog)); // input to a window not yet exposed is dropped
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, path);
    // The Save button, not Return: Return may go to the name completer's popup.
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(QFileInfo::exists(path));
}

void TestEventsPage::exportProblemIsShownWithoutANestedLoop()
{
    const QString path = QStringLiteral("/nonexistent-directory-for-the-test/events.csv");
    // Returns at once, with the problem in an open box (QMessageBox::warning() would not return).
    QVERIFY(!m_page->exportTo(path));
    QPointer<QMessageBox> box = m_page->findChild<QMessageBox*>(QStringLiteral("exportProblem"));
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!box || !box->isVisible()); // closed, and deleted on close
}

QTEST_MAIN(TestEventsPage)
#include "tst_events_page.moc"
