// SPDX-License-Identifier: MIT
#include "session/TokenQuestion.h"

namespace dispatch {

TokenQuestion::TokenQuestion(QString profile, QUrl url, QString serverMessage, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_url(std::move(url)),
      m_serverMessage(std::move(serverMessage))
{
}

TokenQuestion::~TokenQuestion()
{
    answer(QString()); // nobody answered: no token, no new attempt
}

void TokenQuestion::answer(const QString& token)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(token);
}

} // namespace dispatch
