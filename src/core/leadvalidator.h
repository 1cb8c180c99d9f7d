#pragma once

#include "leadfield.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct Lead;

// One problem with one field, worded for the user ("Company TIN: must have 9, 10 or 12 digits").
struct FieldIssue
{
    LeadField field;
    QString message;
    bool operator==(const FieldIssue &) const = default;
};

struct ValidationResult
{
    QList<FieldIssue> errors;     // block saving
    QList<FieldIssue> warnings;   // shown, never block (INN check digits)
    bool ok() const { return errors.isEmpty(); }
    // The first error for a field, or an empty string.
    QString errorFor(LeadField field) const;
};

// Validates and normalises a lead under the visibility rules; hidden fields are not checked.
class LeadValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    static constexpr int MaxNameLength = 255;
    static constexpr int MaxLineLength = 255;         // other one-line text fields
    static constexpr int MaxDescriptionLength = 20000;

    // Normalises in place (trims, folds newlines in one-line fields, normalises website,
    // TIN, phone, e-mail) and returns the problems found.
    static ValidationResult validate(Lead &lead);

    // Building blocks, public for the form's as-you-type checks.
    static QString normaliseLine(const QString &text);      // trims, newlines/tabs -> space, collapses runs
    static QString normaliseText(const QString &text);      // multi-line: CR LF / CR -> LF, trims the ends
    static QString normaliseWebsite(const QString &text);   // "acme.ru" -> "https://acme.ru"; "" when invalid
    static QString normaliseTin(const QString &text);       // drops spaces; keeps other characters
    static QString normaliseEmail(const QString &text);     // trims, lower-cases the domain
    static QString phoneDigits(const QString &text);        // digits only
    static bool isValidTin(const QString &tin);             // exactly 9, 10 or 12 digits
    static bool innChecksumOk(const QString &tin);          // Russian INN check digits (10 or 12)
    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);         // allowed characters, 5-20 digits
    // Length as the user sees it: Unicode code points, so an emoji counts once, not twice.
    static int characterCount(const QString &text);
};
