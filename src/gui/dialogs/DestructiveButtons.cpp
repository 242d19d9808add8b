// SPDX-License-Identifier: MIT
#include "gui/dialogs/DestructiveButtons.h"

#include <QCheckBox>
#include <QPushButton>

namespace dispatch::DestructiveButtons {

void makeSafeTheDefault(QPushButton* safe, QPushButton* destructive)
{
    // An auto-default button becomes the dialog's default while it has the focus (QPushButton::focusInEvent):
    // without this, Tab onto the destructive button and Return would still carry the action out.
    destructive->setAutoDefault(false);
    destructive->setDefault(false);
    safe->setAutoDefault(true);
    safe->setDefault(true);
    safe->setFocus(Qt::OtherFocusReason);
}

QCheckBox* productionCheckBox(const QString& text, QWidget* parent)
{
    auto* check = new QCheckBox(text, parent);
    check->setObjectName(QStringLiteral("productionConfirmation"));
    check->setChecked(false);
    return check;
}

} // namespace dispatch::DestructiveButtons
