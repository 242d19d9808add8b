// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <functional>

class QAbstractItemView;
class QLabel;

namespace dispatch {

// Says in a list's empty view why it is empty (issue 20 item 14): "nothing yet" is not "nothing matches",
// and a filter that leaves nothing is named, so the operator sees what to clear. The page gives the words;
// they show centred in the view whenever its model has no rows, and go when a row comes.
class EmptyListNotice : public QObject
{
    Q_OBJECT

public:
    using Text = std::function<QString()>;

    EmptyListNotice(QAbstractItemView* view, Text text);

    // Asks for the words again: call when a filter changes (row changes are watched).
    void refresh();
    QLabel* label() const { return m_label; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QAbstractItemView* m_view;
    Text m_text;
    QLabel* m_label;
};

} // namespace dispatch
