// SPDX-License-Identifier: MIT
#include "devserver/TokenStore.h"

namespace devserver {

std::optional<Identity> TokenStore::authenticate(const QString& token) const
{
    if (m_mode == Mode::AcceptAny)
        return Identity::anonymous();
    if (m_keys.isEmpty()) {
        if (token == kDemoToken)
            return Identity{QStringLiteral("demo"), {dwp::scopes::All}, {}, {}};
        return std::nullopt;
    }
    const auto it = m_keys.constFind(token);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace devserver
