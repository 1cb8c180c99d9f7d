#include "leadvalidator.h"

#include "lead.h"
#include "visibilityrules.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace {

constexpr char16_t ReplacementCharacter = 0xFFFD;
constexpr char16_t ByteOrderMark = 0xFEFF;
constexpr char16_t LineSeparator = 0x2028;
constexpr char16_t ParagraphSeparator = 0x2029;

// Calls f(ucs4) for each code point; an unpaired surrogate is passed as it is.
template<typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

bool isSurrogate(char32_t ucs4)
{
    return ucs4 >= 0xD800 && ucs4 <= 0xDFFF;
}

bool isControl(char32_t ucs4)
{
    return QChar::category(ucs4) == QChar::Other_Control;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.isEmpty();
}

void appendCodePoint(QString &out, char32_t ucs4)
{
    if (QChar::requiresSurrogates(ucs4)) {
        out.append(QChar(QChar::highSurrogate(ucs4)));
        out.append(QChar(QChar::lowSurrogate(ucs4)));
    } else {
        out.append(QChar(char16_t(ucs4)));
    }
}

// A host name label in its Unicode form: letters, digits and marks of any script, and hyphens
// inside. Emoji and punctuation are refused.
bool isValidUnicodeLabel(QStringView label)
{
    if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    bool ok = true;
    forEachCodePoint(label, [&ok](char32_t ucs4) {
        if (ucs4 == U'-')
            return;
        switch (QChar::category(ucs4)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            return;
        default:
            ok = false;
        }
    });
    return ok;
}

// The ASCII (punycode) form of a host: letters, digits, inner hyphens; labels up to 63.
bool isValidAceHost(const QString &ace)
{
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-'))) {
            return false;
        }
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || isAsciiDigit(c)
                || c == QLatin1Char('-');
            if (!ok)
                return false;
        }
    }
    return true;
}

bool isIpv4(const QStringList &labels)
{
    if (labels.size() != 4)
        return false;
    for (const QString &label : labels) {
        bool ok = false;
        if (!allAsciiDigits(label) || label.size() > 3 || label.toInt(&ok) > 255 || !ok)
            return false;
    }
    return true;
}

// A domain with at least one dot, valid in Unicode and in punycode. `allowIpv4` for websites.
bool isValidDomain(const QString &domain, bool allowIpv4)
{
    if (domain.isEmpty() || LeadValidator::characterCount(domain) > 253)
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    if (allowIpv4 && isIpv4(labels))
        return true;
    for (const QString &label : labels) {
        if (!isValidUnicodeLabel(label))
            return false;
    }
    // The top-level domain is a name: no digits only, at least two characters.
    const QString &tld = labels.last();
    if (allAsciiDigits(tld) || LeadValidator::characterCount(tld) < 2)
        return false;
    return isValidAceHost(QUrl::toAce(domain));
}

enum class PhoneProblem { None, Characters, DigitCount, Shape };

PhoneProblem phoneProblem(const QString &phone)
{
    int depth = 0;
    bool seenNonSpace = false;
    for (QChar c : phone) {
        if (isAsciiDigit(c) || c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QLatin1Char('-')
            || c == QLatin1Char('.')) {
            // fine anywhere
        } else if (c == QLatin1Char('+')) {
            if (seenNonSpace)
                return PhoneProblem::Shape;   // a plus only leads the number
        } else if (c == QLatin1Char('(')) {
            if (++depth > 1)
                return PhoneProblem::Shape;
        } else if (c == QLatin1Char(')')) {
            if (--depth < 0)
                return PhoneProblem::Shape;
        } else {
            return PhoneProblem::Characters;
        }
        if (c != QLatin1Char(' ') && c != QChar(0x00A0))
            seenNonSpace = true;
    }
    const qsizetype digits = LeadValidator::phoneDigits(phone).size();
    if (digits < 5 || digits > 20)
        return PhoneProblem::DigitCount;
    if (depth != 0)
        return PhoneProblem::Shape;
    return PhoneProblem::None;
}

// Collects issues, each prefixed with its field's label.
class Issues
{
public:
    explicit Issues(ValidationResult &result) : m_result(result) {}

    void error(LeadField field, const QString &message)
    {
        m_result.errors.append({field, message.arg(LeadFields::label(field))});
    }
    void warning(LeadField field, const QString &message)
    {
        m_result.warnings.append({field, message.arg(LeadFields::label(field))});
    }
    void tooLong(LeadField field, int maxLength, int length)
    {
        m_result.errors.append(
            {field, LeadValidator::tr("%1: must be at most %2 characters long (now %3)")
                        .arg(LeadFields::label(field), QString::number(maxLength),
                             QString::number(length))});
    }

private:
    ValidationResult &m_result;
};

