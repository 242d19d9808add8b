// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <exception>

namespace dispatch {

class DispatchError;

// A client error in words an operator understands, with the server's own message kept underneath:
//   headline: "This token may not enqueue jobs."
//   detail:   "Server: insufficient permissions (403). The token needs the scope job:write."
// The error's kind says what kind of failure it was; the method it carries (set where the call failed) says
// what the person was trying to do, which is what turns "403" into a sentence (architecture.md "Errors").
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    QString headline;
    QString detail;

    static ErrorText describe(const DispatchError& error);
    // Any exception a task may end with; foreign ones are described by their what().
    static ErrorText describe(const std::exception_ptr& error);

    QString toPlainText() const; // headline, a newline, detail

    // A server's error text as a detail view shows it: whole up to kDetailChars, else its start and a
    // sentence saying how much is left out. A wrapped text box or label lays out its whole text at once, and
    // a 2 MB error with no spaces took minutes (issue 16 item 4).
    static constexpr qsizetype kDetailChars = 10000;
    static QString forDetail(const QString& serverText);
    QString toHtml() const; // headline in bold, detail smaller below

private:
    // One whole sentence per method and kind of failure ("This token may not enqueue jobs.").
    static QString deniedSentence(const QString& method);
    static QString unsupportedSentence(const QString& method);
    static QString failedSentence(const QString& method);
    static QString unreadableSentence(const QString& method);
    static QString headlineOf(const DispatchError& error);
    static QString badRequestHeadline(const DispatchError& error);
};

} // namespace dispatch
