// SPDX-License-Identifier: MIT
#include "devserver/DemoJobKind.h"

#include "devserver/EngineContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace devserver {
namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString hex(EngineContext& context, int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out.append(QLatin1Char("0123456789abcdef"[context.randomBetween(0, 15)]));
    return out;
}

QString person(EngineContext& context)
{
    static const QStringList names{QStringLiteral("amelia"), QStringLiteral("noah"), QStringLiteral("sofia"),
                                   QStringLiteral("liam"),   QStringLiteral("yuki"), QStringLiteral("mateo"),
                                   QStringLiteral("zoe"),    QStringLiteral("arjun")};
    static const QStringList domains{QStringLiteral("example.com"), QStringLiteral("mail.example.org"),
                                     QStringLiteral("corp.example.net")};
    return context.pick(names) + QLatin1Char('.') + QString::number(context.randomBetween(1, 999)) +
           QLatin1Char('@') + context.pick(domains);
}

JobHandlerSpec spec(qint64 minMs, qint64 maxMs, double failureRate, const QStringList& errors)
{
    JobHandlerSpec handler;
    handler.minDurationMs = minMs;
    handler.maxDurationMs = maxMs;
    handler.failureRate = failureRate;
    handler.errors = errors;
    return handler;
}

} // namespace

