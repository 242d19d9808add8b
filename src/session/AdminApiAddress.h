// SPDX-License-Identifier: MIT
#pragma once

#include "client/AdminApiSettings.h"
#include "protocol/ConnectionSettings.h"
#include "settings/AdminApiChoice.h"

#include <QUrl>

namespace dispatch {

// Turns a profile's AdminApiChoice into where and how REST is reached for one DWP connection (§8): the
// derived or typed address (empty when off), the connection's certificate trust, and its token as a bearer
// header only when the profile asks for it.
namespace AdminApiAddress {

QUrl resolve(const AdminApiChoice& choice, const QUrl& dwpUrl);
AdminApiSettings settingsFor(const AdminApiChoice& choice, const ConnectionSettings& connection);

} // namespace AdminApiAddress

} // namespace dispatch
