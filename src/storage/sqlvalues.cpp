#include "sqlvalues.h"

QString SqlValues::notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant SqlValues::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