// Normalises a shown one-line field and checks presence and length. Returns true when the
// value is non-empty and short enough, so that its format may be checked next.
bool checkLine(Issues &issues, LeadField field, QString &value, bool required, int maxLength)
{
    value = LeadValidator::normaliseLine(value);
    if (value.isEmpty()) {
        if (required)
            issues.error(field, LeadValidator::tr("%1: must be filled in"));
        return false;
    }
    const int length = LeadValidator::characterCount(value);
    if (length > maxLength) {
        issues.tooLong(field, maxLength, length);
        return false;
    }
    return true;
}

// What the checks below need: where issues go and which fields the rules show and require.
struct Checks
{
    Issues &issues;
    const FieldRules &rules;

    bool shown(LeadField field) const { return rules.isShown(field); }
    bool required(LeadField field) const { return rules.isRequired(field); }
};

// 7. Company website: "acme.ru" is stored as "https://acme.ru".
void checkWebsite(const Checks &c, Lead &lead, bool companyUndecided)
{
    const QString typed = LeadValidator::normaliseLine(lead.companyWebsite);
    lead.companyWebsite = typed;
    if (typed.isEmpty()) {
        if (c.required(LeadField::CompanyWebsite) && !companyUndecided)
            c.issues.error(LeadField::CompanyWebsite, LeadValidator::tr("%1: must be filled in"));
        return;
    }
    const QString website = LeadValidator::normaliseWebsite(typed);
    if (website.isEmpty()) {
        c.issues.error(LeadField::CompanyWebsite,
                       LeadValidator::tr("%1: enter a web address such as https://example.com"));
        return;
    }
    lead.companyWebsite = website;
    const int length = LeadValidator::characterCount(website);
    if (length > LeadValidator::MaxLineLength)
        c.issues.tooLong(LeadField::CompanyWebsite, LeadValidator::MaxLineLength, length);
}

// 8. Company TIN
void checkTin(const Checks &c, Lead &lead, bool companyUndecided)
{
    lead.companyTin = LeadValidator::normaliseTin(LeadValidator::normaliseLine(lead.companyTin));
    const QString &tin = lead.companyTin;
    if (tin.isEmpty()) {
        if (c.required(LeadField::CompanyTin) && !companyUndecided)
            c.issues.error(LeadField::CompanyTin, LeadValidator::tr("%1: must be filled in"));
    } else if (!allAsciiDigits(tin)) {
        c.issues.error(LeadField::CompanyTin,
                       LeadValidator::tr("%1: must contain digits only (exactly 9, 10 or 12 of them)"));
    } else if (!LeadValidator::isValidTin(tin)) {
        c.issues.error(LeadField::CompanyTin, LeadValidator::tr("%1: must contain exactly 9, 10 or 12 digits"));
    } else if ((tin.size() == 10 || tin.size() == 12) && !LeadValidator::innChecksumOk(tin)) {
        c.issues.warning(LeadField::CompanyTin,
                         LeadValidator::tr("%1: the check digits do not match a Russian INN; "
                                           "please make sure the number is typed correctly"));
    }
}

// 5-8. The company: an existing one, or the new one's name, website and TIN.
void checkCompany(const Checks &c, Lead &lead)
{
    // Neither picked nor New company ticked: one error says what to do, and the company's name,
    // website and TIN are not reported missing on top of it.
    bool companyUndecided = false;
    if (c.shown(LeadField::ExistingCompany) && lead.existingCompanyId <= 0) {
        companyUndecided = true;
        c.issues.error(LeadField::ExistingCompany,
                       LeadValidator::tr("%1: pick an existing company or tick \u201c%2\u201d")
                           .arg(QStringLiteral("%1"), LeadFields::label(LeadField::NewCompany)));
    }
    if (c.shown(LeadField::CompanyName)) {
        checkLine(c.issues, LeadField::CompanyName, lead.companyName,
                  c.required(LeadField::CompanyName) && !companyUndecided, LeadValidator::MaxLineLength);
    }
    if (c.shown(LeadField::CompanyWebsite))
        checkWebsite(c, lead, companyUndecided);
    if (c.shown(LeadField::CompanyTin))
        checkTin(c, lead, companyUndecided);
}

// 16. Contact phone
void checkPhone(const Checks &c, Lead &lead)
{
    if (!c.shown(LeadField::ContactPhone)
        || !checkLine(c.issues, LeadField::ContactPhone, lead.contactPhone, c.required(LeadField::ContactPhone),
                      LeadValidator::MaxLineLength))
        return;
    switch (phoneProblem(lead.contactPhone)) {
    case PhoneProblem::None:
        break;
    case PhoneProblem::Characters:
        c.issues.error(LeadField::ContactPhone,
                       LeadValidator::tr("%1: may contain only digits, spaces and the characters + ( ) - ."));
        break;
    case PhoneProblem::DigitCount:
        c.issues.error(LeadField::ContactPhone, LeadValidator::tr("%1: must contain from 5 to 20 digits"));
        break;
    case PhoneProblem::Shape:
        c.issues.error(LeadField::ContactPhone,
                       LeadValidator::tr("%1: is not a phone number: a plus may only lead it, "
                                         "and brackets must pair up"));
        break;
    }
}

