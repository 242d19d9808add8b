// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace dispatch {

// A one-line label that gives way when the window is narrow: it asks for room for `fewestCharacters` only
// and, given less room than its text needs, paints the text elided. Given enough, it is a plain QLabel (text
// selection included). text() stays whole, so what is copied or read by a test is never the shortened form.
// The connection bar's server address and session id made the window at least 1086 px wide once connected —
// wider than the 960 px a 1920×1080 screen has at scale 2 (issue 20 item 17).
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    ElidingLabel(Qt::TextElideMode mode, int fewestCharacters, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    // True when the text did not fit at the last layout and is painted shortened.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Qt::TextElideMode m_mode;
    int m_fewestCharacters;
};

} // namespace dispatch
