#pragma once

#include <QString>

// The folded form of a name that reference search compares: lower case in every script
// (SQLite's LIKE and lower() fold ASCII only), with "ё" read as "е".
class SearchKey
{
public:
    static QString fold(const QString &text);
    // A LIKE pattern matching `text` anywhere, with %, _ and \ escaped (use ESCAPE '\').
    static QString containsPattern(const QString &text);
    // A LIKE pattern matching values that start with `text`.
    static QString prefixPattern(const QString &text);
};
