#pragma once

#include "referencekind.h"

#include <QList>
#include <QString>

// The reference lists an administrator maintains and their names: pure, no SQL.
class ReferenceKinds
{
public:
    // The kinds an administrator maintains, in menu order.
    static QList<ReferenceKind> administered();
    static QString label(ReferenceKind kind);   // "Companies"
};
