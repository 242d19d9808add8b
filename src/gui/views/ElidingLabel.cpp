// SPDX-License-Identifier: MIT
#include "gui/views/ElidingLabel.h"

#include <QPainter>
#include <QStyle>

namespace dispatch {

ElidingLabel::ElidingLabel(Qt::TextElideMode mode, int fewestCharacters, QWidget* parent)
    : QLabel(parent), m_mode(mode), m_fewestCharacters(fewestCharacters)
{
}

QSize ElidingLabel::minimumSizeHint() const
{
    const QSize whole = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int few = fontMetrics().averageCharWidth() * m_fewestCharacters + margins.left() + margins.right();
    return {std::min(whole.width(), few), whole.height()};
}

bool ElidingLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

void ElidingLabel::paintEvent(QPaintEvent* event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect room = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), m_mode, room.width());
    style()->drawItemText(&painter, room, static_cast<int>(alignment()), palette(), isEnabled(), shown,
                          foregroundRole());
}

} // namespace dispatch
