#pragma once

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Runs SQL on an SQLite file through a plain QSQLITE connection named `name`, outside Database:
// to build what Database must refuse or repair.
inline void rawExec(const QString &path, const QStringList &statements, const QString &name = QStringLiteral("raw"))
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first column of the first row of `sql`, read through a plain QSQLITE connection.
inline qint64 rawValue(const QString &path, const QString &sql, const QString &name = QStringLiteral("raw-value"))
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Damages the file as a failing disk would: the root page of `table`'s b-tree is overwritten, in
// the file itself, with bytes no page starts with. The file's header and schema stay readable, so
// that it opens, and the damage is met by the first statement that reads the table.
inline void damageTableRoot(const QString &path, const QString &table)
{
    const qint64 root = rawValue(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table));
    const qint64 pageSize = rawValue(path, QStringLiteral("PRAGMA page_size"));
    REQUIRE(root > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    REQUIRE(file.write(QByteArray(static_cast<int>(pageSize), '\xff')) == pageSize);
}
