// SPDX-License-Identifier: MIT
#include "gui/window/StatusLinkLabel.h"

namespace dispatch {

StatusLinkLabel::StatusLinkLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusLink"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setOpenExternalLinks(false);
    setVisible(false);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &StatusLinkLabel::clearMessage);
    connect(this, &QLabel::linkActivated, this, &StatusLinkLabel::idActivated);
}

void StatusLinkLabel::showMessage(const QString& message, const QString& id, int timeoutMs)
{
    // The message is plain text: escaped, then its id (letters, digits and '_' only) made the link.
    QString html = message.toHtmlEscaped();
    const QString escapedId = id.toHtmlEscaped();
    const qsizetype at = id.isEmpty() ? -1 : html.indexOf(escapedId);
    if (at >= 0)
        html.replace(at, escapedId.size(), QStringLiteral("<a href=\"%1\">%1</a>").arg(escapedId));
    setText(html);
    setVisible(true);
    if (timeoutMs > 0)
        m_timeout.start(timeoutMs);
    else
        m_timeout.stop();
}

void StatusLinkLabel::clearMessage()
{
    m_timeout.stop();
    clear();
    setVisible(false);
}

} // namespace dispatch
