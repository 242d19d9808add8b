// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class QLineEdit;

namespace dispatch {

// Applies what a person types into a filter field once the typing pauses (kDelayMs, as KDE's search lines
// do), not on every keystroke: refiltering 100 000 rows costs up to some 20 ms (bench_models typing), and
// typing "invoice" would otherwise refilter seven times. Return applies at once, and so does text set by the
// program (clearing the filters, restoring them, the field's clear button), so that code reading the list
// right after sees it filtered.
class FilterFieldDelay : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 250;

    // `apply` gets the field's text; the delay lives as long as the field.
    FilterFieldDelay(QLineEdit* field, std::function<void(const QString&)> apply);

    // Whether typed text waits to be applied.
    bool isPending() const { return m_timer.isActive(); }

private:
    void applyNow();

    QLineEdit* m_field;
    std::function<void(const QString&)> m_apply;
    QTimer m_timer;
    QString m_typed; // the text of the last edit by hand, which the timer applies
};

} // namespace dispatch
