#include "sessiondamage.h"

#include <QMutexLocker>

bool SessionDamage::record(const QString &message)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_message.isEmpty())
        return false;
    m_message = message;
    return true;
}

QString SessionDamage::message() const
{
    const QMutexLocker lock(&m_mutex);
    return m_message;
}
