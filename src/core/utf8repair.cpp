#include "utf8repair.h"

#include <QString>

namespace {

// The length of the well-formed UTF-8 sequence at `p` (Unicode's table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when it is not one.
int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b0 = p[0];
    const auto continuation = [&](int i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return p + i < end && p[i] >= low && p[i] <= high;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned char low = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = b0 == 0xED ? 0x9F : 0xBF;
        return continuation(1, low, high) && continuation(2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned char low = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = b0 == 0xF4 ? 0x8F : 0xBF;
        return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}


} // namespace

bool Utf8Repair::needsRepair(const char *utf8, qsizetype size, Target target)
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8);
    const auto *const end = p + size;
    const bool xml = target == Target::Xml;
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            if (b == 0)
                return true;
            ++p;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length == 0)
            return true;
        // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
        if (xml && length == 3 && p[0] == 0xEF && p[1] == 0xBF && p[2] >= 0xBE)
            return true;
        p += length;
    }
    return false;
}

QByteArray Utf8Repair::repaired(const char *utf8, qsizetype size, Target target)
{
    // Qt's decoder replaces each ill-formed sequence with U+FFFD (Unicode's "maximal subpart" rule).
    QString text = QString::fromUtf8(utf8, size);
    const bool xml = target == Target::Xml;
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || (xml && (u == 0xFFFE || u == 0xFFFF)))
            c = QChar::ReplacementCharacter;
    }
    return text.toUtf8();
}