QList<DemoJobKind> DemoJobKind::catalog()
{
    using C = EngineContext;
    const QStringList smtp{QStringLiteral("smtp: 421 4.7.0 too many connections, try again later"),
                           QStringLiteral("smtp: dial tcp 10.0.4.12:587: i/o timeout")};
    return {
        {QStringLiteral("send-email"), QStringLiteral("emails"), 30, 0, spec(40, 400, 0.03, smtp),
         [](C& c) {
             static const QStringList templates{QStringLiteral("welcome"), QStringLiteral("password-reset"),
                                                QStringLiteral("invoice-ready"),
                                                QStringLiteral("weekly-digest")};
             return json({{QStringLiteral("to"), person(c)},
                          {QStringLiteral("template"), c.pick(templates)},
                          {QStringLiteral("locale"),
                           c.chance(0.8) ? QStringLiteral("en-US") : QStringLiteral("de-DE")}});
         }},
        {QStringLiteral("send-sms"), QStringLiteral("emails"), 8, 5,
         spec(80, 600, 0.02, {QStringLiteral("twilio: 429 Too Many Requests")}),
         [](C& c) {
             return json(
                 {{QStringLiteral("phone"), QStringLiteral("+1555%1").arg(c.randomBetween(1000000, 9999999))},
                  {QStringLiteral("body"),
                   QStringLiteral("Your verification code is %1").arg(c.randomBetween(100000, 999999))}});
         }},
        {QStringLiteral("resize-image"), QStringLiteral("images"), 14, 0,
         spec(300, 2500, 0.02, {QStringLiteral("image: unknown format")}),
         [](C& c) {
             return json({{QStringLiteral("url"),
                           QStringLiteral("https://cdn.example.com/uploads/%1.jpg").arg(hex(c, 16))},
                          {QStringLiteral("sizes"), QJsonArray{64, 256, 1024}},
                          {QStringLiteral("format"), QStringLiteral("webp")}});
         }},
        {QStringLiteral("transcode-video"), QStringLiteral("images"), 2, 0,
         spec(20000, 90000, 0.05, {QStringLiteral("ffmpeg: exit status 1: moov atom not found")}),
         [](C& c) {
             return json(
                 {{QStringLiteral("source"), QStringLiteral("s3://media-ingest/%1.mov").arg(hex(c, 12))},
                  {QStringLiteral("renditions"),
                   QJsonArray{QStringLiteral("1080p"), QStringLiteral("720p")}}});
         }},
        {QStringLiteral("charge-card"), QStringLiteral("billing"), 8, 10,
         spec(150, 900, 0.06,
              {QStringLiteral("stripe: card_declined"), QStringLiteral("stripe: rate_limit")}),
         [](C& c) {
             return json({{QStringLiteral("customer_id"), QStringLiteral("cus_%1").arg(hex(c, 14))},
                          {QStringLiteral("amount_cents"), double(c.randomBetween(499, 49900))},
                          {QStringLiteral("currency"), QStringLiteral("USD")}});
         }},
        {QStringLiteral("generate-invoice"), QStringLiteral("billing"), 4, 0,
         spec(500, 3000, 0.01, {QStringLiteral("pdf: template missing")}),
         [](C& c) {
             return json(
                 {{QStringLiteral("account_id"), QStringLiteral("acct_%1").arg(c.randomBetween(1000, 9999))},
                  {QStringLiteral("period"), QStringLiteral("2026-11")}});
         }},
        {QStringLiteral("deliver-webhook"), QStringLiteral("webhooks"), 16, 0,
         spec(50, 1500, 0.15,
              {QStringLiteral("POST https://hooks.partner.example/dispatch: 503 Service Unavailable"),
               QStringLiteral("POST https://api.shop.example/webhooks: context deadline exceeded")}),
         [](C& c) {
             static const QStringList events{QStringLiteral("order.created"), QStringLiteral("order.shipped"),
                                             QStringLiteral("invoice.paid"),
                                             QStringLiteral("user.signed_up")};
             return json(
                 {{QStringLiteral("endpoint"), QStringLiteral("https://hooks.partner.example/dispatch")},
                  {QStringLiteral("event"), c.pick(events)},
                  {QStringLiteral("delivery_id"), QStringLiteral("whd_%1").arg(hex(c, 10))}});
         }},
        {QStringLiteral("sync-crm"), QStringLiteral("default"), 5, 0,
         [] {
             JobHandlerSpec flaky = spec(800, 4000, 0.0, {QStringLiteral("salesforce: INVALID_SESSION_ID")});
             flaky.failFirstAttempts = 1;
             return flaky;
         }(),
         [](C& c) {
             return json({{QStringLiteral("account_id"),
                           QStringLiteral("acct_%1").arg(c.randomBetween(1000, 9999))}});
         }},
        {QStringLiteral("index-document"), QStringLiteral("search"), 12, 0,
         spec(10, 120, 0.005, {QStringLiteral("elasticsearch: 429 es_rejected_execution_exception")}),
         [](C& c) {
             return json({{QStringLiteral("index"), QStringLiteral("products")},
                          {QStringLiteral("doc_id"), QString::number(c.randomBetween(1, 250000))}});
         }},
        {QStringLiteral("generate-report"), QStringLiteral("reports"), 1, 0,
         spec(20000, 90000, 0.05, {QStringLiteral("warehouse: query canceled after 60s")}),
         [](C& c) {
             static const QStringList reports{QStringLiteral("weekly-revenue"),
                                              QStringLiteral("churn-cohorts"),
                                              QStringLiteral("inventory-aging")};
             return json({{QStringLiteral("report"), c.pick(reports)},
                          {QStringLiteral("format"), QStringLiteral("pdf")}});
         }},
        {QStringLiteral("import-legacy-csv"), QStringLiteral("default"), 1, 0,
         spec(200, 800, 1.0,
              {QStringLiteral("csv: parse error on line 1042, column 7: extraneous \" in field")}),
         [](C& c) {
             return json(
                 {{QStringLiteral("file"),
                   QStringLiteral("s3://imports/legacy/customers-%1.csv").arg(c.randomBetween(1, 40))}});
         }},
        {QStringLiteral("cleanup-sessions"), QStringLiteral("default"), 0, 0, spec(100, 600, 0, {}),
         [](C&) {
             return json({{QStringLiteral("older_than"), QStringLiteral("24h")}});
         }},
        {QStringLiteral("sync-inventory"), QStringLiteral("default"), 0, 0,
         spec(1000, 5000, 0.1, {QStringLiteral("erp: 502 Bad Gateway")}),
         [](C&) {
             return json({{QStringLiteral("warehouse"), QStringLiteral("eu-central")}});
         }},
    };
}

} // namespace devserver
