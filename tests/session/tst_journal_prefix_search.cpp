// SPDX-License-Identifier: MIT
// Prefix words in a journal search (README "Journal", Search; schema 6): a prefix typed (queue*) is searched
// as the words of event_words it begins (JournalEventWords), which finds the same events as FTS5's own prefix
// query, newest first, page by page; prefixes it cannot expand stay prefixes. A file as schema 5 wrote it is
// migrated with its rows: found by words and prefixes, its words and its stats samples' minutes filled in,
// and pruned through the writer without the delete trigger it had.
#include "JournalFileReader.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalEventWords.h"
#include "session/JournalSchema.h"
#include "session/JournalSearch.h"
#include "support/TestSeed.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;
using Hit = JournalSearchPage::Hit;

namespace {

constexpr int kWaitMs = 10000;
constexpr qint64 kReceivedMs = 1'750'000'000'000;

// Writes `batches` (a second apart from kReceivedMs) through a Journal and waits for them.
bool journal(const QString& path, const QList<QList<dwp::StreamEvent>>& batches)
{
    Journal journal(path);
    journal.start();
    qint64 total = 0;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        journal.recordEvents(batches.at(i), QDateTime::fromMSecsSinceEpoch(kReceivedMs + i * 1000, Qt::UTC));
        total += batches.at(i).size();
    }
    if (!QTest::qWaitFor(
            [&] {
                return journal.storage() != Journal::Storage::Opening && journal.eventsWritten() == total;
            },
            kWaitMs))
        return false;
    return journal.storage() == Journal::Storage::File;
}

// Every event JournalSearch finds for `text`, page by page (50 a page), as row ids.
QList<qint64> searchedIds(const QString& path, const QString& text)
{
    QList<qint64> ids;
    JournalSearchQuery query = JournalSearchQuery::fromTyped(text);
    query.pageSize = 50;
    for (int page = 0; page < 100; ++page) {
        const JournalSearchPage found = JournalSearch(path).page(query);
        if (!found.error.isEmpty()) {
            qWarning() << "search failed:" << found.error;
            return {};
        }
        for (const Hit& hit : found.hits)
            ids.append(hit.rowId);
        if (found.atEnd)
            break;
        query = found.next;
    }
    return ids;
}

// What FTS5's own query of the same expression finds, newest first.
QList<qint64> fts5Ids(JournalFileReader& file, const QString& text)
{
    QList<qint64> ids;
    for (const QString& id : file.rows(
             QStringLiteral("SELECT rowid FROM events_fts WHERE events_fts MATCH '%1' ORDER BY rowid DESC")
                 .arg(JournalSearch::matchExpression(text).replace(u'\'', QStringLiteral("''")))))
        ids.append(id.toLongLong());
    return ids;
}

// The results' subjects: a file migrated here has a hole since its last record ("not running"), a row of
// its own among them (session_tst_journal_gaps), which is no result.
QStringList subjectsOf(const JournalSearchPage& page)
{
    QStringList ids;
    for (const Hit& hit : page.hits) {
        if (hit.source != Hit::Source::Gap)
            ids.append(hit.subjectId);
    }
    return ids;
}

JournalSearchPage search(const QString& path, const QString& text)
{
    return JournalSearch(path).page(JournalSearchQuery::fromTyped(text));
}

} // namespace

class TestJournalPrefixSearch : public QObject
{
    Q_OBJECT

private slots:
    void prefixesFindWhatFts5PrefixesFind();
    void aSchema5FileIsMigratedWithItsRows();
};

