// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalBatch.h"

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace dispatch {

class JournalInbox;

// The journal's writer: lives on the journal's own thread and is the only code that touches its database.
// open() picks where history goes: the profile's file, or an in-memory database when the file cannot be
// used (no folder, another monitor holds it, not a database, a newer schema) — said once through problem().
// drain() writes everything in the inbox in one transaction; a write that fails (a full disk) is rolled
// back and, with what follows, goes to memory instead. The file is never deleted or rewritten.
//
// Durability: WAL with synchronous=NORMAL. A committed transaction survives the monitor being killed (the
// pages are in the OS's hands); only a power cut can take the last commits back. A transaction cut off
// midway disappears whole, so a crash loses at most the batch being written.
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    // `filePath` empty: in memory from the start (no problem reported). `maxPageCount` > 0 caps the file's
    // size in pages (SQLite's max_page_count), which is how tests make the disk full.
    JournalWriter(QString filePath, qint64 maxPageCount, std::shared_ptr<JournalInbox> inbox);
    ~JournalWriter() override;

    // On the writer thread (queued calls from Journal).
    void open();
    void drain();
    // Writes what is left, closes the database, lets the lock go and ends the thread's event loop.
    void close();

signals:
    void opened(bool onDisk);
    void problem(const QString& message);
    // After each transaction: the events written since open(), on disk and in memory together.
    void committed(qint64 eventsWritten);

private:
    std::optional<QString> openFile();
    void openInMemory();
    bool prepareStatements();
    bool write(const JournalBatch& batch, QString* error);
    bool writeEvents(const JournalBatch& batch, QString* error);
    bool countEvents(const JournalBatch::Events& part, QString* error);
    bool indexEvents(const QVariant& firstId, QString* error);
    bool writeRecords(const JournalBatch& batch, QString* error);
    void closeDatabase();

    QString m_filePath;
    qint64 m_maxPageCount;
    std::shared_ptr<JournalInbox> m_inbox;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<QSqlQuery> m_insertEvent;
    std::optional<QSqlQuery> m_insertGap;
    std::optional<QSqlQuery> m_insertStats;
    std::optional<QSqlQuery> m_insertLookup;
    std::optional<QSqlQuery> m_insertLookupText;
    std::optional<QSqlQuery> m_insertAction;
    std::optional<QSqlQuery> m_countEvents;
    std::optional<QSqlQuery> m_indexEvents;
    bool m_onDisk = false;
    qint64 m_eventsWritten = 0;
};

} // namespace dispatch
