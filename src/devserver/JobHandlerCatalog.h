// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/JobHandlerSpec.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace devserver {

// The job handlers registered with the simulated workers, by job name. A job whose name is not here is
// still accepted by job.enqueue and then loops running ↔ pending forever (dwp-protocol.md §3, §11 item 10).
class JobHandlerCatalog
{
public:
    // Registers the handlers every workload has: `devserver.scripted` (driven by its payload, see
    // JobHandlerSpec), `devserver.noop` (a few milliseconds, never fails) and `devserver.always-fail`.
    JobHandlerCatalog();

    void add(const QString& name, const JobHandlerSpec& spec) { m_specs.insert(name, spec); }
    void remove(const QString& name) { m_specs.remove(name); }
    const JobHandlerSpec* find(const QString& name) const;
    QStringList names() const;

    static inline const QString kScripted = QStringLiteral("devserver.scripted");
    static inline const QString kNoop = QStringLiteral("devserver.noop");
    static inline const QString kAlwaysFail = QStringLiteral("devserver.always-fail");

private:
    QHash<QString, JobHandlerSpec> m_specs;
};

} // namespace devserver
