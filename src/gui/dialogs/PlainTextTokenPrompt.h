// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QUrl>
#include <qcoro/qcorotask.h>

class QWidget;

namespace dispatch {

// Asks before a token goes in plain text over ws:// to another machine (window-modal, so the window keeps
// painting and the event stream keeps flowing while the operator reads it).
class PlainTextTokenPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextTokenPrompt)

public:
    struct Answer
    {
        bool send = false;
        bool remember = false; // only offered for a saved profile
    };

    // `profileName` empty: an ad-hoc connection, where there is nothing to remember the answer in.
    static QCoro::Task<Answer> ask(QWidget* parent, QString profileName, QUrl url);
};

} // namespace dispatch
