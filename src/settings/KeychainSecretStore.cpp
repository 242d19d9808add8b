// SPDX-License-Identifier: MIT
#include "settings/KeychainSecretStore.h"

#include "coro/CoroutineWakeup.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace dispatch {

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

QCoro::Task<SecretStore::Result> KeychainSecretStore::run(QKeychain::Job* job,
                                                          std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    CoroutineWakeup wakeup;
    bool finished = false;
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, job, [&] {
        timedOut = true;
        wakeup.wake();
    });
    const QMetaObject::Connection done = QObject::connect(job, &QKeychain::Job::finished, job, [&] {
        finished = true;
        wakeup.wake();
    });
    timer.start(timeout);
    job->start(); // may finish at once (no backend at all)
    if (!finished)
        co_await wakeup.wait();
    QObject::disconnect(done);
    timer.stop();

    Result result;
    if (timedOut && !finished) {
        // The job lives on until the keyring answers; it deletes itself then.
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        result.error = Error::OtherError;
        result.message = QCoreApplication::translate("KeychainSecretStore", "The keyring did not answer.");
        co_return result;
    }
    result.error = static_cast<Error>(job->error());
    result.message = job->errorString();
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job); read && !job->error())
        result.secret = read->textData();
    job->deleteLater();
    co_return result;
}

QCoro::Task<SecretStore::Result> KeychainSecretStore::read(QString key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    co_return co_await run(job, m_timeout);
}

QCoro::Task<SecretStore::Result> KeychainSecretStore::write(QString key, QString secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    co_return co_await run(job, m_timeout);
}

QCoro::Task<SecretStore::Result> KeychainSecretStore::remove(QString key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    co_return co_await run(job, m_timeout);
}

} // namespace dispatch
