#pragma once

#include <QString>

// One reference row with every column an administrator edits. Which columns apply depends on the kind:
// companies use name, website and TIN; contacts the person fields and parentId (their company);
// services name and parentId (their selling direction); campaigns, directions and channels name only.
struct ReferenceRecord
{
    qint64 id = 0;
    QString name;          // for a contact: "Last First Middle", read only
    qint64 parentId = 0;
    QString parentName;    // read only
    QString website;
    QString tin;
    QString firstName;
    QString lastName;
    QString middleName;
    QString phone;
    QString email;
};
