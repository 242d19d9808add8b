// SPDX-License-Identifier: MIT
#include "session/CertificateTrustQuestion.h"

namespace dispatch {

CertificateTrustQuestion::CertificateTrustQuestion(QString profile, CertificateProblem problem,
                                                   QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_problem(std::move(problem))
{
}

CertificateTrustQuestion::~CertificateTrustQuestion()
{
    answer(false);
}

void CertificateTrustQuestion::answer(bool trust)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(trust);
}

} // namespace dispatch
