// SPDX-License-Identifier: MIT
// Rows of the Jobs list leave the monitor as an operator wants them (issue 20 items 15, 19, 20): Ctrl+C
// copies the selected rows as text in the columns on screen and as JSON; Copy ID and Copy as JSON from the
// context menu; Export… writes every row under the filter, in the list's order, as CSV or JSON, through a
// file dialog opened without a nested event loop.
#include "GuiTestSupport.h"
#include "gui/pages/ItemRowsExporter.h"
#include "gui/pages/JobsPage.h"
#include "gui/views/ItemListActions.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
namespace Type = dwp::EventType;

class TestItemListActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlCCopiesTheSelectedRowsAsTextAndJson();
    void copyIdAndCopyAsJson();
    void exportWritesTheRowsUnderTheFilter();

private:
    void clickRow(const QString& id, Qt::KeyboardModifiers modifiers = {});
    QByteArray readFile(const QString& path) const;

    JobsModel* m_jobs = nullptr;
    EventLogModel* m_log = nullptr;
    JobsPage* m_page = nullptr;
};

void TestItemListActions::init()
{
    m_jobs = new JobsModel(this);
    m_log = new EventLogModel(this);
    m_page = new JobsPage(m_jobs, m_log);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_jobs->applyEvents(
        {jobEvent(Type::JobEnqueued, jobId(1), at(1)),
         jobEvent(Type::JobCompleted, jobId(1), at(3), {}, 0, 950),
         jobEvent(Type::JobEnqueued, jobId(2), at(4), {}, 0, 0, QStringLiteral("resize-image"),
                  QStringLiteral("media")),
         jobEvent(Type::JobEnqueued, jobId(3), at(6)),
         jobEvent(Type::JobFailed, jobId(3), at(8), QStringLiteral("smtp: refused, \"twice\""), 3)});
}

void TestItemListActions::cleanup()
{
    delete m_page;
    delete m_jobs;
    delete m_log;
}

void TestItemListActions::clickRow(const QString& id, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex shown =
        m_page->proxy()->mapFromSource(m_jobs->index(m_jobs->rowOf(id), JobsModel::NameColumn));
    QTest::mouseClick(m_page->table()->viewport(), Qt::LeftButton, modifiers,
                      m_page->table()->visualRect(shown).center());
}

