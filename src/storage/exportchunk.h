#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <vector>

// Raw values of a run of export rows, in column order: integers and text kept apart. The reader
// thread fills chunks, the writing thread formats them (see ExportChunkQueue).
struct ExportChunk
{
    static constexpr int MaxRows = 2048;
    static constexpr size_t MaxTextBytes = 2 * 1024 * 1024;

    std::vector<qint64> ints;
    std::string text;
    std::vector<quint32> ends;   // end offset in `text` of each text value
    int rows = 0;
    bool last = false;           // no rows follow
    QString error;               // the reader failed (with `last`)

    bool isFull() const { return rows >= MaxRows || text.size() >= MaxTextBytes; }
    void clear();
};
