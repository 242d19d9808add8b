// SPDX-License-Identifier: MIT
// CertificateProblem::summary(): the sentence the trust dialog, the status bar and dispatchctl show (issue 17
// item 13: whole sentences, never fragments glued by placeholders).
#include "protocol/CertificateProblem.h"

#include <QTest>

using dispatch::CertificateProblem;
using Kind = CertificateProblem::Kind;

class CertificateProblemTest : public QObject
{
    Q_OBJECT

    static CertificateProblem problem(QList<Kind> kinds, const QString& host)
    {
        CertificateProblem problem;
        problem.errorKinds = kinds;
        problem.host = host;
        problem.subject = QStringLiteral("other.example");
        problem.issuer = QStringLiteral("Example CA");
        problem.expires = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
        problem.errors = {QStringLiteral("first error"), QStringLiteral("second error")};
        problem.sha256Fingerprint = QByteArray::fromHex("abcd01");
        return problem;
    }

private slots:
    void oneSentencePerKind_data()
    {
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        const QString print = QStringLiteral(" Its SHA-256 fingerprint is ab:cd:01.");
        QTest::newRow("self-signed, host")
            << QList<Kind>{Kind::SelfSigned} << QStringLiteral("dispatch.example")
            << QStringLiteral("The server's certificate for host dispatch.example is self-signed.") + print;
        QTest::newRow("self-signed, no host")
            << QList<Kind>{Kind::SelfSigned} << QString()
            << QStringLiteral("The server's certificate is self-signed.") + print;
        QTest::newRow("expired")
            << QList<Kind>{Kind::Expired} << QStringLiteral("h")
            << QStringLiteral("The server's certificate for host h expired on 2026-01-31T12:00:00Z.") + print;
        QTest::newRow("name mismatch")
            << QList<Kind>{Kind::HostNameMismatch} << QStringLiteral("h")
            << QStringLiteral("The server's certificate for host h was issued for a different name "
                              "(other.example).") +
                   print;
        QTest::newRow("untrusted issuer, no host")
            << QList<Kind>{Kind::UntrustedIssuer} << QString()
            << QStringLiteral(
                   "The server's certificate is signed by an authority this computer does not trust "
                   "(Example CA).") +
                   print;
        QTest::newRow("other")
            << QList<Kind>{Kind::Other} << QStringLiteral("h")
            << QStringLiteral(
                   "The server's certificate for host h was not accepted: first error; second error.") +
                   print;
        // Self-signed comes first even when Qt also reports the issuer untrusted and the name wrong: it is
        // what the operator has to decide about.
        QTest::newRow("self-signed wins")
            << QList<Kind>{Kind::UntrustedIssuer, Kind::HostNameMismatch, Kind::SelfSigned}
            << QStringLiteral("h")
            << QStringLiteral("The server's certificate for host h is self-signed.") + print;
        QTest::newRow("revoked before untrusted")
            << QList<Kind>{Kind::UntrustedIssuer, Kind::Revoked} << QStringLiteral("h")
            << QStringLiteral("The server's certificate for host h has been revoked.") + print;
    }
    void oneSentencePerKind()
    {
        QFETCH(QList<Kind>, kinds);
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QCOMPARE(problem(kinds, host).summary(), expected);
    }

    void noCertificateIsSaid()
    {
        CertificateProblem noCertificate = problem({Kind::Other}, QStringLiteral("h"));
        noCertificate.sha256Fingerprint.clear();
        QVERIFY2(noCertificate.summary().endsWith(QStringLiteral(" The server presented no certificate.")),
                 qPrintable(noCertificate.summary()));
    }
};

QTEST_GUILESS_MAIN(CertificateProblemTest)
#include "tst_certificate_problem.moc"
