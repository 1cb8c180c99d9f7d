#pragma once

#include <QString>
#include <QVariant>

// Values as the storage binds them.
class SqlValues
{
public:
    // Text columns are NOT NULL and SQLite stores a null QString as NULL: a null QString (a cleared
    // field) is bound as ''.
    static QString notNull(const QString &text);
    // An id column's value: the id, or NULL for none (0 or less).
    static QVariant idOrNull(qint64 id);
    // "?, ?, ?": `count` placeholders for an IN list.
    static QString placeholders(qsizetype count);
};
