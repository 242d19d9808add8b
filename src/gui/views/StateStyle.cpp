// SPDX-License-Identifier: MIT
#include "gui/views/StateStyle.h"

namespace dispatch {

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
