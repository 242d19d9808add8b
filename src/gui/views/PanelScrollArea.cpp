// SPDX-License-Identifier: MIT
#include "gui/views/PanelScrollArea.h"

#include <algorithm>

namespace dispatch {

namespace {
// Below these the content scrolls. 240 px keep a detail's title and its buttons readable, 160 px a title and
// a few fields or rows.
constexpr int kNarrowest = 240;
constexpr int kShortest = 160;
} // namespace

PanelScrollArea::PanelScrollArea(QWidget* content, QWidget* parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    // The content's own fields take the focus; the area is no extra stop for Tab.
    setFocusPolicy(Qt::NoFocus);
    setWidget(content);
}

QSize PanelScrollArea::minimumSizeHint() const
{
    const QSize content = widget() ? widget()->minimumSizeHint() : QSize();
    return {std::min(content.width(), kNarrowest), std::min(content.height(), kShortest)};
}

} // namespace dispatch
