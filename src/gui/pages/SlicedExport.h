// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSaveFile>
#include <functional>
#include <memory>
#include <optional>

namespace dispatch {

// Writes a file of many rows in slices between event-loop turns, so that the window stays live and the
// export can be cancelled; the file appears only when complete (QSaveFile). What a row is, and how it reads,
// is the caller's: lineAt(i) gives row i's bytes, or nullopt when that row went away since the export
// began (counted in skippedCount()).
class SlicedExport : public QObject
{
    Q_OBJECT

public:
    using LineAt = std::function<std::optional<QByteArray>(qsizetype index)>;

    // Rows per slice: large enough that a 100 000-row export is quick, small enough that one slice stays well
    // under a frame.
    static constexpr qsizetype kSliceRows = 2000;

    explicit SlicedExport(QObject* parent = nullptr);
    ~SlicedExport() override;

    // Returns false (see errorString()) if the file cannot be opened. `separator` goes between two written
    // rows (",\n" in a JSON array), `header` and `footer` around them.
    bool startWriting(const QString& path, qsizetype count, LineAt lineAt, const QByteArray& header = {},
                      const QByteArray& footer = {}, const QByteArray& separator = {});
    void cancel();

    bool isRunning() const { return m_running; }
    qsizetype total() const { return m_count; }
    qsizetype written() const { return m_next; }
    qsizetype skippedCount() const { return m_skipped; }
    QString errorString() const { return m_error; }

    static QByteArray csvField(const QString& text); // RFC 4180 quoting

signals:
    void progress(qsizetype written, qsizetype total);
    void finished(bool ok); // false: failed or cancelled (see errorString())

private:
    void writeSlice();
    void finish(bool ok, const QString& error = {});

    std::unique_ptr<QSaveFile> m_file;
    LineAt m_lineAt;
    QByteArray m_footer;
    QByteArray m_separator;
    qsizetype m_count = 0;
    qsizetype m_next = 0;
    qsizetype m_skipped = 0;
    bool m_anyWritten = false;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace dispatch
