// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/WorkflowDefinition.h"

#include <QHash>
#include <QStringList>

namespace devserver {

// The workflows registered with the runner, by name; starts the built-ins (WorkflowDefinition::builtins).
// workflow.start of a name not here answers 500 `workflow start failed: no workflow registered for "x"`.
class WorkflowCatalog
{
public:
    WorkflowCatalog();

    void add(const WorkflowDefinition& definition) { m_definitions.insert(definition.name, definition); }
    const WorkflowDefinition* find(const QString& name) const;
    QStringList names() const;

private:
    QHash<QString, WorkflowDefinition> m_definitions;
};

} // namespace devserver
