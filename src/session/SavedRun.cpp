// SPDX-License-Identifier: MIT
#include "session/SavedRun.h"

#include "models/TimelineModel.h"
#include "protocol/JsonReader.h"
#include "protocol/PayloadReader.h"
#include "protocol/WorkflowRun.h"
#include "session/OnWorkerThread.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <qcoro/qcorofuture.h>

namespace dispatch {

const QString SavedRun::kFormatName = QStringLiteral("dispatch-monitor.run");

namespace {

QByteArray jsonString(const QString& text)
{
    // A one-element array is the shortest way to have Qt quote and escape a string.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray timeOrNull(const QDateTime& time)
{
    return time.isValid() ? jsonString(time.toUTC().toString(Qt::ISODateWithMs)) : QByteArrayLiteral("null");
}

QByteArray msTime(qint64 ms)
{
    return timeOrNull(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// Hole `number` (1 for the first) of the file's "holes", or why not (a whole sentence in `whyNot`).
std::optional<JournalGap> readHole(QByteArrayView json, qsizetype number, QString& whyNot)
{
    dwp::JsonReader reader(std::string_view(json.data(), size_t(json.size())));
    QDateTime from;
    QDateTime to;
    JournalGap hole;
    bool reasonKnown = true;
    bool countKnown = true;
    QByteArray key;
    if (reader.beginObject()) {
        while (reader.nextKey(key)) {
            const auto kind = reader.peek();
            bool ok = true;
            QString text;
            std::string_view raw;
            if ((key == "from" || key == "to") && kind == dwp::JsonReader::Kind::String) {
                ok = reader.readString(text);
                (key == "from" ? from : to) = QDateTime::fromString(text, Qt::ISODateWithMs);
            } else if (key == "reason" && kind == dwp::JsonReader::Kind::String) {
                ok = reader.readString(text);
                hole.reason = JournalGap::fromCode(text);
                // fromCode reads a newer monitor's word as Unknown, as a journal row may hold one; a file
                // holds only these (SavedRun.h).
                reasonKnown = !text.isEmpty() && JournalGap::code(hole.reason) == text;
            } else if (key == "reason") {
                reasonKnown = kind == dwp::JsonReader::Kind::Null;
                ok = reader.skipValue();
            } else if (key == "dropped_events" && kind == dwp::JsonReader::Kind::Number) {
                // As text, so that 1.5 or 1e99 is said to be no count rather than failing the reader.
                ok = reader.readRawValue(raw);
                hole.droppedEvents = QByteArray(raw.data(), qsizetype(raw.size())).toLongLong(&countKnown);
                countKnown = countKnown && hole.droppedEvents >= 0;
            } else if (key == "dropped_events") {
                countKnown = kind == dwp::JsonReader::Kind::Null;
                ok = reader.skipValue();
            } else {
                ok = reader.skipValue(); // a later version's additions
            }
            if (!ok)
                break;
        }
    }
    if (reader.failed() || !from.isValid() || !to.isValid())
        //: Why a saved run cannot be opened. %1 is the hole's number (1 for the first).
        whyNot = SavedRun::tr("Its hole %1 is not an object with a \"from\" and a \"to\" time (RFC 3339).")
                     .arg(number);
    else if (from > to)
        //: Why a saved run cannot be opened. %1 is the hole's number (1 for the first).
        whyNot = SavedRun::tr("Its hole %1 ends before it begins.").arg(number);
    else if (!reasonKnown)
        //: Why a saved run cannot be opened. %1 is the hole's number (1 for the first); %2, %3 and %4 are the
        //: reasons a saved file may name, not translated.
        whyNot = SavedRun::tr("Its hole %1 has a \"reason\" that is none of \"%2\", \"%3\", \"%4\" or null.")
                     .arg(QString::number(number), JournalGap::code(JournalGap::Reason::ConnectionLost),
                          JournalGap::code(JournalGap::Reason::FellBehind),
                          JournalGap::code(JournalGap::Reason::NotRunning));
    else if (!countKnown)
        //: Why a saved run cannot be opened. %1 is the hole's number (1 for the first).
        whyNot = SavedRun::tr("Its hole %1 has a \"dropped_events\" that is neither a count nor null.")
                     .arg(number);
    if (!whyNot.isEmpty())
        return std::nullopt;
    hole.fromMs = from.toMSecsSinceEpoch();
    hole.toMs = to.toMSecsSinceEpoch();
    return hole;
}

} // namespace

QByteArray SavedRun::encode() const
{
    QByteArray out;
    const int version = holes.isEmpty() ? 1 : kHolesSinceVersion; // see SavedRun.h
    out += "{\"format\":" + jsonString(kFormatName) + ",\"version\":" + QByteArray::number(version);
    out += ",\"saved_at\":" + timeOrNull(savedAt);
    out += ",\"server\":" + jsonString(server);
    out += ",\"run_id\":" + jsonString(runId);
    out += ",\"as_of\":" + timeOrNull(history.asOfMs > 0
                                          ? QDateTime::fromMSecsSinceEpoch(history.asOfMs, Qt::UTC)
                                          : QDateTime());
    out += ",\n\"run\":" + (history.run ? history.run->toJson() : QByteArrayLiteral("null"));
    out += ",\n\"timeline\":" +
           (history.timeline ? dwp::TimelineEntry::listToJson(*history.timeline) : QByteArrayLiteral("null"));
    out += ",\n\"holes\":[";
    for (qsizetype i = 0; i < holes.size(); ++i) {
        const JournalGap& hole = holes.at(i);
        const QString reason = JournalGap::code(hole.reason);
        out += (i > 0 ? ",\n" : "\n");
        out += "{\"from\":" + msTime(hole.fromMs) + ",\"to\":" + msTime(hole.toMs);
        out += ",\"reason\":" + (reason.isEmpty() ? QByteArrayLiteral("null") : jsonString(reason));
        out += ",\"dropped_events\":" +
               (hole.droppedEvents >= 0 ? QByteArray::number(hole.droppedEvents) : QByteArrayLiteral("null"));
        out += "}";
    }
    out += holes.isEmpty() ? "]" : "\n]";
    // One event a line, so that a file of many events still reads (and diffs) line by line.
    out += ",\n\"events\":[";
    for (qsizetype i = 0; i < history.events.size(); ++i)
        out += (i > 0 ? ",\n" : "\n") + history.events[i].toJson();
    out += "\n]}\n";
    return out;
}

dwp::Parsed<SavedRun> SavedRun::decode(QByteArrayView json)
{
    using Result = dwp::Parsed<SavedRun>;
    // The protocol's reader, not QJsonDocument: the events' data must come back byte for byte as the server
    // sent it (QJsonDocument sorts keys and turns large integers into doubles), and it bounds the nesting.
    const std::string_view text(json.data(), size_t(json.size()));
    if (const auto syntax = dwp::JsonReader::findSyntaxError(text))
        //: Why a saved run cannot be opened. %1 is the parser's (English) description, %2 and %3 the line and
        //: column.
        return Result::failure(tr("It is not valid JSON: %1 (line %2, column %3).")
                                   .arg(syntax->message)
                                   .arg(syntax->position.line)
                                   .arg(syntax->position.column));
    //: Why a saved run cannot be opened. %1 is the format's name (dispatch-monitor.run), not translated.
    const QString notOurs =
        tr("It is not a run saved by Dispatch Monitor (no \"format\": \"%1\").").arg(kFormatName);
    dwp::JsonReader reader(text);
    if (!reader.beginObject())
        return Result::failure(notOurs);
    SavedRun saved;
    QString format;
    qint64 version = 0;
    bool versionIsNumber = true;
    std::string_view run;
    std::string_view timeline;
    std::string_view events;
    std::string_view holes;
    QByteArray key;
    const auto readTime = [&reader](QDateTime& out) {
        if (reader.peek() == dwp::JsonReader::Kind::Null)
            return reader.readNull();
        QString value;
        if (!reader.readString(value))
            return false;
        out = QDateTime::fromString(value, Qt::ISODateWithMs);
        return true;
    };
    QDateTime asOf;
    while (reader.nextKey(key)) {
        bool ok = true;
        if (key == "format")
            ok = reader.peek() == dwp::JsonReader::Kind::String ? reader.readString(format)
                                                                : reader.skipValue();
        else if (key == "version")
            ok = (versionIsNumber = reader.peek() == dwp::JsonReader::Kind::Number)
                     ? reader.readInt64(version)
                     : reader.skipValue();
        else if (key == "run_id" && reader.peek() == dwp::JsonReader::Kind::String)
            ok = reader.readString(saved.runId);
        else if (key == "server" && reader.peek() == dwp::JsonReader::Kind::String)
            ok = reader.readString(saved.server);
        else if (key == "saved_at")
            ok = readTime(saved.savedAt);
        else if (key == "as_of")
            ok = readTime(asOf);
        else if (key == "run")
            ok = reader.readRawValue(run);
        else if (key == "timeline")
            ok = reader.readRawValue(timeline);
        else if (key == "events")
            ok = reader.readRawValue(events);
        else if (key == "holes")
            ok = reader.readRawValue(holes);
        else
            ok = reader.skipValue(); // a later minor version's additions
        if (!ok)
            break;
    }
    if (reader.failed() && format != kFormatName)
        return Result::failure(notOurs);
    if (reader.failed())
        //: Why a saved run cannot be opened. %1 is the parser's (English) reason.
        return Result::failure(tr("It could not be read: %1").arg(reader.error()));
    if (format != kFormatName)
        return Result::failure(notOurs);
    if (!versionIsNumber || version < 1)
        return Result::failure(tr("Its \"version\" is missing or not a positive number."));
    if (version > kFormatVersion)
        //: Why a saved run cannot be opened. %1 is the file's format version, %2 the newest this monitor
        //: reads.
        return Result::failure(
            tr("It was saved by a newer Dispatch Monitor (format version %1; this one reads "
               "up to %2).")
                .arg(version)
                .arg(kFormatVersion));
    if (!saved.runId.startsWith(QStringLiteral("wfrun_")))
        return Result::failure(tr("Its \"run_id\" is not a workflow run id (wfrun_…)."));
    saved.history.asOfMs = asOf.isValid() ? asOf.toMSecsSinceEpoch() : 0;
    const auto isNull = [](std::string_view raw) { return raw.empty() || raw == "null"; };
    if (!isNull(run)) {
        auto parsed = dwp::WorkflowRun::parse(QByteArrayView(run.data(), qsizetype(run.size())));
        if (!parsed)
            //: Why a saved run cannot be opened. %1 is the parser's (English) reason.
            return Result::failure(tr("Its \"run\" is not a workflow run: %1").arg(parsed.error()));
        saved.history.run = std::move(parsed).value();
    }
    if (!isNull(timeline)) {
        auto parsed =
            dwp::TimelineEntry::parseList(QByteArrayView(timeline.data(), qsizetype(timeline.size())));
        if (!parsed)
            //: Why a saved run cannot be opened. %1 is the parser's (English) reason.
            return Result::failure(tr("Its \"timeline\" is not a run's timeline: %1").arg(parsed.error()));
        saved.history.timeline = std::move(parsed).value();
    }
    if (!events.empty()) {
        QList<QByteArrayView> elements;
        QString error;
        if (events.front() != '[' ||
            !dwp::PayloadReader::splitArray(QByteArrayView(events.data(), qsizetype(events.size())), elements,
                                            error))
            return Result::failure(tr("Its \"events\" is not a list."));
        saved.history.events.reserve(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            auto parsed = dwp::StreamEvent::parse(elements.at(i));
            if (!parsed)
                //: Why a saved run cannot be opened. %1 is the event's number (1 for the first), %2 the
                //: parser's (English) reason.
                return Result::failure(tr("Its event %1 is not an event: %2").arg(i + 1).arg(parsed.error()));
            saved.history.events.append(std::move(parsed).value());
        }
    }
    if (saved.history.isEmpty())
        return Result::failure(tr("It holds neither the run, its timeline nor any of its events."));
    if (!holes.empty()) {
        // Read after the rest, so that a file that is not a run at all is named as such first.
        QList<QByteArrayView> elements;
        QString error;
        if (holes.front() != '[' ||
            !dwp::PayloadReader::splitArray(QByteArrayView(holes.data(), qsizetype(holes.size())), elements,
                                            error))
            return Result::failure(tr("Its \"holes\" is not a list."));
        saved.holes.reserve(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            QString whyNot;
            const std::optional<JournalGap> hole = readHole(elements.at(i), i + 1, whyNot);
            if (!hole)
                return Result::failure(whyNot);
            saved.holes.append(*hole);
        }
    }
    return saved;
}

void SavedRun::showIn(TimelineModel& timeline) const
{
    timeline.setRunId(runId);
    if (history.run)
        timeline.setRun(*history.run);
    if (history.timeline)
        timeline.setTimeline(*history.timeline);
    timeline.applyEvents(history.events);
    timeline.setHoles(holes);
}

QString SavedRun::writeTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: Shown when saving a run fails. %1 is the path of the file, %2 the system's reason.
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const QByteArray bytes = encode();
    if (file.write(bytes) != bytes.size() || !file.commit())
        //: Shown when saving a run fails. %1 is the path of the file, %2 the system's reason.
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

dwp::Parsed<SavedRun> SavedRun::readFrom(const QString& path)
{
    using Result = dwp::Parsed<SavedRun>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(file.errorString());
    if (file.size() > kMaxFileBytes)
        //: Why a saved run cannot be opened. %1 is the file's size, %2 the limit, both in MB.
        return Result::failure(tr("It is %1 MB, more than the %2 MB a saved run may have.")
                                   .arg(file.size() / (1024 * 1024))
                                   .arg(kMaxFileBytes / (1024 * 1024)));
    return decode(file.readAll());
}

QCoro::Task<SavedRunLoaded> SavedRun::load(QString path)
{
    QFuture<SavedRunLoaded> reading = onWorkerThread<SavedRunLoaded>([path] {
        dwp::Parsed<SavedRun> parsed = readFrom(path);
        SavedRunLoaded loaded;
        if (parsed)
            loaded.saved = std::move(parsed).value();
        else
            loaded.error = parsed.error();
        return loaded;
    });
    co_return co_await reading;
}

QCoro::Task<QString> SavedRun::save(SavedRun run, QString path)
{
    QFuture<QString> writing =
        onWorkerThread<QString>([run = std::move(run), path] { return run.writeTo(path); });
    co_return co_await writing;
}

} // namespace dispatch
