#include "textencoding.h"

#include <QCoreApplication>

namespace {

// Windows-1251's bytes 0x80-0xFF (0x98 is undefined). A table of our own rather than
// QStringDecoder: the same on every Qt build (with or without ICU) and a plain lookup per byte.
constexpr char16_t Cp1251High[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

// The length of the valid UTF-8 sequence at `p` (1-4), 0 when invalid, -1 when cut by `end`.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = *p;
    if (c < 0x80)
        return 1;
    int length;
    unsigned char low = 0x80, high = 0xBF;   // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;   // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const unsigned char next = p[i];
        if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

// Whether `bytes` is valid UTF-8; a sequence cut at the end counts as valid when `allowCut`.
bool validUtf8(QByteArrayView bytes, bool allowCut)
{
    auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0)
            return false;
        if (length < 0)
            return allowCut;
        p += length;
    }
    return true;
}

} // namespace

TextEncoding TextEncodings::detect(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    return validUtf8(sample, true) ? TextEncoding::Utf8 : TextEncoding::Windows1251;
}

bool TextEncodings::isValidUtf8(QByteArrayView bytes)
{
    return validUtf8(bytes, false);
}

QString TextEncodings::decode(QByteArrayView bytes, TextEncoding encoding, bool *invalid)
{
    if (encoding == TextEncoding::Utf8) {
        if (invalid && !validUtf8(bytes, false))
            *invalid = true;
        return QString::fromUtf8(bytes);
    }
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        const char16_t u = c < 0x80 ? char16_t(c) : Cp1251High[c - 0x80];
        if (u == 0xFFFD && invalid)
            *invalid = true;
        *out++ = u;
    }
    return text;
}

QString TextEncodings::code(TextEncoding encoding)
{
    return encoding == TextEncoding::Windows1251 ? QStringLiteral("windows-1251") : QStringLiteral("utf-8");
}

bool TextEncodings::fromCode(const QString &code, TextEncoding *encoding)
{
    const QString wanted = code.trimmed().toLower();
    TextEncoding found;
    if (wanted == u"utf-8" || wanted == u"utf8")
        found = TextEncoding::Utf8;
    else if (wanted == u"windows-1251" || wanted == u"cp1251" || wanted == u"windows1251")
        found = TextEncoding::Windows1251;
    else
        return false;
    if (encoding)
        *encoding = found;
    return true;
}

QString TextEncodings::label(TextEncoding encoding)
{
    return encoding == TextEncoding::Windows1251
        ? QCoreApplication::translate("TextEncodings", "Windows-1251 (Cyrillic)")
        : QCoreApplication::translate("TextEncodings", "UTF-8 (Unicode)");
}
