// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/StateStyle.h"
#include "settings/ServerEnvironment.h"

#include <QIcon>
#include <QWidget>

namespace dispatch {

// The environment of the server on screen as a coloured pill ("PRODUCTION" in red, "STAGING" in amber,
// "DEVELOPMENT" in blue, "LOCAL" in green), in the palette's light or dark variant of StateStyle's hues.
class EnvironmentBadge : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget* parent = nullptr);

    // Hidden when there is no environment (no server, or an ad-hoc connection).
    void setEnvironment(std::optional<ServerEnvironment> environment);
    std::optional<ServerEnvironment> environment() const { return m_environment; }
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    static StateStyle::Colours colours(ServerEnvironment environment, const QPalette& palette);
    // A small square in the environment's colour, for combo boxes and lists.
    static QIcon icon(ServerEnvironment environment, const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::optional<ServerEnvironment> m_environment;
};

} // namespace dispatch
