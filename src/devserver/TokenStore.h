// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/Identity.h"
#include "devserver/TokenSpec.h"

#include <QHash>
#include <QString>
#include <optional>

namespace devserver {

// The authenticator the devserver runs (dwp-protocol.md §2 step 5). Two modes, as the real server has two
// authenticators:
// - AcceptAny is NoopAuthenticator, the server's default when none is configured: every token, the empty
//   one included, authenticates as "anonymous" with scope "*".
// - ApiKeys is APIKeyAuthenticator: an exact, case-sensitive lookup in the configured keys. With no keys
//   configured, the demo token `demo-token` (scope "*") is the only one, so `--auth keys` alone still lets
//   the demo app in.
// The devserver's default is AcceptAny when no token is configured and ApiKeys as soon as one is.
class TokenStore
{
public:
    enum class Mode
    {
        AcceptAny,
        ApiKeys
    };

    static inline const QString kDemoToken = QStringLiteral("demo-token");

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    // Adds (or replaces) a key; the caller decides whether a duplicate is an error.
    void add(const TokenSpec& spec) { m_keys.insert(spec.token, spec.identity); }
    bool contains(const QString& token) const { return m_keys.contains(token); }
    int size() const { return int(m_keys.size()); }

    std::optional<Identity> authenticate(const QString& token) const;

private:
    Mode m_mode = Mode::AcceptAny;
    QHash<QString, Identity> m_keys;
};

} // namespace devserver
