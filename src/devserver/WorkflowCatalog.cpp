// SPDX-License-Identifier: MIT
#include "devserver/WorkflowCatalog.h"

#include <algorithm>

namespace devserver {

WorkflowCatalog::WorkflowCatalog()
{
    for (const WorkflowDefinition& definition : WorkflowDefinition::builtins())
        add(definition);
}

const WorkflowDefinition* WorkflowCatalog::find(const QString& name) const
{
    const auto it = m_definitions.constFind(name);
    return it == m_definitions.constEnd() ? nullptr : &it.value();
}

QStringList WorkflowCatalog::names() const
{
    QStringList names = m_definitions.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace devserver
