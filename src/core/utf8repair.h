#pragma once

#include <QByteArray>
#include <QtGlobal>

// Stored text that is not clean UTF-8 (bytes that are no UTF-8 sequence, or a NUL), repaired
// before it goes into a file that promises UTF-8: every offending sequence becomes U+FFFD (the
// replacement character, EF BF BD). For XML 1.0 (a workbook's cells) U+FFFE and U+FFFF, which it
// does not allow, are replaced too; the controls below U+0020 it does not allow are not: a workbook
// writes them escaped (ECMA-376's _xHHHH_, which spreadsheets read back as the character), so they
// keep their meaning. Clean text (nearly all of it) is recognised in one pass without copying.
class Utf8Repair
{
public:
    enum class Target {
        Text,   // UTF-8 text file (CSV): no invalid sequences and no NUL
        Xml,    // a workbook's XML cell text: also no U+FFFE, U+FFFF
    };

    // True when `utf8` holds something `target` does not take.
    static bool needsRepair(const char *utf8, qsizetype size, Target target);
    // `utf8` with everything `target` does not take replaced by U+FFFD.
    static QByteArray repaired(const char *utf8, qsizetype size, Target target);
};
