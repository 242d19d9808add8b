// SPDX-License-Identifier: MIT
#pragma once

#include "coro/CoroutineWakeup.h"
#include "settings/SecretStore.h"

#include <QHash>
#include <QTimer>
#include <memory>

namespace testsupport {

// A keyring that behaves like QtKeychain: answers later from the event loop (never inside the call), with
// QKeychain's error codes, EntryNotFound for a missing entry. `failure` makes every operation fail the way a
// missing or refusing backend does. Entries live in `entries`, which tests share between vaults to play a
// restart.
class FakeSecretStore : public dispatch::SecretStore
{
public:
    explicit FakeSecretStore(
        std::shared_ptr<QHash<QString, QString>> entries = std::make_shared<QHash<QString, QString>>(),
        Error failure = Error::NoError, QString failureMessage = {})
        : m_entries(std::move(entries)), m_failure(failure), m_failureMessage(std::move(failureMessage))
    {
    }

    int calls = 0;

    QCoro::Task<Result> read(QString key) override
    {
        co_await later();
        Result result = failed();
        if (result.error == Error::NoError) {
            if (m_entries->contains(key))
                result.secret = m_entries->value(key);
            else
                result = {Error::EntryNotFound, QStringLiteral("Entry not found"), {}};
        }
        co_return result;
    }
    QCoro::Task<Result> write(QString key, QString secret) override
    {
        co_await later();
        Result result = failed();
        if (result.error == Error::NoError)
            m_entries->insert(key, secret);
        co_return result;
    }
    QCoro::Task<Result> remove(QString key) override
    {
        co_await later();
        Result result = failed();
        if (result.error == Error::NoError && !m_entries->remove(key))
            result = {Error::EntryNotFound, QStringLiteral("Entry not found"), {}};
        co_return result;
    }

private:
    QCoro::Task<void> later()
    {
        ++calls;
        dispatch::CoroutineWakeup wakeup;
        QTimer::singleShot(0, [&wakeup] { wakeup.wake(); });
        co_await wakeup.wait();
    }
    Result failed() const { return {m_failure, m_failureMessage, {}}; }

    std::shared_ptr<QHash<QString, QString>> m_entries;
    Error m_failure;
    QString m_failureMessage;
};

} // namespace testsupport
