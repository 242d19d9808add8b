// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

namespace dispatch {

// Holds a page, or a detail panel beside its list, and scrolls it when the window is smaller than it needs.
// Laid out directly, the tallest page's minimum became the window's: connected, the job panel's fields,
// error, payload and buttons and the Dead letters page asked for about 500 px, so the window opened 620 px
// tall on the 540 px a 1920×1080 screen has at scale 2 (issue 20 item 17). With room to spare the content
// fills the area and nothing scrolls.
class PanelScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit PanelScrollArea(QWidget* content, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
};

} // namespace dispatch
