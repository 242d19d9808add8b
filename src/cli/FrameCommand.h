// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <iosfwd>

// `dispatchctl frame decode|encode --format json|msgpack`: checks our codecs from outside, one frame per
// line. decode: JSON text or msgpack hex in, the server's JSON form out. encode: JSON frames in, JSON or hex
// out. Bad lines are reported on stderr with their line number and skipped; the exit code is then 1.
int runFrameCommand(const QStringList& arguments, std::istream& in, std::ostream& out, std::ostream& err);
