#pragma once

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
