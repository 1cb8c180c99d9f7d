// Salted, slow password hashes.

#include "catchqt.h"

#include "passwordhasher.h"
#include "signinthrottle.h"

#include <QDateTime>

#include <QStringList>

#include <catch2/catch.hpp>

TEST_CASE("core/Password hashes verify the right password only", "[core][password]")
{
    const QString password = QStringLiteral("correct horse battery staple");
    const QString hash = PasswordHasher::hash(password);
    REQUIRE_FALSE(hash.isEmpty());
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(password));

    CHECK(PasswordHasher::verify(password, hash));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("correct horse battery stapl"), hash));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("Correct horse battery staple"), hash));
    CHECK_FALSE(PasswordHasher::verify(password + QStringLiteral(" "), hash));
    CHECK_FALSE(PasswordHasher::verify(QString(), hash));
    CHECK_FALSE(PasswordHasher::needsRehash(hash));
}

TEST_CASE("core/Two hashes of one password differ, and both verify", "[core][password]")
{
    const QString password = QStringLiteral("s3cret");
    const QString a = PasswordHasher::hash(password);
    const QString b = PasswordHasher::hash(password);
    CHECK(a != b);
    CHECK(PasswordHasher::verify(password, a));
    CHECK(PasswordHasher::verify(password, b));
}

TEST_CASE("core/Unicode and empty passwords", "[core][password]")
{
    const QString unicode = QStringLiteral("пароль \U0001F511 密码");
    const QString hash = PasswordHasher::hash(unicode);
    CHECK(PasswordHasher::verify(unicode, hash));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("пароль"), hash));

    const QString empty = PasswordHasher::hash(QString());
    REQUIRE_FALSE(empty.isEmpty());
    CHECK(PasswordHasher::verify(QString(), empty));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral(" "), empty));
}

TEST_CASE("core/Malformed or tampered hashes never verify", "[core][password]")
{
    const QString password = QStringLiteral("pw");
    const QString hash = PasswordHasher::hash(password);
    REQUIRE(PasswordHasher::verify(password, hash));

    QString tampered = hash;
    const qsizetype last = tampered.size() - 1;
    tampered[last] = tampered[last] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

    for (const QString &bad : QStringList{QString(), QStringLiteral("pw"), QStringLiteral("$argon2id$"),
                               tampered, hash.left(hash.size() - 5), hash + QStringLiteral("x"),
                               QString(500, QLatin1Char('$')), QStringLiteral("пароль")}) {
        CAPTURE(bad);
        CHECK_FALSE(PasswordHasher::verify(password, bad));
    }
    CHECK(PasswordHasher::needsRehash(QString()));
    CHECK(PasswordHasher::needsRehash(QStringLiteral("plain text")));
}

TEST_CASE("core/Hashes use Argon2id with OWASP's minimum cost, and older parameters ask for a rehash", "[core][password]")
{
    const QString hash = PasswordHasher::hash(QStringLiteral("s3cret"));
    // m in KiB: 19 MiB; t: 2 passes; p: 1 lane.
    CHECK(hash.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
    CHECK_FALSE(PasswordHasher::needsRehash(hash));
    // A hash made with libsodium's "interactive" cost (64 MiB) is still accepted, but flagged.
    const QString older = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                         "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI");
    CHECK(PasswordHasher::needsRehash(older));
}

TEST_CASE("core/The dummy hash costs a verify like a real one and matches no password", "[core][password]")
{
    // Issue #14, finding 5: an unknown login is verified against it, with the same parameters as
    // every stored hash (needsRehash false), and nothing has to be hashed to make it.
    const QString &dummy = PasswordHasher::dummyHash();
    CHECK(dummy.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
    CHECK_FALSE(PasswordHasher::needsRehash(dummy));
    const QString real = PasswordHasher::hash(QStringLiteral("x"));
    CHECK(dummy.section(u'$', 0, 3) == real.section(u'$', 0, 3));   // the same algorithm and parameters
    CHECK(dummy.size() == real.size());
    for (const QString &password : {QString(), QStringLiteral("x"), QStringLiteral("decoy password"), dummy})
        CHECK_FALSE(PasswordHasher::verify(password, dummy));
    CHECK(&PasswordHasher::dummyHash() == &dummy);   // made once
}

TEST_CASE("core/The wait after failed sign-ins doubles up to its cap", "[core][password]")
{
    CHECK(SignInThrottle::waitSeconds(0) == 0);
    CHECK(SignInThrottle::waitSeconds(1) == 1);
    CHECK(SignInThrottle::waitSeconds(2) == 2);
    CHECK(SignInThrottle::waitSeconds(3) == 4);
    CHECK(SignInThrottle::waitSeconds(6) == 32);
    CHECK(SignInThrottle::waitSeconds(9) == 256);
    CHECK(SignInThrottle::waitSeconds(10) == SignInThrottle::MaxWaitSeconds);
    CHECK(SignInThrottle::waitSeconds(1000000) == SignInThrottle::MaxWaitSeconds);
    const QDateTime failed = QDateTime::fromSecsSinceEpoch(1000000, Qt::UTC);
    const QDateTime allowed = SignInThrottle::allowedFrom(3, failed);
    CHECK(allowed == failed.addSecs(4));
    CHECK(SignInThrottle::secondsLeft(allowed, failed) == 4);
    CHECK(SignInThrottle::secondsLeft(allowed, failed.addMSecs(3001)) == 1);   // rounded up
    CHECK(SignInThrottle::secondsLeft(allowed, allowed) == 0);
    CHECK(SignInThrottle::secondsLeft(QDateTime(), failed) == 0);
}
