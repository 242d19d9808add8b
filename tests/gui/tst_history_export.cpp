// SPDX-License-Identifier: MIT
// Export… of the Events page's All history (issue 19 item 8): every event the history search matches — its
// words, type and time range — goes to an NDJSON file oldest first, one envelope per line as the live export
// writes it, read a page at a time on a worker thread; Cancel leaves nothing under the file's name (a file
// that was there stays as it was); a path that cannot be written is said in a message, and nothing is left.
#include "gui/pages/EventsPage.h"
#include "gui/views/HistorySearchPanel.h"
#include "i18n/LocaleTranslations.h"
#include "models/EventLogModel.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalEventExport.h"
#include "session/JournalSearchModel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
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

namespace {

constexpr int kWaitMs = 20000;
constexpr int kRecent = 3000; // received now
constexpr int kOld = 500;     // received two days ago

// Jobs that complete and fail, and workflow steps; names the words below pick from.
dwp::StreamEvent eventNumber(int n)
{
    if (n % 3 == 0)
        return runEvent(Type::WorkflowStepCompleted, runId(n), at(n, quint32(n % 1000)),
                        QStringLiteral("render"), {}, 40, QStringLiteral("monthly-report"));
    if (n % 5 == 0)
        return jobEvent(Type::JobFailed, jobId(quint64(n)), at(n, quint32(n % 1000)),
                        QStringLiteral("quota exceeded \"disk\""), 2, 7, QStringLiteral("nightly-export"));
    return jobEvent(Type::JobCompleted, jobId(quint64(n)), at(n, quint32(n % 1000)), {}, 0, 12,
                    QStringLiteral("resize-image"));
}

class Fixture
{
public:
    Fixture() : m_journal(m_folder.filePath(QStringLiteral("history.sqlite")))
    {
        m_journal.start();
        QList<dwp::StreamEvent> old;
        for (int n = 1; n <= kOld; ++n)
            old.append(eventNumber(100000 + n));
        for (int n = 1; n <= kRecent; ++n)
            m_recent.append(eventNumber(n));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_journal.recordEvents(old, now.addDays(-2));
        m_journal.recordEvents(m_recent, now);
    }

    bool written()
    {
        return QTest::qWaitFor([this] { return m_journal.eventsWritten() == kOld + kRecent; }, kWaitMs) &&
               m_journal.storage() == Journal::Storage::File;
    }

    // The page, showing All history's events of the last 24 hours, chosen with the keyboard.
    std::unique_ptr<EventsPage> page()
    {
        auto page = std::make_unique<EventsPage>(&m_log);
        page->setJournal(&m_journal);
        page->resize(1200, 600);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        HistorySearchPanel* history = page->historySearch();
        history->scopeBox()->setFocus();
        QTest::keyClick(history->scopeBox(), Qt::Key_Down);
        history->rangeBox()->setFocus();
        QTest::keyClick(history->rangeBox(), Qt::Key_Down);
        QTest::keyClick(history->rangeBox(), Qt::Key_Down);
        return page;
    }

    QString path(const QString& name) const { return m_folder.filePath(name); }
    QString folder() const { return m_folder.path(); }
    const QList<dwp::StreamEvent>& recent() const { return m_recent; }

private:
    QTemporaryDir m_folder;
    Journal m_journal;
    EventLogModel m_log;
    QList<dwp::StreamEvent> m_recent;
};

bool settled(EventsPage& page)
{
    const JournalSearchModel* model = page.historySearch()->model();
    return QTest::qWaitFor([model] { return model->rowCount() > 0 && !model->isSearching(); }, kWaitMs);
}

// The export may end before exportHistoryTo() returns (a path that cannot be opened): a signal already
// caught counts.
bool hasFinished(QSignalSpy& finished)
{
    return !finished.isEmpty() || finished.wait(kWaitMs);
}

QList<QByteArray> linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // after the last newline
    return lines;
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private slots:
    void everyMatchingEventRoundTrips();
    void aJsonArrayHoldsTheSameEnvelopes();
    void cancelLeavesNoFile();
    void anUnwritablePathIsSaid();
};

