// SPDX-License-Identifier: MIT
#include "gui/views/StatCard.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace dispatch {

namespace {

constexpr int kStripeWidth = 4;

} // namespace

StatCard::StatCard(const QString& title, StateStyle::Tone tone, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(QStringLiteral("—"), this)),
      m_caption(new QLabel(this)), m_titleText(title), m_tone(tone)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(false); // one line, so cards in a row keep one height
    // Ignored: their texts neither widen the card's minimum nor its hint; elideTexts() fits them instead.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kStripeWidth + 10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    applyFonts();
}

QString StatCard::title() const
{
    return m_titleText;
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::caption() const
{
    return m_captionText;
}

void StatCard::setValue(const QString& value)
{
    if (m_value->text() != value)
        m_value->setText(value);
}

void StatCard::setCaption(const QString& caption)
{
    if (m_captionText == caption)
        return;
    m_captionText = caption;
    elideTexts();
}

void StatCard::setTone(StateStyle::Tone tone)
{
    if (m_tone == tone)
        return;
    m_tone = tone;
    update();
}

void StatCard::applyFonts()
{
    // Relative to the application font, so the card scales with the user's font size and the screen's DPI.
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
}

void StatCard::elideTexts()
{
    // The labels' width is the card's contents less the layout's margins (set in the constructor).
    const int width = qMax(0, contentsRect().width() - (kStripeWidth + 10) - 10);
    const auto fit = [width](QLabel* label, const QString& text) {
        const QString shown = label->fontMetrics().elidedText(text, Qt::ElideRight, width);
        if (label->text() != shown)
            label->setText(shown);
        label->setToolTip(shown == text ? QString() : text);
    };
    fit(m_title, m_titleText);
    fit(m_caption, m_captionText);
}

void StatCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    elideTexts();
}

void StatCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        elideTexts();
    }
}

void StatCard::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QRect inner = contentsRect();
    painter.fillRect(QRect(inner.left(), inner.top(), kStripeWidth, inner.height()),
                     StateStyle::colours(m_tone, palette()).outline);
}

} // namespace dispatch
