#include "sqlvalues.h"

#include <QStringList>

QString SqlValues::notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant SqlValues::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString SqlValues::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}
