// SPDX-License-Identifier: MIT
#include "session/PlainTextTokenQuestion.h"

namespace dispatch {

PlainTextTokenQuestion::PlainTextTokenQuestion(QString profile, QUrl url, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_url(std::move(url))
{
}

PlainTextTokenQuestion::~PlainTextTokenQuestion()
{
    answer(false, false); // nobody answered: the token stays here
}

void PlainTextTokenQuestion::answer(bool send, bool remember)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(send, remember && send && !m_profile.isEmpty());
}

} // namespace dispatch
