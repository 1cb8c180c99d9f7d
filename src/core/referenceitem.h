#pragma once

#include <QString>

// One row of a reference list, as a picker shows it.
struct ReferenceItem
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;   // a contact's company, a service's selling direction; else 0
    QString detail;        // a company's TIN, a contact's e-mail or phone: shown beside the name
};
