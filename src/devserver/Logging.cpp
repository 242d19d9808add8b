// SPDX-License-Identifier: MIT
#include "devserver/Logging.h"

namespace devserver {

Q_LOGGING_CATEGORY(lcServer, "dispatch.devserver", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "dispatch.devserver.session", QtInfoMsg)

} // namespace devserver
