// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/AdminStats.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

namespace dispatch {

class AdminApiClient;
struct AdminApiCapabilities;
struct AdminApiSettings;

// The REST side of one monitored server (dwp-protocol.md §8), owned by its MonitorSession: the
// AdminApiClient, what detection found once DWP was connected, and the server's totals from `GET /v1/stats`,
// polled every interval with at most one request in flight, paused while nobody looks, and asked again about
// a second after an event that changes them (a failure, a dead letter, a finished run). The window reads all
// of it here, in words and plain values, and never includes the client.
//
// REST failing never touches DWP: a failed poll keeps the last totals and says when they were fetched and
// why the latest attempt failed.
class AdminApiSession : public QObject
{
    Q_OBJECT

public:
    // /v1/stats lists every run on the server to count them (§8): poll gently.
    static constexpr std::chrono::milliseconds kDefaultInterval{15000};
    // Events come in bursts; one request after the burst, not one per event.
    static constexpr std::chrono::milliseconds kEventDebounce{1000};

    explicit AdminApiSession(const AdminApiSettings& settings, QObject* parent = nullptr);
    ~AdminApiSession() override;

    AdminApiClient& client() { return *m_client; }
    QUrl baseUrl() const;

    // False until detection finished; then whether /v1/stats answered.
    bool isDetected() const { return m_detected; }
    bool isAvailable() const;
    bool canList() const;
    // What this server's REST side cannot do, in words ("This server has no admin API at …"); empty while
    // detecting and when nothing is missing.
    QStringList limitations() const;
    // Said once REST answered on a host other than this machine with no credentials sent: Dispatch's admin
    // API has no authentication (§8), so whoever reaches that address can do what the monitor can. Empty
    // otherwise (not detected yet, off, this machine, or a bearer token for a proxy in front of it).
    QString exposure() const;

    // The latest totals and when they arrived; empty before the first answer.
    const std::optional<dwp::AdminStats>& totals() const { return m_totals; }
    QDateTime totalsAt() const { return m_totalsAt; }
    // Why the latest request for totals failed; empty after a success.
    QString totalsError() const { return m_totalsError; }

    std::chrono::milliseconds interval() const { return m_pollTimer.intervalAsDuration(); }
    void setInterval(std::chrono::milliseconds interval); // 0: no polling (events and refreshNow() still ask)
    // While paused (nobody sees the totals) neither the timer nor events ask; resuming asks at once when
    // the totals are older than the interval.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Detects (again, once connected, when the last detection did not find REST) and starts polling.
    void detect();
    void stop();        // no more polling until detect()
    void refreshSoon(); // debounced by kEventDebounce
    void refreshNow();
    // The events that change the server's totals enough to ask about a second later.
    static bool changesTotals(const QString& eventType);

signals:
    void capabilitiesChanged();
    void totalsChanged();

private:
    void poll();
    void startPolling();

    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<AdminApiCapabilities> m_capabilities;
    std::optional<dwp::AdminStats> m_totals;
    QDateTime m_totalsAt;
    QString m_totalsError;
    QTimer m_pollTimer;
    QTimer m_debounce;
    bool m_detected = false;
    bool m_detecting = false;
    bool m_inFlight = false;
    bool m_askAgain = false; // asked while a request was in flight: ask once more after it
    bool m_paused = false;
};

} // namespace dispatch