void TestHistoryExport::everyMatchingEventRoundTrips()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture fixture;
    QVERIFY2(fixture.written(), "waiting for the journal to commit its events to its file");
    auto page = fixture.page();
    QVERIFY(page);
    QVERIFY2(settled(*page), "waiting for the first page of the last 24 hours");
    QCOMPARE(page->historySearch()->model()->rowCount(), JournalSearchQuery::kDefaultPageSize); // of 3000

    // All of the last 24 hours: 3000 events, three pages of the journal, none of the 500 older ones.
    const QString all = fixture.path(QStringLiteral("all.ndjson"));
    QSignalSpy finished(page->historyExporter(), &JournalEventExport::finished);
    QSignalSpy progress(page->historyExporter(), &JournalEventExport::progress);
    QVERIFY(page->exportHistoryTo(all));
    QVERIFY2(hasFinished(finished), "waiting for the export to finish");
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(page->historyExporter()->written(), qint64(kRecent));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(kRecent));
    const QList<QByteArray> lines = linesOf(all);
    QCOMPARE(lines.size(), kRecent);
    for (int i = 0; i < kRecent; ++i) {
        // Oldest first; each line the envelope the live export writes, and it parses back to the event.
        const dwp::StreamEvent& expected = fixture.recent().at(i);
        QCOMPARE(lines.at(i), expected.toJson());
        const auto parsed = dwp::StreamEvent::parse(lines.at(i));
        QVERIFY2(parsed, qPrintable(QStringLiteral("line %1").arg(i + 1)));
        QCOMPARE(*parsed, expected);
    }
    QVERIFY(page->historyExportButton()->toolTip().contains(QStringLiteral("Saved 3000 events")));

    // Words and a type narrow it as they narrow the search: the failed exports only.
    QLineEdit* field = page->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("quota"));
    auto* type = page->findChild<QComboBox*>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(type->findText(Type::JobFailed));
    QTRY_VERIFY2_WITH_TIMEOUT(page->historySearch()->shownQuery().text == u"quota" &&
                                  page->historySearch()->shownQuery().types == QStringList{Type::JobFailed},
                              "waiting for the search of the failed exports", kWaitMs);
    QVERIFY2(settled(*page), "waiting for the failed exports' first page");
    QList<QByteArray> failed;
    for (const dwp::StreamEvent& event : fixture.recent()) {
        if (event.type == Type::JobFailed)
            failed.append(event.toJson());
    }
    const QString some = fixture.path(QStringLiteral("failed.ndjson"));
    finished.clear();
    QVERIFY(page->exportHistoryTo(some));
    QVERIFY2(hasFinished(finished), "waiting for the second export to finish");
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(linesOf(some), failed);
}

