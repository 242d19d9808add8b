// SPDX-License-Identifier: MIT
#pragma once

class QAbstractButton;
class QDialog;

namespace dispatch {

// Ctrl+Enter (Ctrl+Return, and Enter on the keypad) presses a dialog's send button from anywhere in it, the
// JSON editors included, which keep plain Enter for a new line. Only when the button is enabled: a disabled
// Send (invalid JSON, a Production tick not given) stays the same with the keyboard as with the mouse.
class SendShortcut
{
public:
    static void install(QDialog* dialog, QAbstractButton* send);
};

} // namespace dispatch
