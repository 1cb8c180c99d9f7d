#pragma once

#include "leadlistcolumn.h"
#include "leadsource.h"
#include "leadstate.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a lead list shows: the filter, the search text and the sort (spec section 3).
// Pure data, no SQL: storage's LeadListSql turns it into statements, the list model and the CSV
// export both consume it. An empty list in a filter means "any".
struct LeadListQuery
{
    QList<LeadState> states;
    QList<LeadSource> sources;
    // Reference filters by id; an id of 0 in the list matches leads with none (e.g. unassigned).
    QList<qint64> ownerIds;
    QList<qint64> sellingDirectionIds;
    QList<qint64> campaignIds;
    // Creation date range, inclusive, as local calendar dates; a null date is open-ended.
    QDate createdFrom;
    QDate createdTo;
    // Only leads owned by the signed-in employee (whose id the storage layer is given).
    bool onlyMine = false;
    // Free text as typed; searched literally, word prefixes, across name, company names, contact
    // names, e-mail, phone, TIN and description. See ftsMatchExpression().
    QString searchText;

    LeadListColumn sortColumn = LeadListColumn::Number;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;   // newest leads first

    // True when nothing narrows the list (the sort does not count).
    bool isUnfiltered() const;

    // The FTS5 MATCH expression for searchText: every whitespace-separated word becomes a quoted
    // prefix phrase of its letter/digit runs ("petrov@mail.ru" -> "petrov mail ru"*), joined by
    // AND, so quotes, *, -, NEAR, OR, parentheses and SQL are literal text, never operators.
    // Empty when there is no search. hasSearch() && expression empty => nothing can match
    // (e.g. only emoji or punctuation typed).
    static QString ftsMatchExpression(const QString &text);
    // The words of `text` as the search reads them: each whitespace-separated word as its runs of
    // letters and digits ("petrov@mail.ru" -> petrov, mail, ru), as typed (not folded), empty words
    // left out, within MaxSearchWords and MaxSearchTokenLength. ftsMatchExpression() is made of
    // them; PostgreSQL's tsquery is made of the same (LeadListSql).
    static QList<QStringList> searchWords(const QString &text);
    QString ftsMatchExpression() const { return ftsMatchExpression(searchText); }
    bool hasSearch() const { return !searchText.trimmed().isEmpty(); }

    // Limits applied to search text so that pasting a novel never freezes the list.
    static constexpr int MaxSearchWords = 16;
    static constexpr int MaxSearchTokenLength = 64;

    // Round trip through JSON with stable codes (saved views). fromJson ignores unknown codes.
    QJsonObject toJson() const;
    static LeadListQuery fromJson(const QJsonObject &json);

    bool operator==(const LeadListQuery &) const = default;
};
