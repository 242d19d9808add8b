// SPDX-License-Identifier: MIT
#include "session/ServerAccess.h"

#include "protocol/Methods.h"

#include <algorithm>

namespace dispatch {

ServerAccess::ServerAccess(QObject* parent) : QObject(parent) {}

void ServerAccess::setOnline(bool online, const QDateTime& since)
{
    const QDateTime offlineSince = online ? QDateTime() : since;
    if (m_online == online && m_offlineSince == offlineSince)
        return;
    m_online = online;
    m_offlineSince = offlineSince;
    emit changed();
}

void ServerAccess::learnRefused(const QString& method)
{
    const QString scope = dwp::methods::requiredScope(method);
    if (scope.isEmpty() || m_missingScopes.contains(scope))
        return;
    m_missingScopes.insert(scope);
    m_refusedMethodOfScope.insert(scope, method);
    emit changed();
}

QStringList ServerAccess::missingScopes() const
{
    QStringList scopes(m_missingScopes.cbegin(), m_missingScopes.cend());
    std::sort(scopes.begin(), scopes.end());
    return scopes;
}

QString ServerAccess::whyOffline() const
{
    if (m_online)
        return {};
    if (!m_offlineSince.isValid())
        //: Tooltip of an action that changes the server, before the first connection.
        return tr("Not connected to the server yet.");
    const QDateTime local = m_offlineSince.toLocalTime();
    const bool today = local.date() == QDateTime::currentDateTime().date();
    const QString when =
        today ? local.toString(QStringLiteral("HH:mm:ss")) : QLocale().toString(local, QLocale::ShortFormat);
    //: Banner and tooltip while the connection is down. %1 is when it went (a time, or a date and time).
    return tr("Offline since %1: what the window shows is as of then, and nothing can be sent to the server "
              "until the connection is back.")
        .arg(when);
}

QString ServerAccess::whyNot(const QString& method) const
{
    if (!m_online)
        return whyOffline();
    const QString scope = dwp::methods::requiredScope(method);
    if (!m_missingScopes.contains(scope))
        return {};
    //: Tooltip of an action the token may not do. %1 is a DWP scope (e.g. job:write), %2 the DWP method the
    //: server refused (e.g. job.cancel); both are not translated.
    return tr("The token lacks the scope %1: the server refused %2 with 403 (insufficient permissions).")
        .arg(scope, m_refusedMethodOfScope.value(scope));
}

} // namespace dispatch
