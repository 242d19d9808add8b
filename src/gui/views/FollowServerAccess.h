// SPDX-License-Identifier: MIT
#pragma once

#include "session/ServerAccess.h"

#include <QObject>
#include <QPointer>

namespace dispatch {

// Points `held` at `access` for `receiver`: `update` runs on every change of the access held now (none of the
// one before) and once at once. The pages, panels and the window's gate that grey out what the session cannot
// send all rebind this way when another session comes on screen.
template<typename Receiver>
void followServerAccess(QPointer<ServerAccess>& held, ServerAccess* access, Receiver* receiver,
                        void (Receiver::*update)())
{
    if (held)
        held->disconnect(receiver);
    held = access;
    if (held)
        QObject::connect(held, &ServerAccess::changed, receiver, update);
    (receiver->*update)();
}

} // namespace dispatch
