#pragma once

#include "csvreader.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// The bytes of the file at `path`; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every record of the CSV file at `path`; the test fails when the file is not well-formed CSV.
inline QList<QStringList> readCsv(const QString &path, char delimiter = ',')
{
    QString error;
    const QList<QStringList> records = CsvReader::readAll(readFile(path), delimiter, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return records;
}
