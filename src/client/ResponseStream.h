// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <qcoro/qcoroasyncgenerator.h>

namespace dispatch {

class PendingEntry;
class PendingRequestMap;

// The replies to one request made with PendingRequestMap::subscribe(), usable both as signals and as
// AsyncGenerators. It ends on PendingRequestMap::complete() (clean end), abort() (AbortedError), an error
// reply (its DispatchError), failAll() or the map's destruction (ConnectionError), or when no reply arrived
// within the idle timeout (TimeoutError: a silent server is a failure the consumer should see, not a normal
// end).
//
// Replies are buffered from the moment of subscribe(), so a generator started later misses nothing; a
// consumer that only uses the signals should call setBuffering(false). Destroying the stream before it ends
// aborts the request; generators already taken from it keep working and see the AbortedError.
class ResponseStream : public QObject
{
    Q_OBJECT

public:
    ~ResponseStream() override;

    const QString& requestId() const;
    const QString& method() const;
    bool isFinished() const;
    qsizetype bufferedCount() const;
    // The error it ended with; null while running or after a clean end.
    std::exception_ptr failure() const;
    void setBuffering(bool buffering);

    // Each yields the buffered replies, then the new ones, until the end; an error end is thrown after the
    // buffered replies. One consumer at a time (a second concurrent one gets a DispatchError).
    QCoro::AsyncGenerator<dwp::Frame> frames();
    QCoro::AsyncGenerator<QByteArray> items(); // each reply's `data`

    // Ends it with AbortedError; a no-op once finished.
    void abort();

signals:
    void frameReceived(const dwp::Frame& frame);
    void completed();
    void failed(qint64 code, const QString& message);

private:
    friend class PendingRequestMap;
    ResponseStream(std::shared_ptr<PendingEntry> entry, PendingRequestMap* map);

    std::shared_ptr<PendingEntry> m_entry;
    QPointer<PendingRequestMap> m_map;
};

} // namespace dispatch
