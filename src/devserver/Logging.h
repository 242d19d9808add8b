// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace devserver {

// dispatch.devserver: listening, restarts, workloads. dispatch.devserver.session: one line per connection
// event (auth, errors, drops), prefixed with the connection's session id and peer. Enable with
// QT_LOGGING_RULES="dispatch.devserver*.debug=true" or the executable's --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcSession)

} // namespace devserver
