// SPDX-License-Identifier: MIT
#pragma once

namespace devserver {

// Which WebSocket message type carries msgpack frames. The real server writes every frame as a TEXT message,
// msgpack included, which QWebSocket rejects with close 1007 (dwp-protocol.md §2 "How frames are sent");
// Text, the default, reproduces that, so a client meets the same JSON fallback as in production. Binary is
// what a client could use, kept for tests of the binary path (--msgpack-frames binary).
enum class MsgpackFraming
{
    Text,
    Binary
};

} // namespace devserver
