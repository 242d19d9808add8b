// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace dispatch {

// How `dispatch-monitor --open job_…|wfrun_…|cron_…` reaches a window that is already open (issue 20 item
// 19): the first monitor of a user listens on a local socket; a later one started with --open hands the id
// over and exits, and the running window shows the item. One line each way: "open <id>\n", answered "ok\n" or
// "bad <why>\n". Everything is bounded: a line is at most kMaxLineBytes, a peer gets kPeerTimeoutMs to say
// it, and a socket file left by a monitor that crashed is taken over once nobody answers on it.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxLineBytes = 256; // "open " and an id of 26 characters after its prefix
    static constexpr int kPeerTimeoutMs = 2000;

    // The channel of this user's monitors that share `settingsPath` (empty: the usual settings file): in the
    // per-user runtime directory, so another user's monitor never receives them.
    static QString nameFor(const QString& settingsPath);
    // A job, run or cron id that --open accepts, or why not (one sentence).
    static QString problemWithId(const QString& id);

    explicit InstanceChannel(QString name, QObject* parent = nullptr);
    ~InstanceChannel() override;

    // Starts listening for ids (once nobody else answers on the name); listening() then follows.
    void listen();
    bool isListening() const;
    // Hands `id` to the monitor listening on the name; handedOver() says whether it took it.
    void handOver(const QString& id);

signals:
    void openRequested(const QString& id);
    void listening(bool listening);
    void handedOver(bool taken, const QString& message);

private:
    void takeOverIfStale();
    void listenNow();
    void serve(QLocalSocket* peer);
    void answer(QLocalSocket* peer, const QByteArray& line);

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace dispatch
