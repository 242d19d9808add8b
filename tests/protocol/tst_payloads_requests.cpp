// SPDX-License-Identifier: MIT
// Request data (dwp-protocol.md §3): toJson() inlines payload and input as JSON values, never as encoded
// strings, with every byte of them kept; parse() decodes as the server's json.Unmarshal does, lenient and
// strict in the same places and failing with Go's messages.
#include "PayloadFixtures.h"
#include "protocol/AuthRequest.h"
#include "protocol/ChannelRequest.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/JobIdRequest.h"
#include "protocol/PublishEventRequest.h"
#include "protocol/RunIdRequest.h"
#include "protocol/WorkflowStartRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace dwp;

namespace {

// Same JSON value, key order aside: what the server's decoder sees.
bool sameJsonValue(const QByteArray& a, const QByteArray& b)
{
    const QJsonDocument left = QJsonDocument::fromJson(a);
    return !left.isNull() && left == QJsonDocument::fromJson(b);
}

} // namespace

class PayloadRequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void enqueueInlinesPayload()
    {
        EnqueueRequest request;
        request.name = QStringLiteral("process-image");
        request.payload =
            QByteArray("{ \"url\" : \"https://example.com/a b.png\",\n  \"sizes\": [64, 128] }");
        request.queue = QStringLiteral("images");
        request.priority = 10;
        QCOMPARE(request.toJson(),
                 json("{'name':'process-image','payload':{'url':'https://example.com/a b.png',"
                      "'sizes':[64,128]},'queue':'images','priority':10}"));
    }

    void enqueueWithoutPayloadSendsNullAndOmitsDefaults()
    {
        EnqueueRequest request;
        request.name = QStringLiteral("noop");
        QCOMPARE(request.toJson(), json("{'name':'noop','payload':null}"));
        request.priority = -1; // only 0 is omitted; the server ignores priorities <= 0
        QCOMPARE(request.toJson(), json("{'name':'noop','payload':null,'priority':-1}"));
    }

    void goldenEnqueueRequests()
    {
        // Byte-exact where the golden's key order is the struct's; value-equal otherwise.
        const QByteArray large = goldenData(QStringLiteral("large_integers"));
        const auto big = EnqueueRequest::parse(large);
        QVERIFY2(big.ok(), qPrintable(big.error()));
        QCOMPARE(big->payload.value_or("absent"),
                 QByteArray("{\"max\":9223372036854775807,\"min\":-9223372036854775808,\"u32\":4294967295}"));
        QCOMPARE(big->priority, 0);
        QCOMPARE(big->toJson(), large);

        const QByteArray nested = goldenData(QStringLiteral("job_enqueue_request"));
        const auto request = EnqueueRequest::parse(nested);
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(request->name, QStringLiteral("process-image"));
        QCOMPARE(request->queue, QStringLiteral("images"));
        QCOMPARE(request->priority, 10);
        QCOMPARE(request->payload.value_or("absent"), json("{'opts':{'crop':true,'quality':0.85},'sizes':[64,"
                                                           "128,256],'url':'https://example.com/a.png'}"));
        QVERIFY(sameJsonValue(request->toJson(), nested));
    }

    void integersBeyond64BitsSurvive()
    {
        EnqueueRequest request;
        request.name = QStringLiteral("n");
        request.payload = QByteArray("{\"id\":123456789012345678901234567890,\"f\":1.000000000000000000001}");
        const QByteArray text = request.toJson();
        QCOMPARE(
            text,
            json("{'name':'n','payload':{'id':123456789012345678901234567890,'f':1.000000000000000000001}}"));
        QCOMPARE(EnqueueRequest::parse(text)->payload, request.payload);
    }

    void goldenOtherRequests()
    {
        const QByteArray authData = goldenData(QStringLiteral("auth_request"));
        const auto auth = AuthRequest::parse(authData);
        QVERIFY2(auth.ok(), qPrintable(auth.error()));
        QCOMPARE(auth->token, QStringLiteral("dk_live_abc123"));
        QCOMPARE(auth->format, QStringLiteral("msgpack"));
        QCOMPARE(auth->toJson(), json("{'token':'dk_live_abc123','format':'msgpack'}"));
        QVERIFY(sameJsonValue(auth->toJson(), authData));

        const QByteArray eventData = goldenData(QStringLiteral("unicode_payload"));
        const auto event = PublishEventRequest::parse(eventData);
        QVERIFY2(event.ok(), qPrintable(event.error()));
        QCOMPARE(event->name, QStringLiteral("payment-received"));
        QVERIFY(QString::fromUtf8(*event->payload)
                    .contains(QStringLiteral("Zo\u00eb \u00d1\u00fa\u00f1ez 山田 🚀")));
        QCOMPARE(event->toJson(), eventData);

        const QByteArray startData = goldenData(QStringLiteral("old_timestamp"));
        const auto start = WorkflowStartRequest::parse(startData);
        QVERIFY2(start.ok(), qPrintable(start.error()));
        QCOMPARE(start->name, QStringLiteral("order-pipeline"));
        QCOMPARE(start->input.value_or("absent"), json("{'items':['widget','gadget'],'order_id':'ORD-001'}"));
        QCOMPARE(
            start->toJson(),
            json("{'name':'order-pipeline','input':{'items':['widget','gadget'],'order_id':'ORD-001'}}"));
        QVERIFY(sameJsonValue(start->toJson(), startData));

        const QByteArray getData = goldenData(QStringLiteral("tenant_fields"));
        const auto get = JobIdRequest::parse(getData);
        QVERIFY2(get.ok(), qPrintable(get.error()));
        QCOMPARE(get->jobId, QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr"));
        QCOMPARE(get->toJson(), getData);
    }

    void otherRequestsToJson()
    {
        QCOMPARE(JobIdRequest{QStringLiteral("job_1")}.toJson(), json("{'job_id':'job_1'}"));
        QCOMPARE(RunIdRequest{QStringLiteral("wfrun_1")}.toJson(), json("{'run_id':'wfrun_1'}"));
        QCOMPARE((ChannelRequest{QStringLiteral("jobs"), 0}.toJson()), json("{'channel':'jobs'}"));
        QCOMPARE((ChannelRequest{QStringLiteral("jobs"), 50}.toJson()),
                 json("{'channel':'jobs','credits':50}"));
        QCOMPARE(AuthRequest{}.toJson(), json("{'token':''}"));
        QCOMPARE((WorkflowStartRequest{QStringLiteral("w"), std::nullopt}.toJson()),
                 json("{'name':'w','input':null}"));
        QCOMPARE((PublishEventRequest{QStringLiteral("e"), std::nullopt}.toJson()), json("{'name':'e'}"));
        QCOMPARE((PublishEventRequest{QStringLiteral("e"), QByteArray("null")}.toJson()),
                 json("{'name':'e','payload':null}"));
        // A payload that is itself a JSON string is sent as that string, once, never re-encoded.
        QCOMPARE((PublishEventRequest{QStringLiteral("e"), json("'hi'")}.toJson()),
                 json("{'name':'e','payload':'hi'}"));
    }

    void goLenientDecoding()
    {
        // data: null is a zero-valued request.
        auto zero = EnqueueRequest::parse("null");
        QVERIFY2(zero.ok(), qPrintable(zero.error()));
        QCOMPARE(*zero, EnqueueRequest{});
        // null values leave zero values; unknown keys are ignored, nested or not.
        zero = EnqueueRequest::parse(json("{'name':null,'queue':null,'priority':null,'extra':[1,{'y':2}]}"));
        QVERIFY2(zero.ok(), qPrintable(zero.error()));
        QCOMPARE(*zero, EnqueueRequest{});
        // An explicit null payload is kept as the text null (json.RawMessage), unlike a missing one.
        const auto nullPayload = EnqueueRequest::parse(json(" { 'payload' : null } "));
        QCOMPARE(nullPayload->payload, std::optional<QByteArray>("null"));
        QCOMPARE(EnqueueRequest::parse("{}")->payload, std::nullopt);
        // Keys match case-insensitively, and the last duplicate wins.
        const auto mixed =
            EnqueueRequest::parse(json("{'NAME':'a','Payload':{'b' : 1},'name':'c','PRIORITY':-3}"));
        QVERIFY2(mixed.ok(), qPrintable(mixed.error()));
        QCOMPARE(mixed->name, QStringLiteral("c"));
        QCOMPARE(mixed->payload, std::optional<QByteArray>(json("{'b':1}")));
        QCOMPARE(mixed->priority, -3);
    }

    void goErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing data") << QByteArray() << QStringLiteral("unexpected end of JSON input");
        QTest::newRow("whitespace only")
            << QByteArray(" \n") << QStringLiteral("unexpected end of JSON input");
        QTest::newRow("encoded string")
            << json("'{\\'name\\':\\'x\\'}'")
            << QStringLiteral("json: cannot unmarshal string into Go value of type dwp.JobEnqueueRequest");
        QTest::newRow("array")
            << QByteArray("[1]")
            << QStringLiteral("json: cannot unmarshal array into Go value of type dwp.JobEnqueueRequest");
        QTest::newRow("number")
            << QByteArray("42")
            << QStringLiteral("json: cannot unmarshal number into Go value of type dwp.JobEnqueueRequest");
        QTest::newRow("bool")
            << QByteArray("true")
            << QStringLiteral("json: cannot unmarshal bool into Go value of type dwp.JobEnqueueRequest");
        QTest::newRow("name as number") << json("{'name':5}")
                                        << QStringLiteral("json: cannot unmarshal number into Go struct "
                                                          "field JobEnqueueRequest.name of type string");
        QTest::newRow("queue as object") << json("{'name':'x','queue':{}}")
                                         << QStringLiteral("json: cannot unmarshal object into Go struct "
                                                           "field JobEnqueueRequest.queue of type string");
        QTest::newRow("priority as string") << json("{'priority':'5'}")
                                            << QStringLiteral("json: cannot unmarshal string into Go struct "
                                                              "field JobEnqueueRequest.priority of type int");
        QTest::newRow("priority fraction")
            << json("{'priority':1.5}")
            << QStringLiteral("json: cannot unmarshal number 1.5 into Go struct field "
                              "JobEnqueueRequest.priority of type int");
        QTest::newRow("priority overflow")
            << json("{'priority':9223372036854775808}")
            << QStringLiteral("json: cannot unmarshal number 9223372036854775808 into Go "
                              "struct field JobEnqueueRequest.priority of type int");
        QTest::newRow("case-folded key, wrong type")
            << json("{'Priority':true}")
            << QStringLiteral(
                   "json: cannot unmarshal bool into Go struct field JobEnqueueRequest.priority of type int");
        QTest::newRow("trailing data")
            << json("{'name':'a'} x") << QStringLiteral("invalid character 'x' after top-level value");
    }
    void goErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const auto request = EnqueueRequest::parse(data);
        QVERIFY(!request.ok());
        QCOMPARE(request.error(), error);
    }

    void syntaxErrorsFailWhateverComesFirst()
    {
        // Go validates the whole text before decoding, so a syntax error anywhere beats a type error.
        const auto request = EnqueueRequest::parse(json("{'name':5,'payload':[1,}"));
        QVERIFY(!request.ok());
        QVERIFY2(!request.error().contains(QLatin1String("cannot unmarshal")), qPrintable(request.error()));
    }

    void structNamesFollowTheMethod()
    {
        QCOMPARE(
            JobIdRequest::parse(json("{'job_id':1}"), methods::JobCancel).error(),
            QStringLiteral(
                "json: cannot unmarshal number into Go struct field JobCancelRequest.job_id of type string"));
        QCOMPARE(JobIdRequest::parse("[]").error(),
                 QStringLiteral("json: cannot unmarshal array into Go value of type dwp.JobGetRequest"));
        QCOMPARE(RunIdRequest::parse(json("{'run_id':[]}"), methods::WorkflowTimeline).error(),
                 QStringLiteral("json: cannot unmarshal array into Go struct field "
                                "WorkflowTimelineRequest.run_id of type string"));
        QCOMPARE(
            WorkflowStartRequest::parse(json("'x'")).error(),
            QStringLiteral("json: cannot unmarshal string into Go value of type dwp.WorkflowStartRequest"));
        QCOMPARE(
            PublishEventRequest::parse(json("{'name':false}")).error(),
            QStringLiteral(
                "json: cannot unmarshal bool into Go struct field WorkflowEventRequest.name of type string"));
        QCOMPARE(AuthRequest::parse(json("{'token':1}")).error(),
                 QStringLiteral(
                     "json: cannot unmarshal number into Go struct field AuthRequest.token of type string"));
    }

    void subscribeChecksCreditsUnsubscribeIgnoresThem()
    {
        const QByteArray data = json("{'channel':'jobs','credits':'many'}");
        QCOMPARE(
            ChannelRequest::parse(data, methods::Subscribe).error(),
            QStringLiteral(
                "json: cannot unmarshal string into Go struct field SubscribeRequest.credits of type int"));
        const auto unsubscribe = ChannelRequest::parse(data, methods::Unsubscribe);
        QVERIFY2(unsubscribe.ok(), qPrintable(unsubscribe.error()));
        QCOMPARE(unsubscribe->channel, QStringLiteral("jobs"));
        const auto subscribe = ChannelRequest::parse(json("{'Channel':'job:x','credits':10}"));
        QVERIFY2(subscribe.ok(), qPrintable(subscribe.error()));
        QCOMPARE(subscribe->channel, QStringLiteral("job:x"));
        QCOMPARE(subscribe->credits, 10);
    }

    void authFormatIsOptional()
    {
        const auto auth = AuthRequest::parse(json("{'token':'k'}"));
        QVERIFY2(auth.ok(), qPrintable(auth.error()));
        QVERIFY(auth->format.isEmpty());
        QCOMPARE(auth->toJson(), json("{'token':'k'}"));
    }
};

QTEST_GUILESS_MAIN(PayloadRequestsTest)
#include "tst_payloads_requests.moc"
