// SPDX-License-Identifier: MIT
#include "gui/views/EnvironmentBadge.h"

#include <QEvent>
#include <QPainter>

namespace dispatch {

EnvironmentBadge::EnvironmentBadge(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont small = font();
    small.setWeight(QFont::Bold);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    setVisible(false);
}

StateStyle::Colours EnvironmentBadge::colours(ServerEnvironment environment, const QPalette& palette)
{
    switch (environment) {
    case ServerEnvironment::Production:
        return StateStyle::colours(StateStyle::Tone::Failure, palette);
    case ServerEnvironment::Staging:
        return StateStyle::colours(StateStyle::Tone::Warning, palette);
    case ServerEnvironment::Development:
        return StateStyle::colours(StateStyle::Tone::Active, palette);
    case ServerEnvironment::Local:
        return StateStyle::colours(StateStyle::Tone::Success, palette);
    }
    return StateStyle::colours(StateStyle::Tone::Neutral, palette);
}

QIcon EnvironmentBadge::icon(ServerEnvironment environment, const QPalette& palette)
{
    const StateStyle::Colours tone = colours(environment, palette);
    QPixmap square(14, 14);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tone.text, 1));
    painter.setBrush(tone.outline);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(square);
}

void EnvironmentBadge::setEnvironment(std::optional<ServerEnvironment> environment)
{
    m_environment = environment;
    setVisible(environment.has_value());
    setToolTip(
        environment
            //: Tooltip of the environment badge in the connection bar. %1 is the environment (Production,
            //: Staging, Development, Local).
            ? tr("This server is marked as %1 in its profile.").arg(serverEnvironmentLabel(*environment))
            : QString());
    updateGeometry();
    update();
}

QString EnvironmentBadge::text() const
{
    return m_environment ? serverEnvironmentLabel(*m_environment).toUpper() : QString();
}

QSize EnvironmentBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 16, metrics.height() + 6};
}

void EnvironmentBadge::paintEvent(QPaintEvent*)
{
    if (!m_environment)
        return;
    const StateStyle::Colours tone = colours(*m_environment, palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(tone.outline, 1));
    painter.setBrush(tone.fill);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setPen(tone.text);
    painter.drawText(rect(), Qt::AlignCenter, text());
}

void EnvironmentBadge::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace dispatch
