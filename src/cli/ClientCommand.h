// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `dispatchctl [--url URL] [--token T] [--format json|msgpack] [--timeout S] COMMAND …`: the DWP client from
// a shell. Results print as one line of JSON; each error type has its own exit status (see --help).
int runClientCommand(const QStringList& arguments);
