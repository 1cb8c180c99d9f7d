#pragma once

#include <QString>

// A record that looks like the one being typed in: an open lead, a company or a contact.
struct DuplicateMatch
{
    enum class Kind { Lead, Company, Contact };
    Kind kind = Kind::Lead;
    qint64 id = 0;
    QString name;     // the lead's name, the company's name, the contact's "Last First"
    QString detail;   // what matched, as stored ("7707083893", "ivan@acme.ru", "+7 495 123-45-67")
    bool operator==(const DuplicateMatch &) const = default;
};
