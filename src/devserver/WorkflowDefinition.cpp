// SPDX-License-Identifier: MIT
#include "devserver/WorkflowDefinition.h"

namespace devserver {

QList<WorkflowDefinition> WorkflowDefinition::builtins()
{
    using S = WorkflowStep;
    constexpr qint64 kHour = 60 * 60 * 1000;
    return {
        {QStringLiteral("order-pipeline"),
         1,
         QStringLiteral("workflows.OrderInput"),
         {S::step(QStringLiteral("validate"), 20, 80),
          S::step(QStringLiteral("reserve-inventory"), 50, 200, 0.02, QStringLiteral("insufficient stock")),
          S::step(QStringLiteral("charge"), 100, 600, 0.03, QStringLiteral("card declined")),
          // Its code gives up on an order whose payment did not arrive within the hour: a timed-out
          // WaitForEvent returns nil, and the workflow then returns this error.
          S::waitForEvent(QStringLiteral("payment-received"), kHour,
                          QStringLiteral("payment-received did not arrive within 1h0m0s")),
          S::step(QStringLiteral("ship"), 200, 900), S::step(QStringLiteral("notify"), 10, 60)}},
        {QStringLiteral("user-onboarding"),
         1,
         QStringLiteral("workflows.OnboardingInput"),
         {S::step(QStringLiteral("create-account"), 30, 120),
          S::step(QStringLiteral("send-welcome"), 50, 300, 0.02, QStringLiteral("smtp: 421 try again later")),
          S::sleep(QStringLiteral("drip-delay"), 5000),
          S::step(QStringLiteral("provision-workspace"), 300, 1500)}},
        {QStringLiteral("data-export"),
         2,
         QStringLiteral("workflows.ExportInput"),
         {S::stepWithResult(QStringLiteral("collect"), 500, 3000),
          S::step(QStringLiteral("compress"), 200, 1200),
          S::step(QStringLiteral("upload"), 300, 2000, 0.1, QStringLiteral("s3: RequestTimeout"))}},
        {QStringLiteral("nightly-report"),
         1,
         QStringLiteral("workflows.ReportInput"),
         {S::step(QStringLiteral("gather"), 1000, 4000),
          S::stepWithResult(QStringLiteral("render"), 500, 2000),
          S::step(QStringLiteral("deliver"), 100, 400)}},
    };
}

} // namespace devserver
