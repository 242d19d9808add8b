// SPDX-License-Identifier: MIT
#include "devserver/DemoWorkload.h"

#include "devserver/SimEngine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace devserver {
namespace {

constexpr qint64 kMs = SimClock::kNanosPerMilli;

const QList<Tenant>& tenants()
{
    static const QList<Tenant> list{{},
                                    {},
                                    {QStringLiteral("storefront"), QStringLiteral("acme")},
                                    {QStringLiteral("backoffice"), QStringLiteral("acme")},
                                    {QStringLiteral("storefront"), QStringLiteral("globex")}};
    return list;
}

} // namespace

void DemoWorkload::install(SimEngine& engine)
{
    m_engine = &engine;
    const QList<QueueConfig> queues{{QStringLiteral("default"), 8},  {QStringLiteral("emails"), 6},
                                    {QStringLiteral("images"), 3},   {QStringLiteral("billing"), 2},
                                    {QStringLiteral("webhooks"), 6}, {QStringLiteral("search"), 4},
                                    {QStringLiteral("reports"), 1}};
    for (const QueueConfig& queue : queues)
        engine.workers().addQueue(queue);
    // The demo may run for days inside the app: keep memory flat by forgetting the oldest finished jobs.
    engine.jobs().setRetention(50000);
    m_kinds = DemoJobKind::catalog();
    for (const DemoJobKind& kind : std::as_const(m_kinds)) {
        engine.handlers().add(kind.name, kind.handler);
        m_totalWeight += kind.weight;
    }

    const auto schedule = [](const char* text) { return *CronSchedule::parse(QLatin1String(text)); };
    engine.crons().add(QStringLiteral("cleanup-sessions"), schedule("*/1 * * * *"),
                       QStringLiteral("cleanup-sessions"), QString(),
                       QByteArrayLiteral("{\"older_than\":\"24h\"}"));
    engine.crons().add(QStringLiteral("sync-inventory"), schedule("@every 2m"),
                       QStringLiteral("sync-inventory"), QString(),
                       QByteArrayLiteral("{\"warehouse\":\"eu-central\"}"));
    engine.crons().add(QStringLiteral("nightly-report"), schedule("@every 5m"),
                       QStringLiteral("generate-report"), QStringLiteral("reports"),
                       QByteArrayLiteral("{\"report\":\"daily-kpis\",\"format\":\"pdf\"}"));

    // A job nobody handles: it loops running ↔ pending with a job.started each time (§3).
    WorkerPool::EnqueueOptions orphan;
    orphan.name = QStringLiteral("legacy-reindex");
    orphan.payload = QByteArrayLiteral("{\"index\":\"orders-2019\"}");
    engine.enqueue(orphan);

    engine.clock().scheduleIn(0, [this] { enqueueSomething(); });
    engine.clock().scheduleIn(500 * kMs, [this] { startSomeWorkflow(); });
}

void DemoWorkload::enqueueSomething()
{
    EngineContext& context = m_engine->context();
    qint64 draw = context.randomBetween(0, m_totalWeight - 1);
    for (const DemoJobKind& kind : std::as_const(m_kinds)) {
        draw -= kind.weight;
        if (draw >= 0)
            continue;
        WorkerPool::EnqueueOptions options;
        options.name = kind.name;
        options.queue = kind.queue;
        options.priority = kind.priority;
        options.payload = kind.payload(context);
        options.tenant = context.pick(tenants());
        m_engine->enqueue(options);
        break;
    }
    m_engine->clock().scheduleIn(context.randomBetween(150, 900) * kMs, [this] { enqueueSomething(); });
}

void DemoWorkload::startSomeWorkflow()
{
    EngineContext& context = m_engine->context();
    const qint64 draw = context.randomBetween(0, 99);
    const Tenant tenant = context.pick(tenants());
    if (draw < 65) {
        const QJsonObject input{
            {QStringLiteral("order_id"), QStringLiteral("ORD-%1").arg(context.randomBetween(10000, 99999))},
            {QStringLiteral("items"), double(context.randomBetween(1, 6))},
            {QStringLiteral("total_cents"), double(context.randomBetween(999, 59999))}};
        m_engine->startWorkflow(QStringLiteral("order-pipeline"),
                                QJsonDocument(input).toJson(QJsonDocument::Compact), tenant);
        // Most payments arrive within a minute; some never do, and those runs time out after an hour.
        if (context.chance(0.85)) {
            const QByteArray payment =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("order_id"), input.value(QLatin1String("order_id"))},
                                {QStringLiteral("provider"), QStringLiteral("stripe")}})
                    .toJson(QJsonDocument::Compact);
            m_engine->clock().scheduleIn(context.randomBetween(3000, 60000) * kMs, [this, payment, tenant] {
                m_engine->publishEvent(QStringLiteral("payment-received"), payment, tenant);
            });
        }
    } else if (draw < 85) {
        const QJsonObject input{
            {QStringLiteral("user_id"), QStringLiteral("usr_%1").arg(context.randomBetween(100000, 999999))},
            {QStringLiteral("plan"), context.chance(0.3) ? QStringLiteral("pro") : QStringLiteral("free")}};
        m_engine->startWorkflow(QStringLiteral("user-onboarding"),
                                QJsonDocument(input).toJson(QJsonDocument::Compact), tenant);
    } else {
        const QJsonObject input{{QStringLiteral("dataset"), QStringLiteral("orders")},
                                {QStringLiteral("format"), QStringLiteral("parquet")}};
        m_engine->startWorkflow(QStringLiteral("data-export"),
                                QJsonDocument(input).toJson(QJsonDocument::Compact), tenant);
    }
    m_engine->clock().scheduleIn(context.randomBetween(4000, 15000) * kMs, [this] { startSomeWorkflow(); });
}

} // namespace devserver
