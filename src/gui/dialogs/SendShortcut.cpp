// SPDX-License-Identifier: MIT
#include "gui/dialogs/SendShortcut.h"

#include <QAbstractButton>
#include <QDialog>
#include <QPointer>
#include <QShortcut>

namespace dispatch {

void SendShortcut::install(QDialog* dialog, QAbstractButton* send)
{
    const QPointer<QAbstractButton> button(send);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, [button] {
            if (button && button->isEnabled() && button->isVisible())
                button->click();
        });
    }
}

} // namespace dispatch
