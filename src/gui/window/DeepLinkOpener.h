// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace dispatch {

class MonitorController;
class MonitorSession;
class SessionHost;

// Shows an item asked for from outside the window (dispatch-monitor --open, here or from another process
// through InstanceChannel): the window comes to the front, and the job, run or cron opens as soon as the
// session on screen is connected — at start-up the id usually arrives before the connection does, and
// looking a job up on a session that is not connected would only fail.
class DeepLinkOpener : public QObject
{
    Q_OBJECT

public:
    // `window` shows the session under `key` in `host`, and `controller` opens items in it.
    DeepLinkOpener(QWidget* window, SessionHost* host, QString key, MonitorController* controller);

    void open(const QString& id);

private:
    void follow(MonitorSession* session);
    void openPendingIfConnected();

    QWidget* m_window;
    QString m_key;
    MonitorController* m_controller;
    QPointer<MonitorSession> m_session;
    QString m_pending; // the latest id asked for while not connected
};

} // namespace dispatch
