// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/StateStyle.h"

#include <QFrame>

class QLabel;

namespace dispatch {

// One number on the overview: a title, the value in large type and a caption saying what it counts, with a
// stripe in the tone of the state it counts. The stripe comes from StateStyle, so it follows the palette.
// The title and caption are elided to the card's width (the full text in a tooltip), so a row of cards does
// not force the window wider: with their full texts the Overview needed 1030 px (issue 20 item 17).
class StatCard : public QFrame
{
    Q_OBJECT

public:
    StatCard(const QString& title, StateStyle::Tone tone, QWidget* parent = nullptr);

    QString title() const;
    QString value() const;
    QString caption() const;
    void setValue(const QString& value);
    void setCaption(const QString& caption);
    void setTone(StateStyle::Tone tone);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyFonts();
    void elideTexts();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_caption;
    QString m_titleText;
    QString m_captionText;
    StateStyle::Tone m_tone;
};

} // namespace dispatch
