// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dispatch {

// What the session may ask of the server now, and why not, so that the window greys out what cannot work and
// says why in a tooltip instead of failing after the click (issue 20 items 6 and 18).
// - Offline: the rows are as of the moment the connection went. Nothing that changes the server is offered
//   until it is back: a click would fail, or act on a state the server has left.
// - Scopes: the auth reply does not name the token's scopes; a 403 is the only way to learn one is missing
//   (dwp-protocol.md §1). A refused method tells which scope (requiredScope), and as scopes have no
//   hierarchy, every method needing that scope is refused as well. Learned per session: another token is
//   another session.
class ServerAccess : public QObject
{
    Q_OBJECT

public:
    explicit ServerAccess(QObject* parent = nullptr);

    // `since`: when the connection went (invalid before the first connection).
    void setOnline(bool online, const QDateTime& since = {});
    // The server answered `method` with 403.
    void learnRefused(const QString& method);

    bool isOnline() const { return m_online; }
    QDateTime offlineSince() const { return m_offlineSince; }
    bool lacksScope(const QString& scope) const { return m_missingScopes.contains(scope); }
    QStringList missingScopes() const;

    // Empty while online; otherwise one sentence for a banner or a tooltip.
    QString whyOffline() const;
    // Empty when `method` may be sent now; otherwise why not, one sentence for a tooltip.
    QString whyNot(const QString& method) const;

signals:
    void changed();

private:
    bool m_online = false;
    QDateTime m_offlineSince;
    QSet<QString> m_missingScopes;
    QHash<QString, QString> m_refusedMethodOfScope; // scope → the method whose 403 taught it
};

} // namespace dispatch
