// SPDX-License-Identifier: MIT
#include "gui/views/FilterFieldDelay.h"

#include <QLineEdit>

namespace dispatch {

FilterFieldDelay::FilterFieldDelay(QLineEdit* field, std::function<void(const QString&)> apply)
    : QObject(field), m_field(field), m_apply(std::move(apply))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &FilterFieldDelay::applyNow);
    // QLineEdit emits textEdited, for changes by hand, before textChanged, which every change emits: a
    // textChanged with other text than the last edit's comes from the program.
    connect(field, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_typed = text;
        m_timer.start();
    });
    connect(field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_timer.isActive() || text != m_typed)
            applyNow();
    });
    connect(field, &QLineEdit::returnPressed, this, &FilterFieldDelay::applyNow);
}

void FilterFieldDelay::applyNow()
{
    m_timer.stop();
    m_apply(m_field->text());
}

} // namespace dispatch
