// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/WorkflowStep.h"

#include <QList>
#include <QString>

namespace devserver {

// A registered workflow: its name, version and steps. Its input is unmarshalled into a Go struct, so an
// input that is not a JSON object (a JSON-encoded string, as two SDKs send, or no input at all) fails the run
// with encoding/json's message (dwp-protocol.md §3 workflow.start, §9 item 8).
struct WorkflowDefinition
{
    QString name;
    qint64 version = 1;
    QString inputType; // the Go type named in the unmarshal error, e.g. "workflows.OrderInput"
    QList<WorkflowStep> steps;

    // The built-in definitions every workload registers:
    // - order-pipeline: validate → reserve-inventory → charge → wait:payment-received (1 h) → ship → notify.
    // - user-onboarding: create-account → send-welcome → sleep:drip-delay → provision-workspace.
    // - data-export: collect (with a binary gob result) → compress → upload (fails sometimes).
    // - nightly-report: gather → render → deliver.
    static QList<WorkflowDefinition> builtins();
};

} // namespace devserver