QByteArray TestItemListActions::readFile(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestItemListActions::ctrlCCopiesTheSelectedRowsAsTextAndJson()
{
    QTableView* table = m_page->table();
    table->horizontalHeader()->hideSection(JobsModel::QueueColumn); // the operator hid Queue
    clickRow(jobId(1));
    clickRow(jobId(3), Qt::ControlModifier);
    QApplication::clipboard()->clear();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QMimeData* copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    const QStringList lines = copied->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header and two rows
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    QVERIFY2(header.contains(QStringLiteral("Name")) && header.contains(QStringLiteral("State")),
             qPrintable(lines[0]));
    QVERIFY2(!header.contains(QStringLiteral("Queue")), qPrintable(lines[0])); // hidden, so not copied
    QCOMPARE(lines[1].split(QLatin1Char('\t')).size(), header.size());
    QVERIFY(copied->text().contains(jobId(3)) && copied->text().contains(jobId(1)));

    const QJsonArray records =
        QJsonDocument::fromJson(copied->data(QStringLiteral("application/json"))).array();
    QCOMPARE(records.size(), 2);
    QJsonObject failed;
    for (const QJsonValue& record : records)
        if (record[QStringLiteral("id")].toString() == jobId(3))
            failed = record.toObject();
    QCOMPARE(failed[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    QCOMPARE(failed[QStringLiteral("retry_count")].toInt(),
             m_jobs->index(m_jobs->rowOf(jobId(3)), 0).data(JobsModel::AttemptRole).toInt());
    QCOMPARE(failed[QStringLiteral("last_error")].toString(), QStringLiteral("smtp: refused, \"twice\""));
    QCOMPARE(failed[QStringLiteral("queue")].toString(), QStringLiteral("default")); // JSON has every field
    QVERIFY(failed[QStringLiteral("priority")].isNull()); // unknown until the job is opened: null, not 0
}

void TestItemListActions::copyIdAndCopyAsJson()
{
    clickRow(jobId(2));
    m_page->listActions()->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), jobId(2));
    m_page->listActions()->copyJsonAction()->trigger();
    const QJsonDocument one = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
    QVERIFY(one.isObject()); // one row: an object
    QCOMPARE(one[QStringLiteral("name")].toString(), QStringLiteral("resize-image"));
    clickRow(jobId(1), Qt::ControlModifier);
    m_page->listActions()->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')).size(), 2);
    m_page->listActions()->copyJsonAction()->trigger();
    QCOMPARE(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array().size(), 2);
    // The context menu offers them.
    QVERIFY(m_page->table()->actions().contains(m_page->listActions()->exportAction()));
    QCOMPARE(m_page->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
}

void TestItemListActions::exportWritesTheRowsUnderTheFilter()
{
    QTemporaryDir dir;
    // Through the context menu's Export… and its file dialog (opened with open(): the test goes on).
    guitest::retype(m_page->searchField(), QStringLiteral("send-email")); // jobs 1 and 3, not the resize
    QTRY_COMPARE(m_page->proxy()->rowCount(), 2);
    QSignalSpy finished(m_page->listActions()->exporter(), &SlicedExport::finished);
    m_page->listActions()->exportAction()->trigger();
    auto* dialog = m_page->window()->findChild<QFileDialog*>(QStringLiteral("exportRowsDialog"));
    if (!dialog) // parented to the page's window, which is the page here
        dialog = m_page->findChild<QFileDialog*>(QStringLiteral("exportRowsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Qt's own dialog: choosing the file is its business, what the monitor does with the choice is ours.
    const QString csvPath = dir.filePath(QStringLiteral("jobs.csv"));
    dialog->selectFile(csvPath);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
    QTRY_VERIFY2_WITH_TIMEOUT(finished.size() == 1, "the CSV export to finish", 5000);
    QVERIFY(finished.first().first().toBool());
    const QList<QByteArray> lines = readFile(csvPath).split('\n');
    QCOMPARE(lines[0],
             QByteArrayLiteral("id,name,queue,state,priority,retry_count,last_error,created_at,started_at,"
                               "completed_at,elapsed_ms,dead_lettered"));
    QCOMPARE(lines.size(), 4);                            // header, two rows, the final newline
    QVERIFY(!readFile(csvPath).contains("resize-image")); // filtered out ...
    QVERIFY(lines[1].startsWith(jobId(1).toUtf8()) || lines[2].startsWith(jobId(1).toUtf8())); // ... kept
    QVERIFY2(readFile(csvPath).contains("\"smtp: refused, \"\"twice\"\"\""), readFile(csvPath).constData());

    // JSON, without the filter: every row, as one array.
    guitest::retype(m_page->searchField(), QString());
    QTRY_COMPARE(m_page->proxy()->rowCount(), 3);
    const QString jsonPath = dir.filePath(QStringLiteral("jobs.json"));
    QVERIFY(m_page->listActions()->exportTo(jsonPath));
    QTRY_VERIFY2_WITH_TIMEOUT(finished.size() == 2, "the JSON export to finish", 5000);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(jsonPath), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.array().size(), 3);

    // A file that cannot be written is said, where the operator acted.
    QVERIFY(!m_page->listActions()->exportTo(dir.filePath(QStringLiteral("no/such/dir/jobs.csv"))));
    QTRY_VERIFY(m_page->findChild<QWidget*>(QStringLiteral("exportProblem")));
}

QTEST_MAIN(TestItemListActions)
#include "tst_item_list_actions.moc"
