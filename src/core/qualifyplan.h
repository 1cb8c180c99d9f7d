#pragma once

#include <QString>

// What qualifying a lead will do, read before it runs so that the dialog can say so.
struct QualifyPlan
{
    enum class Step { None, Link, Create };

    qint64 leadId = 0;
    QString leadName;
    // The company: Link an existing one (picked on the lead, or found by the same TIN), or Create it.
    Step company = Step::None;
    qint64 companyId = 0;        // when Link
    bool companyMatchedByTin = false;
    QString companyName;         // the existing company's name when Link, the new one's when Create
    QString companyTin;
    QString companyWebsite;
    // The contact: Link an existing one (picked, or found by the same e-mail), or Create it.
    Step contact = Step::None;
    qint64 contactId = 0;
    bool contactMatchedByEmail = false;
    QString contactName;         // "Last First Middle"
    QString contactEmail;
    QString contactPhone;
};
