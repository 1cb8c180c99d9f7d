#pragma once

#include <QString>

// One row of a reference list, as a picker shows it.
struct ReferenceItem
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;   // a contact's company, a service's selling direction; else 0
    QString detail;        // a company's TIN, a contact's e-mail or phone, an employee's login
    // What tells the item apart from others of the same name, shown on a second line under it:
    // "TIN 7707083893 · acme.ru", "Acme Trading · ivan@acme.ru", "anna · Sales, Manager".
    // Empty for the short lists (campaigns, channels, directions, services).
    QString note;
    QString parentName;    // a contact's company name; else empty
};