// 602 events in 7 batches with names, queues and errors of random words (seed printed; errors begin with
// words of their own), among them words that share prefixes, upper case, an accent, and 200 words of one
// prefix (more than a prefix expands to).
void TestJournalPrefixSearch::prefixesFindWhatFts5PrefixesFind()
{
    QRandomGenerator random = testsupport::seededRandom("prefix search events");
    QStringList vocabulary = {QStringLiteral("queue"),  QStringLiteral("queued"), QStringLiteral("Queues"),
                              QStringLiteral("quest"),  QStringLiteral("Müller"), QStringLiteral("muller"),
                              QStringLiteral("report"), QStringLiteral("re"),     QStringLiteral("x1y2")};
    for (int i = 0; i < 200; ++i)
        vocabulary.append(QStringLiteral("zz%1").arg(i));
    const auto word = [&] { return vocabulary.at(random.bounded(int(vocabulary.size()))); };
    const QStringList errorWords = {QStringLiteral("quota"), QStringLiteral("quorum"),
                                    QStringLiteral("refused"), QStringLiteral("reset")};
    QList<QList<dwp::StreamEvent>> batches(6);
    for (int i = 0; i < 600; ++i) {
        // Errors begin with words of their own, so that the words of every column count.
        const QString error = random.bounded(3) == 0
                                  ? errorWords.at(random.bounded(int(errorWords.size()))) + u':' + word()
                                  : QString();
        batches[i / 100].append(jobEvent(error.isEmpty() ? T::JobEnqueued : T::JobFailed, jobId(i), at(i),
                                         error, 0, 0, word() + u'-' + word(), word()));
    }
    // Each query of two prefixes has an event to find whatever the draw (one seed in about a hundred left
    // "queue* re*" with none, and its control failed).
    batches.append({jobEvent(T::JobEnqueued, jobId(600), at(600), QString(), 0, 0,
                             QStringLiteral("queued-report"), QStringLiteral("quest")),
                    jobEvent(T::JobEnqueued, jobId(601), at(601), QString(), 0, 0,
                             QStringLiteral("zz17-quest"), QStringLiteral("re"))});
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    QVERIFY(journal(path, batches));
    JournalFileReader file(path);
    // Expanded where it can be: to the words it begins, in byte order.
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("QUEUE*")),
             QStringLiteral("(\"queue\" OR \"queued\" OR \"queues\")"));
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("quo*")),
             QStringLiteral("(\"quorum\" OR \"quota\")"));
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("x1* quest*")),
             QStringLiteral("\"x1y2\" AND \"quest\""));
    // Kept as a prefix: too many words, an accent, a phrase, no word at all.
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("zz*")),
             QStringLiteral("\"zz\"*"));
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("mü*")),
             QStringLiteral("\"mü\"*"));
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("x-y*")),
             QStringLiteral("\"x-y\"*"));
    QCOMPARE(JournalEventWords::matchExpression(file.database(), QStringLiteral("nothing*")),
             QStringLiteral("\"nothing\"*"));
    for (const QString& text :
         {QStringLiteral("q*"), QStringLiteral("que*"), QStringLiteral("queue*"), QStringLiteral("QUEUE*"),
          QStringLiteral("queued*"), QStringLiteral("re*"), QStringLiteral("rep*"), QStringLiteral("mü*"),
          QStringLiteral("mul*"), QStringLiteral("zz*"), QStringLiteral("zz1*"), QStringLiteral("zz19*"),
          QStringLiteral("x*"), QStringLiteral("queue* re*"), QStringLiteral("quest* zz1*"),
          QStringLiteral("enq*"), QStringLiteral("quo*"), QStringLiteral("ref*"),
          QStringLiteral("nothing*")}) {
        const QList<qint64> expected = fts5Ids(file, text);
        QVERIFY2(!expected.isEmpty() || text == u"nothing*", qPrintable(text)); // the control
        QCOMPARE(searchedIds(path, text), expected);
    }
}