// 17. Contact email
void checkEmail(const Checks &c, Lead &lead)
{
    if (!c.shown(LeadField::ContactEmail))
        return;
    lead.contactEmail = LeadValidator::normaliseEmail(lead.contactEmail);
    const QString &email = lead.contactEmail;
    const int length = LeadValidator::characterCount(email);
    if (email.isEmpty()) {
        if (c.required(LeadField::ContactEmail))
            c.issues.error(LeadField::ContactEmail, LeadValidator::tr("%1: must be filled in"));
    } else if (length > LeadValidator::MaxLineLength) {
        c.issues.tooLong(LeadField::ContactEmail, LeadValidator::MaxLineLength, length);
    } else if (!LeadValidator::isValidEmail(email)) {
        c.issues.error(LeadField::ContactEmail,
                       LeadValidator::tr("%1: enter an e-mail address such as name@example.com"));
    }
}

// 13-18. The contact: a new one's names, phone and email, or an existing one.
void checkContact(const Checks &c, Lead &lead)
{
    for (const auto &[field, value] : {std::pair<LeadField, QString *>{LeadField::FirstName, &lead.firstName},
                                       {LeadField::LastName, &lead.lastName},
                                       {LeadField::MiddleName, &lead.middleName}}) {
        if (c.shown(field))
            checkLine(c.issues, field, *value, c.required(field), LeadValidator::MaxLineLength);
    }
    checkPhone(c, lead);
    checkEmail(c, lead);
    if (c.shown(LeadField::ExistingContact) && lead.existingContactId <= 0) {
        c.issues.error(LeadField::ExistingContact,
                       LeadValidator::tr("%1: pick an existing contact or tick \u201c%2\u201d")
                           .arg(QStringLiteral("%1"), LeadFields::label(LeadField::NewContact)));
    }
}

} // namespace

QString ValidationResult::errorFor(LeadField field) const
{
    for (const FieldIssue &issue : errors) {
        if (issue.field == field)
            return issue.message;
    }
    return QString();
}

ValidationResult LeadValidator::validate(Lead &lead)
{
    ValidationResult result;
    Issues issues(result);
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(lead));
    const Checks c{issues, rules};

    // 1. Name
    checkLine(issues, LeadField::Name, lead.name, true, MaxNameLength);
    // 2. Lead source
    if (!LeadSources::isValid(lead.source))
        issues.error(LeadField::Source, tr("%1: choose one of the listed sources"));
    // 3. Lead company name
    checkLine(issues, LeadField::LeadCompanyName, lead.leadCompanyName, c.required(LeadField::LeadCompanyName),
              MaxLineLength);
    checkCompany(c, lead);
    // 10. Selling direction
    if (lead.sellingDirectionId <= 0)
        issues.error(LeadField::SellingDirection, tr("%1: must be chosen"));
    checkContact(c, lead);
    // 19. Description
    lead.description = normaliseText(lead.description);
    const int descriptionLength = characterCount(lead.description);
    if (descriptionLength > MaxDescriptionLength)
        issues.tooLong(LeadField::Description, MaxDescriptionLength, descriptionLength);
    // 21. City
    checkLine(issues, LeadField::City, lead.city, c.required(LeadField::City), MaxLineLength);
    return result;
}

namespace {

// Whether the line is already as normaliseLine leaves it, told by its characters alone: printable
// ASCII and Cyrillic letters, single spaces between them (what nearly every field of a form or a
// file holds). Anything else takes the long way.
bool isPlainLine(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u' ') {
            if (i == 0 || i + 1 == text.size() || text[i + 1].unicode() == u' ')
                return false;
        } else if (!((c > 0x20 && c < 0x7F) || (c >= 0x0400 && c <= 0x04FF))) {
            return false;
        }
    }
    return true;
}

} // namespace

QString LeadValidator::normaliseLine(const QString &text)
{
    if (!text.isEmpty() && isPlainLine(text))
        return text;   // unchanged, and not copied (an empty one takes the long way: never null after it)
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t ucs4) {
        if (isSurrogate(ucs4))
            out.append(QChar(ReplacementCharacter));   // half an emoji
        else if (ucs4 == ByteOrderMark)
            return;
        else if (isControl(ucs4) || QChar::isSpace(ucs4))
            out.append(QLatin1Char(' '));
        else
            appendCodePoint(out, ucs4);
    });
    return out.simplified();
}