// The same window as one JSON array (issue 19 item 8: "JSON / NDJSON"), chosen in the Save dialog's type box
// with the keyboard and a name typed without an extension: the file parses as a JSON array whose elements are
// the NDJSON export's lines, in order, over several pages of the journal; written as it goes, it is the
// NDJSON file's lines between "[" and "]", separated by commas.
void TestHistoryExport::aJsonArrayHoldsTheSameEnvelopes()
{
    Fixture fixture;
    QVERIFY2(fixture.written(), "waiting for the journal to commit its events to its file");
    auto page = fixture.page();
    QVERIFY(page);
    QVERIFY2(settled(*page), "waiting for the first page of the last 24 hours");
    page->historyExporter()->setPageSize(700); // five pages of the journal

    const QString ndjson = fixture.path(QStringLiteral("window.ndjson"));
    QSignalSpy finished(page->historyExporter(), &JournalEventExport::finished);
    QVERIFY(page->exportHistoryTo(ndjson));
    QVERIFY2(hasFinished(finished), "waiting for the NDJSON export to finish");
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const QList<QByteArray> lines = linesOf(ndjson);
    QCOMPARE(lines.size(), kRecent); // positive control: the NDJSON export as before

    finished.clear();
    QTest::mouseClick(page->historyExportButton(), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (dialog = page->findChild<QFileDialog*>(QStringLiteral("historyExportFileDialog"))) &&
            dialog->isVisible(),
        "waiting for the Save dialog", kWaitMs);
    QVERIFY(QTest::qWaitForWindowExposed(dialog)); // input to a window not yet exposed is dropped
    auto* types = dialog->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"));
    QVERIFY(types);
    types->setFocus();
    QTest::keyClick(types, Qt::Key_Down);
    QVERIFY2(dialog->selectedNameFilter().contains(QStringLiteral("*.json")),
             qPrintable(dialog->selectedNameFilter()));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    // Typed where the user types it (the focus was on the type box) and not a prefix of window.ndjson, for
    // which the name completer's popup would take Return.
    QTest::keyClicks(name, fixture.path(QStringLiteral("as-array")));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY2(hasFinished(finished), "waiting for the JSON export to finish");
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const QString json = fixture.path(QStringLiteral("as-array.json"));
    QCOMPARE(page->historyExporter()->outputPath(), json);

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), kRecent);
    for (int i = 0; i < kRecent; ++i) {
        const QJsonDocument line = QJsonDocument::fromJson(lines.at(i));
        QVERIFY2(line.isObject() && array.at(i).toObject() == line.object(),
                 qPrintable(QStringLiteral("element %1").arg(i)));
    }
    QCOMPARE(text, QByteArray("[\n" + lines.join(",\n") + "\n]\n"));
}

void TestHistoryExport::cancelLeavesNoFile()
{
    Fixture fixture;
    QVERIFY2(fixture.written(), "waiting for the journal to commit its events to its file");
    auto page = fixture.page();
    QVERIFY(page);
    QVERIFY2(settled(*page), "waiting for the first page");
    // What was under the name before stays as it was.
    const QString path = fixture.path(QStringLiteral("events.ndjson"));
    {
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("kept\n");
    }
    page->historyExporter()->setPageSize(1); // 3000 pages: it is still running when Cancel is pressed
    QSignalSpy finished(page->historyExporter(), &JournalEventExport::finished);
    QVERIFY(page->exportHistoryTo(path));
    auto* dialog = page->findChild<QProgressDialog*>(QStringLiteral("historyExportProgress"));
    QVERIFY(dialog);
    dialog->show(); // as it shows itself after 400 ms
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* cancel = dialog->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(hasFinished(finished), "waiting for the cancelled export to end");
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(page->historyExporter()->errorString().isEmpty()); // cancelled, not failed: no message
    QVERIFY(page->historyExporter()->written() < kRecent);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArrayLiteral("kept\n"));
    QCOMPARE(QDir(fixture.folder()).entryList({QStringLiteral("events*")}, QDir::Files),
             QStringList({QStringLiteral("events.ndjson")})); // no temporary file left beside it
    QVERIFY(!page->findChild<QMessageBox*>(QStringLiteral("exportProblem")));
}

void TestHistoryExport::anUnwritablePathIsSaid()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture fixture;
    QVERIFY2(fixture.written(), "waiting for the journal to commit its events to its file");
    auto page = fixture.page();
    QVERIFY(page);
    QVERIFY2(settled(*page), "waiting for the first page");
    // A folder that is a file cannot hold one (permissions would not stop root, who runs some CI).
    const QString notAFolder = fixture.path(QStringLiteral("not-a-folder"));
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString path = notAFolder + QStringLiteral("/events.ndjson");
    QSignalSpy finished(page->historyExporter(), &JournalEventExport::finished);
    QVERIFY(page->exportHistoryTo(path));
    QVERIFY2(hasFinished(finished), "waiting for the export to fail");
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QMessageBox* box = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((box = page->findChild<QMessageBox*>(QStringLiteral("exportProblem"))),
                              "waiting for the message", kWaitMs);
    QVERIFY2(box->text().startsWith(QStringLiteral("The events could not be exported to %1: ").arg(path)),
             qPrintable(box->text()));
    QVERIFY(!QFile::exists(path));
    box->close();
}

QTEST_MAIN(TestHistoryExport)
#include "tst_history_export.moc"
