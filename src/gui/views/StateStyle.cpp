// SPDX-License-Identifier: MIT
#include "gui/views/StateStyle.h"

namespace dispatch {

StateStyle::Tone StateStyle::toneOf(const QString& state)
{
    const QString name = state.trimmed().toLower();
    if (name == u"running")
        return Tone::Active;
    if (name == u"completed")
        return Tone::Success;
    if (name == u"failed")
        return Tone::Failure;
    if (name == u"retrying")
        return Tone::Warning;
    if (name == u"cancelled")
        return Tone::Muted;
    if (name == u"waiting")
        return Tone::Waiting;
    return Tone::Neutral;
}

QString StateStyle::label(const QString& state)
{
    const QString name = state.trimmed().toLower();
    if (name == u"pending")
        return tr("Pending", "job state");
    if (name == u"running")
        return tr("Running", "job, run or step state");
    if (name == u"completed")
        return tr("Completed", "job, run or step state");
    if (name == u"failed")
        return tr("Failed", "job, run or step state");
    if (name == u"retrying")
        return tr("Retrying", "job state");
    if (name == u"cancelled")
        return tr("Cancelled", "job state");
    if (name == u"waiting")
        return tr("Waiting", "workflow step state");
    return state;
}

bool StateStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

StateStyle::Colours StateStyle::colours(Tone tone, const QPalette& palette)
{
    // One hue per tone. In a light theme the badge is a pale tint with dark text; in a dark theme a deep
    // shade with light text. Both keep text contrast well above 4.5:1.
    struct Hue
    {
        int hue;
        int saturation;
    };
    Hue hue{0, 0};
    switch (tone) {
    case Tone::Neutral:
        hue = {215, 20};
        break;
    case Tone::Active:
        hue = {212, 200};
        break;
    case Tone::Success:
        hue = {135, 170};
        break;
    case Tone::Failure:
        hue = {0, 210};
        break;
    case Tone::Warning:
        hue = {33, 230};
        break;
    case Tone::Muted:
        hue = {0, 0};
        break;
    case Tone::Waiting:
        hue = {275, 150};
        break;
    }
    Colours colours;
    if (isDark(palette)) {
        colours.fill = QColor::fromHsl(hue.hue, hue.saturation, tone == Tone::Muted ? 70 : 80);
        colours.text = QColor::fromHsl(hue.hue, qMin(hue.saturation, 120), 225);
        colours.outline = QColor::fromHsl(hue.hue, hue.saturation, 125);
    } else {
        colours.fill = QColor::fromHsl(hue.hue, hue.saturation, tone == Tone::Muted ? 228 : 222);
        colours.text = QColor::fromHsl(hue.hue, hue.saturation, 55);
        colours.outline = QColor::fromHsl(hue.hue, hue.saturation, 160);
    }
    if (tone == Tone::Muted)
        colours.text = palette.color(QPalette::Disabled, QPalette::Text);
    return colours;
}

} // namespace dispatch
