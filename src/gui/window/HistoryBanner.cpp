// SPDX-License-Identifier: MIT
#include "gui/window/HistoryBanner.h"

#include "gui/views/TimestampDelegate.h"
#include "session/SessionHistory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace dispatch {

HistoryBanner::HistoryBanner(QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_hide(new QToolButton(this))
{
    setObjectName(QStringLiteral("historyBanner"));
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_hide->setObjectName(QStringLiteral("hideHistoryBanner"));
    //: Button on the banner that says the rows come from the journal.
    m_hide->setText(tr("Hide"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hide);
    // The palette's pair for tooltips: set apart from the pages, and not the highlight of the stale banner.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setForegroundRole(QPalette::ToolTipText);
    connect(m_hide, &QToolButton::clicked, this, [this] {
        m_hidden = true;
        update();
    });
    hide();
}

void HistoryBanner::setHistory(SessionHistory* history)
{
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    m_hidden = false;
    if (history)
        connect(history, &SessionHistory::changed, this, &HistoryBanner::update);
    update();
}

QString HistoryBanner::text() const
{
    return m_text->text();
}

QString HistoryBanner::holesText() const
{
    // "As of" is where the history stops; the holes say why nothing follows it (the monitor was not running,
    // or not connected), read from the journal with the rows (SessionHistory::holesSinceAsOf).
    const QList<JournalGap>& holes = m_history->holesSinceAsOf();
    if (holes.isEmpty())
        return {};
    QString said;
    if (holes.size() <= 3) {
        for (const JournalGap& hole : holes)
            said += u' ' + hole.sentence();
    } else {
        said =
            u' ' +
            //: On the banner about rows from the journal, when the monitor heard nothing in several spans
            //: after the newest record. %n is how many (more than 3), %1 the sentence about the last one
            //: ("No events recorded 14:02:05–14:09:31: the monitor was not running.").
            tr("No events were recorded in %n span(s) after that; the last: %1", nullptr, int(holes.size()))
                .arg(holes.last().sentence());
    }
    //: On the banner about rows from the journal, after the sentences saying when and why no events were
    //: recorded after the newest record.
    return said + u' ' + tr("Jobs and runs may have changed then without the monitor seeing it.");
}

void HistoryBanner::update()
{
    using Stage = SessionHistory::Stage;
    const Stage stage = m_history ? m_history->stage() : Stage::Empty;
    const QString asOf = m_history ? TimestampDelegate::format(m_history->asOf(), locale()) : QString();
    QString text;
    switch (stage) {
    case Stage::Reading:
    case Stage::Empty:
        break;
    case Stage::Replaying:
    case Stage::Shown:
        //: Banner above the pages when a session starts. %1 is a date and time.
        text = tr("The jobs and runs shown come from this profile's history, as of %1. They are checked with "
                  "the server once it is connected.")
                   .arg(asOf);
        break;
    case Stage::Checking:
        //: Banner above the pages when a session starts. %1 is a date and time.
        text = tr("The jobs and runs shown come from this profile's history, as of %1. Checking the ones on "
                  "screen with the server…")
                   .arg(asOf);
        break;
    case Stage::Checked:
        //: Banner above the pages. %1 is the date and time of the history, %2 when the server was asked.
        text = tr("The jobs and runs from this profile's history (as of %1) were checked with the server at "
                  "%2. Those it no longer knows are marked and shown as last seen.")
                   .arg(asOf, TimestampDelegate::format(m_history->checkedAt(), locale()));
        break;
    }
    if (!text.isEmpty() && m_history->isReadingOlder())
        //: On the banner about rows from the journal, while older rows are still being read after the newest
        //: ones were shown.
        text += u' ' + tr("Older jobs and runs are still being read from the history.");
    if (!text.isEmpty())
        text += holesText();
    m_text->setText(text);
    setVisible(!text.isEmpty() && !m_hidden);
}

} // namespace dispatch
