// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Timestamp.h"

#include <QDateTime>
#include <QVariant>
#include <limits>

namespace dispatch::modeltime {

// How models store instants: qint64 milliseconds (or nanoseconds where order within a millisecond matters)
// since the Unix epoch, with one sentinel for "not known" — 8 bytes instead of a 16-byte Timestamp or a
// QDateTime with its private data.
constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

// Nanoseconds since the epoch, clamped to what qint64 holds (years 1678–2262); Go's zero time (year 1), which
// the server writes for an unset time, becomes kUnknown.
qint64 toNanos(const dwp::Timestamp& ts);
// Milliseconds since the epoch; Go's zero time becomes kUnknown.
qint64 toMillis(const dwp::Timestamp& ts);

// For data(): a UTC QDateTime, or an invalid QVariant when unknown.
QVariant dateTimeVariant(qint64 millis);

// For DisplayRole: the local QDateTime a view shows, or an invalid QVariant when unknown.
QVariant localDateTimeVariant(qint64 millis);

} // namespace dispatch::modeltime
