// SPDX-License-Identifier: MIT
#pragma once

namespace devserver {

// Which WebSocket message type carries msgpack frames. The real server writes every frame as a TEXT message,
// msgpack included, which QWebSocket rejects with close 1007 (dwp-protocol.md §2 "How frames are sent");
// Text reproduces that so a client's JSON fallback can be tested. Binary is what a client can use.
enum class MsgpackFraming
{
    Binary,
    Text
};

} // namespace devserver
