// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QTimer>

namespace dispatch {

// A status bar message whose job or run id is a link, for a while: QStatusBar::showMessage() shows plain
// text only. After "Enqueued job_…" the operator can click the id (or Tab to it and press Return) to open
// the job again after looking elsewhere (issue 20 item 21). Hidden when its time is up.
class StatusLinkLabel : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLinkLabel(QWidget* parent = nullptr);

    // Shows `message` with its first occurrence of `id` as a link, for `timeoutMs` (0: until replaced).
    void showMessage(const QString& message, const QString& id, int timeoutMs);
    void clearMessage();

signals:
    void idActivated(const QString& id);

private:
    QTimer m_timeout;
};

} // namespace dispatch
