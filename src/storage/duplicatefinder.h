#pragma once

#include "duplicatematch.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class SqlDialect;

// Finds likely duplicates by normalised e-mail, phone or TIN among open leads (New, Assigned),
// companies and contacts. Every lookup is an indexed equality (see schema.cpp: leads_email,
// contacts_email, leads_tin, companies_tin, and the phone-digit expression indexes of version 4).
class DuplicateFinder
{
public:
    explicit DuplicateFinder(QSqlDatabase db);

    // `excludeLeadId`: the lead being edited, which is no duplicate of itself. At most `limit`
    // matches per kind; companies and contacts first (they can be linked), then leads.
    Result<QList<DuplicateMatch>> byEmail(const QString &email, qint64 excludeLeadId = 0, int limit = 3) const;
    Result<QList<DuplicateMatch>> byPhone(const QString &phone, qint64 excludeLeadId = 0, int limit = 3) const;
    Result<QList<DuplicateMatch>> byTin(const QString &tin, qint64 excludeLeadId = 0, int limit = 3) const;

    // The digits of a phone number as the phone indexes store them ("+7 (495) 123-45-67" ->
    // "74951234567"), and the forms one number takes (a Russian 11-digit number starting with 8
    // or 7, or its 10 national digits, are one number). Empty when fewer than 5 digits.
    static QStringList phoneKeys(const QString &phone);
    // The SQL expression that strips a phone column to its digits; the same text as the index.
    static QString phoneDigitsSql(const QString &column);

    // The condition on a leads row that it is an open lead with this key: an indexed equality,
    // bound as the e-mail; `phoneKeys` keys of phoneKeys(); the TIN without spaces. The lookups
    // above and the import (LeadImporter) use the same text.
    enum class Key { Email, Phone, Tin };
    static QString openLeadCondition(Key key, const SqlDialect &dialect, int phoneKeys = 1);

private:
    QSqlDatabase m_db;
};
