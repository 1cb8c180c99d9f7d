#pragma once

#include "serviceresult.h"
#include "referencekind.h"
#include "referencerecord.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;
class Session;

// Reference data administration through the Session: lists and look-ups on the Read lane, saves
// and deletions on the Write lane, acting as the session's signed-in employee (ReferenceAdmin
// refuses anyone but an active crm_admin). Every answer comes back on `context`'s thread.
class ReferenceAdminService
{
public:
    explicit ReferenceAdminService(Session *session);

    // Rows whose name (or TIN, e-mail) contains `text`, by name, at most `limit`.
    void list(ReferenceKind kind, const QString &text, int limit, QObject *context,
              Done<QList<ReferenceRecord>> done) const;
    void find(ReferenceKind kind, qint64 id, QObject *context, Done<ReferenceRecord> done) const;
    // Inserts (record.id == 0) or updates the row; its id, or the error naming the field.
    void save(ReferenceKind kind, const ReferenceRecord &record, QObject *context,
              Done<qint64> done) const;
    // Deletes the row unless something uses it (the error says what).
    void remove(ReferenceKind kind, qint64 id, QObject *context, Done<void> done) const;

private:
    Session *m_session;
};
