// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/AdminStats.h"
#include <QHash>
#include <QPointer>

#include <QPointer>
#include <QWidget>

class QLabel;

namespace dispatch {

class AdminApiSession;
class SessionHistory;
class StatCard;

// The Overview's row of the server's own totals from its REST admin API (dwp-protocol.md §8, GET /v1/stats):
// jobs per state, dead letters and workflow runs running / completed / failed, under a title that says they
// are the server's totals and when they arrived, beside the counts this monitor has seen live. Where the
// server has no admin API the row gives way to a sentence saying so; what REST cannot do is said under it,
// and so is an admin API on another host that answers anyone.
//
// The totals are only asked for while the panel is visible (AdminApiSession::setPaused).
class ServerTotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServerTotalsPanel(QWidget* parent = nullptr);

    // Another session's REST side; null: no session.
    void setAdminApi(AdminApiSession* adminApi);
    // The session's journal: until the server answers, its last totals are shown as of when (README,
    // "Journal"); null: none.
    void setHistory(SessionHistory* history);

    // Card keys: "jobs/<state>", "dlq", "runs/running", "runs/completed", "runs/failed".
    StatCard* card(const QString& key) const { return m_cards.value(key); }
    QLabel* titleLabel() const { return m_title; }
    QLabel* limitationsLabel() const { return m_limitations; }
    QLabel* exposureLabel() const { return m_exposure; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    StatCard* addCard(const QString& key, const QString& title, int tone);
    void refresh();
    void showTotals();
    // The totals the journal kept, while the server has not answered and may still; false when none.
    bool showRestoredTotals();
    void showCounts(const dwp::AdminStats& totals);

    QPointer<AdminApiSession> m_adminApi;
    QPointer<SessionHistory> m_history;
    QHash<QString, StatCard*> m_cards;
    QWidget* m_cardRow;
    QLabel* m_title;
    QLabel* m_limitations;
    QLabel* m_exposure;
};

} // namespace dispatch
