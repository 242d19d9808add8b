// SPDX-License-Identifier: MIT
#include "devserver/IdleWorkload.h"

#include "devserver/SimEngine.h"

namespace devserver {

void IdleWorkload::install(SimEngine& engine)
{
    engine.workers().addQueue({QStringLiteral("default"), 10});
}

} // namespace devserver
