// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The profile bench_startup's journal variant starts the monitor with (issue 19 "Speed": "start with a
// 10 000 000-event journal to the first painted main window < 1 s"): a settings file with one profile whose
// retention keeps everything (3650 days, 1 TB, so the writer prunes nothing at start), and that profile's
// journal holding N events, written once through the journal's own writer and kept under /tmp for reruns.
// The profile's server is a port nothing listens on: the window shows the history and keeps reconnecting.
class StartupJournal
{
public:
    // Under `folder` (made when missing): the journal with `events` events, reused when it holds them.
    StartupJournal(QString folder, qint64 events);

    // Writes the journal unless it is there already; false (error() says why) when it cannot.
    bool prepare();
    const QString& error() const { return m_error; }
    bool wasWritten() const { return m_written; } // by this prepare(), not found from an earlier run
    double writeSeconds() const { return m_writeSeconds; }

    // A settings file naming the profile, for --settings; the environment for the journal folder.
    QString settingsFile() const;
    QStringList environment() const;
    QString journalFile() const;

private:
    bool write();
    qint64 eventsInFile() const;

    QString m_folder;
    qint64 m_events;
    QString m_error;
    bool m_written = false;
    double m_writeSeconds = 0;
};
