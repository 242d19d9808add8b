// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CronEntry.h"
#include "protocol/DlqEntry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace dispatch {

// A page of the server's dead-letter or cron list as the journal keeps it (JournalRecentState::kDlqList,
// kCronList): a JSON array of the entries, each written by the protocol layer as the server sends it and read
// back through the same parser. Reading gives nothing when the text is no array or any entry does not parse.
namespace JournalListSample {

QByteArray toJson(const QList<dwp::DlqEntry>& entries);
QByteArray toJson(const QList<dwp::CronEntry>& entries);
std::optional<QList<dwp::DlqEntry>> parseDeadLetters(QByteArrayView json);
std::optional<QList<dwp::CronEntry>> parseCrons(QByteArrayView json);

} // namespace JournalListSample

} // namespace dispatch