// A file as schema 5 left it (steps 0–4 as released; a released step is never edited), written as its writer
// wrote: events indexed by one INSERT … SELECT, a lookup with its text (indexed by its trigger), stats
// samples.
void TestJournalPrefixSearch::aSchema5FileIsMigratedWithItsRows()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("five.sqlite"));
    {
        JournalFileReader old(path);
        for (int version = 0; version < 5; ++version) {
            for (const QString& statement : JournalSchema::stepFrom(version))
                QVERIFY2(old.exec(statement), qPrintable(old.lastError()));
        }
        QVERIFY(old.exec(
            QStringLiteral(
                "INSERT INTO events (received_ms, ts_us, type, topic, subject_id, name, queue, error, data) "
                "VALUES (5, 4, 'job.failed', 'job:%1', '%1', 'legacy-report', 'reports', 'disk quota', "
                "'{}'), "
                "(6, 5, 'job.enqueued', 'job:%2', '%2', 'send-email', 'mail', NULL, '{}')")
                .arg(jobId(1), jobId(2))));
        QVERIFY(old.exec(
            QStringLiteral("INSERT INTO events_fts (rowid, type, name, step, queue, error) SELECT id, "
                           "type, name, step, queue, error FROM events WHERE id >= 1")));
        QVERIFY(
            old.exec(QStringLiteral("INSERT INTO lookups (id, at_ms, kind, subject_id, data) VALUES (1, 7, "
                                    "'job', '%1', '{}')")
                         .arg(jobId(2))));
        QVERIFY(old.exec(QStringLiteral("INSERT INTO lookup_text (id, name, queue, state, body) VALUES (1, "
                                        "'send-email', 'mail', 'completed', '{\"region\":\"Patagonia\"}')")));
        // Two DWP samples in minute 10, a REST total in minute 11.
        QVERIFY(old.exec(QStringLiteral(
            "INSERT INTO stats_samples (at_ms, source, data) VALUES "
            "(601000, 'dwp.stats', "
            "'{\"broker\":{\"subscriber_count\":3,\"topic_count\":7,\"total_published\":100}}'), "
            "(631000, 'dwp.stats', "
            "'{\"broker\":{\"subscriber_count\":6,\"topic_count\":7,\"total_published\":160}}'), "
            "(665000, 'rest.stats', '{\"jobs\":{\"completed\":4}}')")));
        QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 5")));
        QCOMPARE(old.count(QStringLiteral("sqlite_master WHERE name = 'events_fts_delete'")), 1);
    }
    QVERIFY(journal(path, {}));
    {
        JournalFileReader file(path);
        QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), JournalSchema::currentVersion());
        QCOMPARE(file.count(QStringLiteral("sqlite_master WHERE name = 'events_fts_delete'")), 0);
        QCOMPARE(file.rows(QStringLiteral("SELECT word FROM event_words ORDER BY word")),
                 QStringList({QStringLiteral("disk"), QStringLiteral("email"), QStringLiteral("enqueued"),
                              QStringLiteral("failed"), QStringLiteral("job"), QStringLiteral("legacy"),
                              QStringLiteral("mail"), QStringLiteral("quota"), QStringLiteral("report"),
                              QStringLiteral("reports"), QStringLiteral("send")}));
        QCOMPARE(file.rows(QStringLiteral("SELECT * FROM stats_minutes ORDER BY minute")),
                 QStringList({QStringLiteral("10|dwp.stats|2|9|2|14|2|601000|631000|100|160"),
                              QStringLiteral("11|rest.stats|1|∅|0|∅|0|665000|665000|∅|∅")}));
    }
    QCOMPARE(subjectsOf(search(path, QStringLiteral("quota"))), QStringList{jobId(1)});
    QCOMPARE(subjectsOf(search(path, QStringLiteral("leg*"))), QStringList{jobId(1)});
    QCOMPARE(subjectsOf(search(path, QStringLiteral("REP*"))), QStringList{jobId(1)});
    // The lookup ("send-email" looked up) and the event.
    QCOMPARE(subjectsOf(search(path, QStringLiteral("e*"))), QStringList({jobId(2), jobId(2)}));
    const JournalSearchPage payload = search(path, QStringLiteral("patagonia"));
    QCOMPARE(subjectsOf(payload), QStringList{jobId(2)});
    // The hole since the file's last record first (it ends now), then the lookup.
    QCOMPARE(payload.hits.size(), 2);
    QCOMPARE(payload.hits.at(0).source, Hit::Source::Gap);
    QCOMPARE(payload.hits.at(1).source, Hit::Source::Lookup);
    {
        // Everything is from 1970: retention by age prunes it all, through the writer.
        Journal retention(path);
        retention.setRetention(std::chrono::days(30), 0);
        QSignalSpy pruned(&retention, &Journal::pruneFinished);
        retention.start();
        QVERIFY2(pruned.wait(kWaitMs), "waiting for the pruning pass after start");
    }
    JournalFileReader file(path);
    QCOMPARE(file.count(QStringLiteral("events")), 0);
    QCOMPARE(file.count(QStringLiteral("stats_minutes")), 0);
    QCOMPARE(
        file.scalar(QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'quota'")).toInt(),
        0);
    QVERIFY2(file.exec(QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")),
             qPrintable(file.lastError()));
}

QTEST_GUILESS_MAIN(TestJournalPrefixSearch)
#include "tst_journal_prefix_search.moc"
