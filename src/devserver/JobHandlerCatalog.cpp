// SPDX-License-Identifier: MIT
#include "devserver/JobHandlerCatalog.h"

#include <algorithm>

namespace devserver {

JobHandlerCatalog::JobHandlerCatalog()
{
    add(kScripted, JobHandlerSpec::scripted());
    JobHandlerSpec noop;
    noop.minDurationMs = 1;
    noop.maxDurationMs = 5;
    add(kNoop, noop);
    JobHandlerSpec alwaysFail;
    alwaysFail.failureRate = 1.0;
    alwaysFail.errors = {QStringLiteral("simulated failure")};
    add(kAlwaysFail, alwaysFail);
}

const JobHandlerSpec* JobHandlerCatalog::find(const QString& name) const
{
    const auto it = m_specs.constFind(name);
    return it == m_specs.constEnd() ? nullptr : &it.value();
}

QStringList JobHandlerCatalog::names() const
{
    QStringList names = m_specs.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace devserver