QString LeadValidator::normaliseText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view[i];
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < view.size() && view[i + 1] == QLatin1Char('\n'))
                ++i;
        } else if (c == QChar(LineSeparator) || c == QChar(ParagraphSeparator)) {
            out.append(QLatin1Char('\n'));
        } else if (c.isHighSurrogate() && i + 1 < view.size() && view[i + 1].isLowSurrogate()) {
            out.append(c);
            out.append(view[i + 1]);
            ++i;
        } else if (c.isSurrogate()) {
            out.append(QChar(ReplacementCharacter));
        } else if (c == QChar(ByteOrderMark)) {
            // dropped
        } else if (c.category() == QChar::Other_Control && c != QLatin1Char('\n')
                   && c != QLatin1Char('\t')) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out.trimmed();
}

QString LeadValidator::normaliseWebsite(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return QString();
    bool clean = true;
    forEachCodePoint(s, [&clean](char32_t ucs4) {
        if (QChar::isSpace(ucs4) || isControl(ucs4) || isSurrogate(ucs4))
            clean = false;
    });
    if (!clean)
        return QString();

    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = schemeRe.match(s);
    if (match.hasMatch()) {
        const QString scheme = match.captured(1).toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return QString();
        s = scheme + QStringLiteral("://") + s.mid(match.capturedLength(0));
    } else if (s.contains(QLatin1String("://"))) {
        return QString();
    } else if (s.startsWith(QLatin1String("//"))) {
        s.prepend(QLatin1String("https:"));
    } else {
        s.prepend(QLatin1String("https://"));
    }

    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty())
        return QString();
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return QString();
    const QString host = url.host(QUrl::FullyDecoded).toLower();
    if (!isValidDomain(host, true))
        return QString();
    // QUrl reads legacy forms such as "1.2.3" as an IPv4 address ("1.2.0.3"): only an address
    // written out in full is taken.
    if (isIpv4(host.split(QLatin1Char('.'))) && !s.contains(host))
        return QString();
    return url.toString();
}

QString LeadValidator::normaliseTin(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString LeadValidator::normaliseEmail(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        s = s.mid(7).trimmed();
    if (s.size() >= 2 && s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
        s = s.mid(1, s.size() - 2).trimmed();
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        s = s.left(at + 1) + s.mid(at + 1).toLower();
    return s;
}

QString LeadValidator::phoneDigits(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (isAsciiDigit(c))
            out.append(c);
    }
    return out;
}

bool LeadValidator::isValidTin(const QString &tin)
{
    return (tin.size() == 9 || tin.size() == 10 || tin.size() == 12) && allAsciiDigits(tin);
}

bool LeadValidator::innChecksumOk(const QString &tin)
{
    if (!allAsciiDigits(tin))
        return false;
    const auto digit = [&tin](int i) { return tin.at(i).unicode() - u'0'; };
    const auto check = [&digit](std::initializer_list<int> weights) {
        int sum = 0;
        int i = 0;
        for (int weight : weights)
            sum += weight * digit(i++);
        return sum % 11 % 10;
    };
    if (tin.size() == 10)
        return check({2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(9);
    if (tin.size() == 12) {
        return check({7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(10)
            && check({3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(11);
    }
    return false;
}

bool LeadValidator::isValidEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')) || at == email.size() - 1)
        return false;
    if (characterCount(email) > 254)
        return false;

    bool clean = true;
    forEachCodePoint(email, [&clean](char32_t ucs4) {
        const QChar::Category category = QChar::category(ucs4);
        if (QChar::isSpace(ucs4) || isSurrogate(ucs4) || category == QChar::Other_Control
            || category == QChar::Other_Format || category == QChar::Other_NotAssigned
            || category == QChar::Other_PrivateUse) {
            clean = false;
        }
    });
    if (!clean)
        return false;

    // Local part: dot-atom of RFC 5322, widened to Unicode (RFC 6531); no quoted strings.
    const QString local = email.left(at);
    if (characterCount(local) > 64 || local.startsWith(QLatin1Char('.'))
        || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return false;
    }
    static const QString specials = QStringLiteral("()<>[]:;,\\\"");
    for (QChar c : local) {
        if (specials.contains(c))
            return false;
    }

    return isValidDomain(email.mid(at + 1), false);
}

bool LeadValidator::isValidPhone(const QString &phone)
{
    return phoneProblem(phone) == PhoneProblem::None;
}

int LeadValidator::characterCount(const QString &text)
{
    int count = 0;
    forEachCodePoint(text, [&count](char32_t) { ++count; });
    return count;
}
