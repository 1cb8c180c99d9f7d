// The validator's building blocks: normalisation, TIN and INN, e-mail, phone, website.

#include "catchqt.h"

#include "leadvalidator.h"

#include <QRandomGenerator>

#include <QStringList>

#include <catch2/catch.hpp>

#include <array>
#include <utility>
#include <vector>

namespace {

// The Russian INN check digits, written out from the published algorithm.
int innControl(const QString &digits, const std::vector<int> &weights)
{
    int sum = 0;
    for (size_t i = 0; i < weights.size(); ++i)
        sum += weights[i] * digits.at(int(i)).digitValue();
    return (sum % 11) % 10;
}

bool referenceInnOk(const QString &inn)
{
    if (inn.size() == 10)
        return innControl(inn, {2, 4, 10, 3, 5, 9, 4, 6, 8}) == inn.at(9).digitValue();
    if (inn.size() == 12) {
        return innControl(inn, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == inn.at(10).digitValue()
            && innControl(inn, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == inn.at(11).digitValue();
    }
    return false;
}

} // namespace

TEST_CASE("core/normaliseLine folds whitespace and control characters into single spaces",
          "[core][normalise]")
{
    const std::vector<std::pair<QString, QString>> cases = {
        {QString(), QString()},
        {QStringLiteral("   "), QString()},
        {QStringLiteral("abc"), QStringLiteral("abc")},
        {QStringLiteral("  a  b  "), QStringLiteral("a b")},
        {QStringLiteral("a\nb"), QStringLiteral("a b")},
        {QStringLiteral("a\r\nb"), QStringLiteral("a b")},
        {QStringLiteral("a\rb"), QStringLiteral("a b")},
        {QStringLiteral("a\tb"), QStringLiteral("a b")},
        {QStringLiteral("a\n\n\t \r\nb"), QStringLiteral("a b")},
        {QStringLiteral("a\u2028b\u2029c"), QStringLiteral("a b c")},
        {QStringLiteral("a\u00A0b"), QStringLiteral("a b")},
        {QStringLiteral("a\u0085b"), QStringLiteral("a b")},
        {QStringLiteral("a\u0001b\u007Fc"), QStringLiteral("a b c")},
        {QStringLiteral("\uFEFFHello"), QStringLiteral("Hello")},
        {QStringLiteral("Привет,\nмир"), QStringLiteral("Привет, мир")},
        // Plain text with single spaces is left as it is; a space at either end or a second one is not.
        {QStringLiteral("Иван Петров, ООО Ромашка ~1"), QStringLiteral("Иван Петров, ООО Ромашка ~1")},
        {QStringLiteral(" Иван"), QStringLiteral("Иван")},
        {QStringLiteral("Иван "), QStringLiteral("Иван")},
        {QStringLiteral("Иван  Петров"), QStringLiteral("Иван Петров")},
        {QStringLiteral(" "), QString()},
        {QStringLiteral("x\u0400\u04FF\u0500y"), QStringLiteral("x\u0400\u04FF\u0500y")},
        {QStringLiteral(" \U0001F680 Rocket "), QStringLiteral("\U0001F680 Rocket")},
        // Joiners inside emoji sequences are kept.
        {QStringLiteral("\U0001F468\u200D\U0001F469"), QStringLiteral("\U0001F468\u200D\U0001F469")},
        // Half an emoji becomes the replacement character.
        {QString(QChar(0xD83D)) + QStringLiteral("x"), QStringLiteral("\uFFFDx")},
        {QStringLiteral("x") + QString(QChar(0xDE80)), QStringLiteral("x\uFFFD")},
    };
    for (const auto &[input, expected] : cases) {
        CAPTURE(input);
        CHECK(LeadValidator::normaliseLine(input) == expected);
        CHECK(LeadValidator::normaliseLine(expected) == expected);   // idempotent
    }
    // Never null, even for a null line: a null string is bound as NULL on PostgreSQL.
    CHECK_FALSE(LeadValidator::normaliseLine(QString()).isNull());
    CHECK_FALSE(LeadValidator::normaliseLine(QStringLiteral("")).isNull());
    // A one-line field in which a nul character was pasted.
    CHECK(LeadValidator::normaliseLine(QString(QChar(0)) + QStringLiteral("a"))
          == QStringLiteral("a"));
}

TEST_CASE("core/normaliseText keeps lines, unifies line ends and trims the ends", "[core][normalise]")
{
    const std::vector<std::pair<QString, QString>> cases = {
        {QString(), QString()},
        {QStringLiteral(" \n "), QString()},
        {QStringLiteral("a\r\nb"), QStringLiteral("a\nb")},
        {QStringLiteral("a\rb"), QStringLiteral("a\nb")},
        {QStringLiteral("a\r\n\r\nb"), QStringLiteral("a\n\nb")},
        {QStringLiteral("a\u2028b"), QStringLiteral("a\nb")},
        {QStringLiteral("a\tb"), QStringLiteral("a\tb")},
        {QStringLiteral("a\u0007b"), QStringLiteral("a b")},
        {QStringLiteral("\uFEFFa"), QStringLiteral("a")},
        {QStringLiteral("  x  \n  y  "), QStringLiteral("x  \n  y")},
        {QStringLiteral("\U0001F680\n\U0001F680"), QStringLiteral("\U0001F680\n\U0001F680")},
        {QString(QChar(0xDE80)), QStringLiteral("\uFFFD")},
    };
    for (const auto &[input, expected] : cases) {
        CAPTURE(input);
        CHECK(LeadValidator::normaliseText(input) == expected);
        CHECK(LeadValidator::normaliseText(expected) == expected);
    }
}

TEST_CASE("core/characterCount counts code points", "[core][normalise]")
{
    CHECK(LeadValidator::characterCount(QString()) == 0);
    CHECK(LeadValidator::characterCount(QStringLiteral("abc")) == 3);
    CHECK(LeadValidator::characterCount(QStringLiteral("пример")) == 6);
    CHECK(LeadValidator::characterCount(QStringLiteral("\U0001F680")) == 1);
    CHECK(LeadValidator::characterCount(QStringLiteral("a\U0001F680b")) == 3);
    CHECK(LeadValidator::characterCount(QString(QChar(0xD83D))) == 1);
    CHECK(LeadValidator::characterCount(QString(QChar(0xDE80)) + QString(QChar(0xD83D))) == 2);
}

TEST_CASE("core/normaliseWebsite", "[core][normalise][website]")
{
    const std::vector<std::pair<QString, QString>> good = {
        {QStringLiteral("acme.ru"), QStringLiteral("https://acme.ru")},
        {QStringLiteral("  acme.ru  "), QStringLiteral("https://acme.ru")},
        {QStringLiteral("http://acme.ru"), QStringLiteral("http://acme.ru")},
        {QStringLiteral("https://acme.ru/"), QStringLiteral("https://acme.ru/")},
        {QStringLiteral("HTTPS://Acme.RU/Path"), QStringLiteral("https://acme.ru/Path")},
        {QStringLiteral("www.acme.ru/about?x=1#top"), QStringLiteral("https://www.acme.ru/about?x=1#top")},
        {QStringLiteral("acme.ru:8080"), QStringLiteral("https://acme.ru:8080")},
        {QStringLiteral("//acme.ru"), QStringLiteral("https://acme.ru")},
        {QStringLiteral("sub.domain.acme.co.uk"), QStringLiteral("https://sub.domain.acme.co.uk")},
        {QStringLiteral("my-company.ru"), QStringLiteral("https://my-company.ru")},
        {QStringLiteral("пример.рф"), QStringLiteral("https://пример.рф")},
        {QStringLiteral("ПРИМЕР.РФ"), QStringLiteral("https://пример.рф")},
        {QStringLiteral("https://пример.рф/путь"), QStringLiteral("https://пример.рф/путь")},
        {QStringLiteral("https://xn--e1afmkfd.xn--p1ai"), QStringLiteral("https://пример.рф")},
        {QStringLiteral("münchen.de"), QStringLiteral("https://münchen.de")},
        {QStringLiteral("192.168.0.1"), QStringLiteral("https://192.168.0.1")},
    };
    for (const auto &[input, expected] : good) {
        CAPTURE(input);
        CHECK(LeadValidator::normaliseWebsite(input) == expected);
        CHECK(LeadValidator::normaliseWebsite(expected) == expected);   // idempotent
    }

    for (const QString &bad :
         QStringList{QString(), QStringLiteral(" "), QStringLiteral("acme"), QStringLiteral("localhost"),
          QStringLiteral("http://localhost"), QStringLiteral("ftp://acme.ru"),
          QStringLiteral("file:///etc/passwd"), QStringLiteral("mailto:a@acme.ru"),
          QStringLiteral("javascript:alert(1)"), QStringLiteral("http://"),
          QStringLiteral("https://.ru"), QStringLiteral("acme..ru"), QStringLiteral("ac me.ru"),
          QStringLiteral("acme.ru/a b"), QStringLiteral("acme.ru\n/x"),
          QStringLiteral("http://user:pw@acme.ru"), QStringLiteral("https://acme.ru:99999"),
          QStringLiteral("-acme.ru"), QStringLiteral("acme-.ru"), QStringLiteral("acme.r"),
          QStringLiteral("acme.ru."), QStringLiteral("a_b.ru"), QStringLiteral("1.2.3"),
          QStringLiteral("999.1.1.1"), QStringLiteral("\U0001F680.com"),
          QStringLiteral("acme.ru") + QString(QChar(0xD83D)), QStringLiteral("https:///acme.ru"),
          QStringLiteral("http//acme.ru"), QStringLiteral("0x7f.1"), QStringLiteral("1.2.3.4.5")}) {
        CAPTURE(bad);
        CHECK(LeadValidator::normaliseWebsite(bad).isEmpty());
    }
}

TEST_CASE("core/normaliseTin and isValidTin", "[core][normalise][tin]")
{
    CHECK(LeadValidator::normaliseTin(QStringLiteral(" 77 07 083 893 ")) == QStringLiteral("7707083893"));
    CHECK(LeadValidator::normaliseTin(QStringLiteral("7707\t08\u00A03893")) == QStringLiteral("7707083893"));
    CHECK(LeadValidator::normaliseTin(QStringLiteral("77-07 AB")) == QStringLiteral("77-07AB"));
    CHECK(LeadValidator::normaliseTin(QString()).isEmpty());

    for (int length = 0; length <= 14; ++length) {
        CAPTURE(length);
        const QString digits(length, QLatin1Char('7'));
        CHECK(LeadValidator::isValidTin(digits) == (length == 9 || length == 10 || length == 12));
    }
    CHECK_FALSE(LeadValidator::isValidTin(QStringLiteral("77070838a3")));
    CHECK_FALSE(LeadValidator::isValidTin(QStringLiteral("7707 083893")));
    CHECK_FALSE(LeadValidator::isValidTin(QStringLiteral("٧٧٠٧٠٨٣٨٩٣")));
}

TEST_CASE("core/innChecksumOk: known INNs and every single-digit mutation of them",
          "[core][normalise][tin]")
{
    const QString valid[] = {
        QStringLiteral("7707083893"),     // Sberbank
        QStringLiteral("7736050003"),     // Gazprom
        QStringLiteral("7702070139"),     // VTB
        QStringLiteral("500100732259"),   // a person's 12-digit INN
    };
    for (const QString &inn : valid) {
        CAPTURE(inn);
        REQUIRE(referenceInnOk(inn));
        CHECK(LeadValidator::innChecksumOk(inn));
        int caught = 0;
        int mutations = 0;
        for (int position = 0; position < inn.size(); ++position) {
            for (char d = '0'; d <= '9'; ++d) {
                QString mutated = inn;
                if (mutated[position] == QLatin1Char(d))
                    continue;
                mutated[position] = QLatin1Char(d);
                CAPTURE(mutated);
                CHECK(LeadValidator::innChecksumOk(mutated) == referenceInnOk(mutated));
                ++mutations;
                caught += LeadValidator::innChecksumOk(mutated) ? 0 : 1;
            }
        }
        // "Most typos are caught."
        CHECK(caught * 10 >= mutations * 8);
    }

    SECTION("a deterministic sweep of random numbers agrees with the reference")
    {
        QRandomGenerator random(20261126);
        for (int i = 0; i < 5000; ++i) {
            const int length = (i % 2) ? 10 : 12;
            QString inn;
            for (int k = 0; k < length; ++k)
                inn += QChar(u'0' + random.bounded(10));
            CAPTURE(inn);
            CHECK(LeadValidator::innChecksumOk(inn) == referenceInnOk(inn));
        }
    }
    SECTION("other lengths and non-digits never pass")
    {
        CHECK_FALSE(LeadValidator::innChecksumOk(QString()));
        CHECK_FALSE(LeadValidator::innChecksumOk(QStringLiteral("123456789")));
        CHECK_FALSE(LeadValidator::innChecksumOk(QStringLiteral("77070838931")));
        CHECK_FALSE(LeadValidator::innChecksumOk(QStringLiteral("770708389A")));
        CHECK_FALSE(LeadValidator::innChecksumOk(QStringLiteral("7707 83893")));
        CHECK_FALSE(LeadValidator::innChecksumOk(QStringLiteral("٧٧٠٧٠٨٣٨٩٣")));
    }
}

TEST_CASE("core/normaliseEmail and isValidEmail", "[core][normalise][email]")
{
    const std::vector<std::pair<QString, QString>> normalised = {
        {QStringLiteral("  user@example.com "), QStringLiteral("user@example.com")},
        {QStringLiteral("User.Name@Example.COM"), QStringLiteral("User.Name@example.com")},
        {QStringLiteral("user@ПРИМЕР.РФ"), QStringLiteral("user@пример.рф")},
        {QStringLiteral("mailto:user@example.com"), QStringLiteral("user@example.com")},
        {QStringLiteral("MAILTO: user@Example.com"), QStringLiteral("user@example.com")},
        {QStringLiteral("<user@example.com>"), QStringLiteral("user@example.com")},
        {QStringLiteral("no at sign"), QStringLiteral("no at sign")},
        {QString(), QString()},
    };
    for (const auto &[input, expected] : normalised) {
        CAPTURE(input);
        CHECK(LeadValidator::normaliseEmail(input) == expected);
    }

    for (const QString &good :
         QStringList{QStringLiteral("user@example.com"), QStringLiteral("a@b.co"),
          QStringLiteral("first.last@example.com"), QStringLiteral("user+tag@example.com"),
          QStringLiteral("o'brien@example.ie"), QStringLiteral("user_name-1@mail.example.co.uk"),
          QStringLiteral("USER@EXAMPLE.COM"), QStringLiteral("user@пример.рф"),
          QStringLiteral("пользователь@пример.рф"), QStringLiteral("user@xn--e1afmkfd.xn--p1ai"),
          QStringLiteral("user@münchen.de"), QStringLiteral("δοκιμή@παράδειγμα.δοκιμή"),
          QStringLiteral("用户@例子.广告"), QStringLiteral("user@my-company.ru"),
          QStringLiteral("1234@example.com"), QString(64, QLatin1Char('a')) + QStringLiteral("@example.com")}) {
        CAPTURE(good);
        CHECK(LeadValidator::isValidEmail(good));
    }

    for (const QString &bad :
         QStringList{QString(), QStringLiteral("user"), QStringLiteral("user@"), QStringLiteral("@example.com"),
          QStringLiteral("user@@example.com"), QStringLiteral("a@b@example.com"),
          QStringLiteral("us er@example.com"), QStringLiteral("user@exa mple.com"),
          QStringLiteral(" user@example.com"), QStringLiteral("user@example.com\n"),
          QStringLiteral("user\t@example.com"), QStringLiteral("user@example"),
          QStringLiteral("user@.example.com"), QStringLiteral("user@example..com"),
          QStringLiteral("user..name@example.com"), QStringLiteral(".user@example.com"),
          QStringLiteral("user.@example.com"), QStringLiteral("user@example.com."),
          QStringLiteral("user@-example.com"), QStringLiteral("user@example-.com"),
          QStringLiteral("user@example.c"), QStringLiteral("user@123.456"),
          QStringLiteral("user@[127.0.0.1]"), QStringLiteral("\"quoted\"@example.com"),
          QStringLiteral("user@exa_mple.com"), QStringLiteral("user,name@example.com"),
          QStringLiteral("user(comment)@example.com"), QStringLiteral("user@\U0001F680.com"),
          QStringLiteral("user@example.com") + QString(QChar(0xD83D)),
          QStringLiteral("us\u200Ber@example.com"),
          QString(65, QLatin1Char('a')) + QStringLiteral("@example.com"),
          QStringLiteral("user@") + QString(64, QLatin1Char('a')) + QStringLiteral(".com")}) {
        CAPTURE(bad);
        CHECK_FALSE(LeadValidator::isValidEmail(bad));
    }
}

TEST_CASE("core/phoneDigits and isValidPhone", "[core][normalise][phone]")
{
    CHECK(LeadValidator::phoneDigits(QStringLiteral("+7 (495) 123-45-67")) == QStringLiteral("74951234567"));
    CHECK(LeadValidator::phoneDigits(QStringLiteral("abc")).isEmpty());
    CHECK(LeadValidator::phoneDigits(QStringLiteral("１２３")).isEmpty());   // ASCII digits only

    for (int digits = 0; digits <= 25; ++digits) {
        CAPTURE(digits);
        CHECK(LeadValidator::isValidPhone(QString(digits, QLatin1Char('5')))
              == (digits >= 5 && digits <= 20));
    }
    for (const QString &good : QStringList{QStringLiteral("+7 (495) 123-45-67"), QStringLiteral(" +7 495 1234567"),
                                QStringLiteral("8.800.555.35.35"), QStringLiteral("(12) 345"),
                                QStringLiteral("12\u00A0345")}) {
        CAPTURE(good);
        CHECK(LeadValidator::isValidPhone(good));
    }
    for (const QString &bad : QStringList{QString(), QStringLiteral("+7 495 CALL"), QStringLiteral("7+4951234567"),
                               QStringLiteral("+ +74951234567"), QStringLiteral("(495 1234567"),
                               QStringLiteral("((495)) 1234567"), QStringLiteral("12345\n6"),
                               QStringLiteral("12345*")}) {
        CAPTURE(bad);
        CHECK_FALSE(LeadValidator::isValidPhone(bad));
    }
}

TEST_CASE("core/Normalisers survive random input", "[core][normalise]")
{
    QRandomGenerator random(42);
    const std::array<char32_t, 16> pool = {U'a', U'Я', U' ', U'\n', U'\t', U'.', U'@', U'-',
                                           U'1', U'/', U':', 0x1F680, 0xD83D, 0x200D, 0xFEFF, 0};
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const int length = random.bounded(30);
        for (int k = 0; k < length; ++k) {
            const char32_t c = pool[random.bounded(int(pool.size()))];
            if (c == 0xD83D)
                text += QChar(0xD83D);   // a lone high surrogate
            else
                text += QString::fromUcs4(&c, 1);
        }
        CAPTURE(i);
        const QString line = LeadValidator::normaliseLine(text);
        CHECK(LeadValidator::normaliseLine(line) == line);
        CHECK_FALSE(line.contains(QLatin1Char('\n')));
        const QString longText = LeadValidator::normaliseText(text);
        CHECK(LeadValidator::normaliseText(longText) == longText);
        const QString website = LeadValidator::normaliseWebsite(text);
        if (!website.isEmpty())
            CHECK(LeadValidator::normaliseWebsite(website) == website);
        LeadValidator::isValidEmail(LeadValidator::normaliseEmail(text));
        LeadValidator::isValidPhone(text);
        LeadValidator::innChecksumOk(LeadValidator::normaliseTin(text));
        CHECK(LeadValidator::characterCount(text) <= text.size());
    }
}
