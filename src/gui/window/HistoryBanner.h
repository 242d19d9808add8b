// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace dispatch {

class SessionHistory;

// Says above the pages that the jobs and runs shown come from the profile's journal and as of when (issue 19
// item 3), while they wait to be checked with the server, and what the check did. Hidden when the session
// has no history to show; Hide puts it away until the next session.
class HistoryBanner : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryBanner(QWidget* parent = nullptr);

    // The session on screen's history; null: nothing to say.
    void setHistory(SessionHistory* history);
    QString text() const;

private:
    void update();
    // The holes after the history's newest record, as sentences after the banner's (each with a leading
    // space).
    QString holesText() const;

    QLabel* m_text;
    QToolButton* m_hide;
    QPointer<SessionHistory> m_history;
    bool m_hidden = false;
};

} // namespace dispatch
