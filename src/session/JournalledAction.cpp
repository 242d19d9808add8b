// SPDX-License-Identifier: MIT
#include "session/JournalledAction.h"

#include "session/Journal.h"
#include "session/MonitorSession.h"

namespace dispatch {

void JournalledAction::note(const QPointer<MonitorSession>& session, const QString& action,
                            const QString& target, bool succeeded, const QString& detail)
{
    if (session && session->journal())
        session->journal()->recordAction(action, target, succeeded, detail);
}

} // namespace dispatch
