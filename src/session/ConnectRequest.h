// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ClientOptions.h"
#include "settings/AdminApiChoice.h"
#include "settings/JournalRetention.h"

#include <QString>
#include <functional>
#include <qcoro/qcorotask.h>

namespace dispatch {

// What SessionHost::connectTo() is asked to connect: the options, the profile they come from (empty for an
// ad-hoc connection) and where the token comes from.
struct ConnectRequest
{
    ClientOptions options;
    QString profile; // empty: ad hoc (the Connect dialog, --url)
    // Run first when set (the keyring, which may take a moment); its answer replaces
    // options.connection.token.
    std::function<QCoro::Task<QString>()> tokenSource;
    // The operator allowed this profile's token over plain ws:// and asked not to be asked again.
    bool plainTextTokenAllowed = false;
    // The profile's REST admin API (§8); an ad-hoc connection gets the usual deployment's address.
    AdminApiChoice adminApi;
    // The profile's journal retention; an ad-hoc connection gets the defaults.
    JournalRetention retention;
};

} // namespace dispatch
