#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The text encodings a CSV import reads: UTF-8 (with or without a byte order mark) and
// Windows-1251, what Russian spreadsheet programs save.
enum class TextEncoding : int {
    Utf8,
    Windows1251,
};

class TextEncodings
{
public:
    // UTF-8 when `sample` (the start of a file) starts with the UTF-8 byte order mark or is valid
    // UTF-8 (a sequence cut at the sample's end is allowed); otherwise Windows-1251.
    static TextEncoding detect(QByteArrayView sample);
    // Decodes bytes. UTF-8 that is not valid decodes with U+FFFD and sets *invalid (when given).
    // Windows-1251 decodes every byte (its one undefined byte as U+FFFD, *invalid set).
    static QString decode(QByteArrayView bytes, TextEncoding encoding, bool *invalid = nullptr);
    // Whether the bytes are valid UTF-8.
    static bool isValidUtf8(QByteArrayView bytes);
    // "utf-8", "windows-1251" (command line, settings).
    static QString code(TextEncoding encoding);
    static bool fromCode(const QString &code, TextEncoding *encoding);   // trimmed, case-insensitive; "cp1251" too
    static QString label(TextEncoding encoding);                         // translated, "Windows-1251 (Cyrillic)"
};
