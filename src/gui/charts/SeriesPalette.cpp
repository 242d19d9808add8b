// SPDX-License-Identifier: MIT
#include "gui/charts/SeriesPalette.h"

#include "gui/views/StateStyle.h"

#include <array>

namespace dispatch {
namespace {

// A qualitative set (blue, orange, teal, green, purple, yellow, pink, brown, grey, red): neighbours differ
// in hue and lightness, so they stay apart for the common forms of colour blindness too. Red comes last:
// elsewhere in the monitor it means failure.
constexpr std::array<QRgb, SeriesPalette::kColours> kQualitative = {
    0x4e79a7, 0xf28e2b, 0x76b7b2, 0x59a14f, 0xb07aa1, 0xedc948, 0xff9da7, 0x9c755f, 0xbab0ac, 0xe15759};

} // namespace

QColor SeriesPalette::colour(int index, const QPalette& palette)
{
    const QColor base = QColor::fromRgb(kQualitative.at(std::size_t(std::abs(index) % kColours)));
    return StateStyle::isDark(palette) ? base.lighter(125) : base;
}

Qt::PenStyle SeriesPalette::style(int index)
{
    switch (std::abs(index) / kColours) {
    case 0:
        return Qt::SolidLine;
    case 1:
        return Qt::DashLine;
    default:
        return Qt::DotLine;
    }
}

} // namespace dispatch
