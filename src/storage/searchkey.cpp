#include "searchkey.h"

namespace {

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

QString SearchKey::fold(const QString &text)
{
    QString key = text.simplified().toLower();
    key.replace(u'ё', u'е');
    return key;
}

QString SearchKey::containsPattern(const QString &text)
{
    return u'%' + escapeLike(text) + u'%';
}

QString SearchKey::prefixPattern(const QString &text)
{
    return escapeLike(text) + u'%';
}
