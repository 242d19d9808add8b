// SPDX-License-Identifier: MIT
#include "settings/AdminApiChoice.h"

namespace dispatch {

QString AdminApiChoice::problemWithUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the admin API's address, for example https://dispatch.example.org/dispatch.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        //: Under the admin API address field of the profile dialog. %1 is Qt's (English) description of what
        //: is wrong with the URL.
        return tr("The admin API address is not valid: %1").arg(url.errorString());
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("The admin API address must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The admin API address has no host name.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The admin API address must not have a query or a fragment: the monitor adds /v1/… to it.");
    return {};
}

} // namespace dispatch
