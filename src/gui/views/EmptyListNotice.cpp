// SPDX-License-Identifier: MIT
#include "gui/views/EmptyListNotice.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace dispatch {

EmptyListNotice::EmptyListNotice(QAbstractItemView* view, Text text)
    : QObject(view), m_view(view), m_text(std::move(text)), m_label(new QLabel(view->viewport()))
{
    m_label->setObjectName(QStringLiteral("emptyListNotice"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents); // the view's context menu still opens
    const QAbstractItemModel* model = view->model();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyListNotice::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListNotice::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListNotice::refresh);
    view->viewport()->installEventFilter(this);
    refresh();
}

void EmptyListNotice::refresh()
{
    const bool empty = m_view->model()->rowCount() == 0;
    if (empty) {
        m_label->setText(m_text());
        place();
    }
    m_label->setVisible(empty);
}

void EmptyListNotice::place()
{
    const QRect area = m_view->viewport()->rect().adjusted(16, 16, -16, -16);
    m_label->setGeometry(area.x(), area.y(), area.width(),
                         qMin(area.height(), m_label->heightForWidth(area.width()) + 16));
}

bool EmptyListNotice::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && m_label->isVisible())
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace dispatch
