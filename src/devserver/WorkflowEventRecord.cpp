// SPDX-License-Identifier: MIT
#include "devserver/WorkflowEventRecord.h"

#include "protocol/PayloadWriter.h"

using dwp::PayloadWriter;

namespace devserver {

QByteArray WorkflowEventRecord::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writer.begin()
        .field("id", id)
        .field("name", name)
        .omitEmptyBytes("payload", payload.value_or(QByteArray()));
    writer.omitEmpty("scope_app_id", tenant.appId).omitEmpty("scope_org_id", tenant.orgId);
    writer.raw("acked", acked ? QByteArrayView("true") : QByteArrayView("false"));
    writer.field("created_at", createdAt).end();
    return out;
}

} // namespace devserver
