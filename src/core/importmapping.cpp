#include "importmapping.h"

#include "leadfielddescriptor.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// Headers other files use for a field, besides its code, English label and translated label:
// the Russian labels (a file may come from a Russian program while this one runs in English),
// the export's list-column names and common synonyms. Compared by ImportMapping's header key.
struct Synonym
{
    LeadField field;
    const char16_t *name;
};

const Synonym SynonymTable[] = {
    {LeadField::Name, u"Название"},
    {LeadField::Name, u"Lead"},
    {LeadField::Name, u"Lead name"},
    {LeadField::Name, u"Title"},
    {LeadField::Name, u"Лид"},
    {LeadField::Name, u"Название лида"},
    {LeadField::Name, u"Наименование"},
    {LeadField::Source, u"Источник лида"},
    {LeadField::Source, u"Source"},
    {LeadField::Source, u"Источник"},
    {LeadField::Source, u"Lead source"},
    {LeadField::LeadCompanyName, u"Название компании лида"},
    {LeadField::LeadCompanyName, u"Company"},
    {LeadField::LeadCompanyName, u"Компания"},
    {LeadField::LeadCompanyName, u"Organization"},
    {LeadField::LeadCompanyName, u"Organisation"},
    {LeadField::LeadCompanyName, u"Организация"},
    {LeadField::LeadCompanyName, u"Account"},
    {LeadField::NewCompany, u"Новая компания"},
    {LeadField::ExistingCompany, u"Существующая компания"},
    {LeadField::CompanyName, u"Название компании"},
    {LeadField::CompanyWebsite, u"Сайт компании"},
    {LeadField::CompanyWebsite, u"Website"},
    {LeadField::CompanyWebsite, u"Web site"},
    {LeadField::CompanyWebsite, u"Site"},
    {LeadField::CompanyWebsite, u"URL"},
    {LeadField::CompanyWebsite, u"Сайт"},
    {LeadField::CompanyWebsite, u"Веб-сайт"},
    {LeadField::CompanyTin, u"ИНН компании"},
    {LeadField::CompanyTin, u"TIN"},
    {LeadField::CompanyTin, u"INN"},
    {LeadField::CompanyTin, u"ИНН"},
    {LeadField::CompanyTin, u"Tax ID"},
    {LeadField::CompanyTin, u"VAT"},
    {LeadField::Campaign, u"Маркетинговая кампания"},
    {LeadField::Campaign, u"Кампания"},
    {LeadField::SellingDirection, u"Направление продаж"},
    {LeadField::SellingDirection, u"Направление"},
    {LeadField::SellingDirection, u"Direction"},
    {LeadField::ServiceOrProduct, u"Услуга или продукт"},
    {LeadField::ServiceOrProduct, u"Service"},
    {LeadField::ServiceOrProduct, u"Product"},
    {LeadField::ServiceOrProduct, u"Услуга"},
    {LeadField::ServiceOrProduct, u"Продукт"},
    {LeadField::NewContact, u"Новый контакт"},
    {LeadField::FirstName, u"Имя"},
    {LeadField::FirstName, u"Given name"},
    {LeadField::FirstName, u"Firstname"},
    {LeadField::LastName, u"Фамилия"},
    {LeadField::LastName, u"Surname"},
    {LeadField::LastName, u"Family name"},
    {LeadField::LastName, u"Lastname"},
    {LeadField::MiddleName, u"Отчество"},
    {LeadField::MiddleName, u"Patronymic"},
    {LeadField::ContactPhone, u"Телефон контакта"},
    {LeadField::ContactPhone, u"Phone"},
    {LeadField::ContactPhone, u"Telephone"},
    {LeadField::ContactPhone, u"Tel"},
    {LeadField::ContactPhone, u"Mobile"},
    {LeadField::ContactPhone, u"Phone number"},
    {LeadField::ContactPhone, u"Телефон"},
    {LeadField::ContactPhone, u"Тел"},
    {LeadField::ContactPhone, u"Мобильный"},
    {LeadField::ContactPhone, u"Номер телефона"},
    {LeadField::ContactEmail, u"Эл. почта контакта"},
    {LeadField::ContactEmail, u"Email"},
    {LeadField::ContactEmail, u"E-mail"},
    {LeadField::ContactEmail, u"Mail"},
    {LeadField::ContactEmail, u"Email address"},
    {LeadField::ContactEmail, u"E-mail address"},
    {LeadField::ContactEmail, u"Почта"},
    {LeadField::ContactEmail, u"Эл. почта"},
    {LeadField::ContactEmail, u"Электронная почта"},
    {LeadField::ContactEmail, u"Емейл"},
    {LeadField::ContactEmail, u"Имейл"},
    {LeadField::ExistingContact, u"Существующий контакт"},
    {LeadField::Description, u"Описание"},
    {LeadField::Description, u"Notes"},
    {LeadField::Description, u"Note"},
    {LeadField::Description, u"Comment"},
    {LeadField::Description, u"Comments"},
    {LeadField::Description, u"Примечание"},
    {LeadField::Description, u"Комментарий"},
    {LeadField::Owner, u"Ответственный"},
    {LeadField::Owner, u"Assigned to"},
    {LeadField::Owner, u"Manager"},
    {LeadField::Owner, u"Менеджер"},
    {LeadField::Owner, u"Владелец"},
    {LeadField::City, u"Город"},
    {LeadField::City, u"Town"},
    {LeadField::Channel, u"Канал распространения контента"},
    {LeadField::Channel, u"Channel"},
    {LeadField::Channel, u"Канал"},
};

// Lower case, "ё" as "е", letters and digits only: "E-mail" and "email", "Эл. почта" and "эл почта" meet.
QString headerKey(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (QChar c : header) {
        if (!c.isLetterOrNumber())
            continue;
        c = c.toLower();
        if (c == u'ё')
            c = u'е';
        key.append(c);
    }
    return key;
}

const QHash<QString, LeadField> &headerTable()
{
    static const QHash<QString, LeadField> table = [] {
        QHash<QString, LeadField> names;
        // First entry wins: codes and labels before synonyms.
        for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
            names.insert(headerKey(descriptor.codeText()), descriptor.field);
            names.insert(headerKey(QString::fromLatin1(descriptor.label)), descriptor.field);
        }
        for (const Synonym &entry : SynonymTable) {
            const QString key = headerKey(QString::fromUtf16(entry.name));
            if (!names.contains(key))
                names.insert(key, entry.field);
        }
        return names;
    }();
    return table;
}

} // namespace

ImportMapping::ImportMapping(int columnCount)
{
    setColumnCount(columnCount);
}

bool ImportMapping::fieldOfHeader(const QString &header, LeadField *field)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return false;
    // The label in the language this program runs in.
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (headerKey(descriptor.labelText()) == key) {
            if (field)
                *field = descriptor.field;
            return true;
        }
    }
    const auto &table = headerTable();
    const auto it = table.constFind(key);
    if (it == table.constEnd())
        return false;
    if (field)
        *field = *it;
    return true;
}

ImportMapping ImportMapping::guess(const QStringList &headers)
{
    ImportMapping mapping(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        LeadField field;
        if (fieldOfHeader(headers.at(column), &field) && !mapping.isMapped(field))
            mapping.m_fields[column] = field;
    }
    return mapping;
}

void ImportMapping::setColumnCount(int count)
{
    m_fields.resize(qMax(0, count));
}

std::optional<LeadField> ImportMapping::fieldOf(int column) const
{
    if (column < 0 || column >= m_fields.size())
        return std::nullopt;
    return m_fields.at(column);
}

void ImportMapping::setField(int column, LeadField field)
{
    if (column < 0)
        return;
    if (column >= m_fields.size())
        setColumnCount(column + 1);
    for (auto &other : m_fields) {
        if (other == field)
            other.reset();
    }
    m_fields[column] = field;
}

void ImportMapping::setIgnored(int column)
{
    if (column >= 0 && column < m_fields.size())
        m_fields[column].reset();
}

int ImportMapping::columnOf(LeadField field) const
{
    for (int column = 0; column < m_fields.size(); ++column) {
        if (m_fields.at(column) == field)
            return column;
    }
    return -1;
}

bool ImportMapping::isEmpty() const
{
    for (const auto &field : m_fields) {
        if (field)
            return false;
    }
    return true;
}

QString ImportMapping::toString() const
{
    QStringList parts;
    for (const auto &field : m_fields)
        parts.append(field ? LeadFields::code(*field) : QString());
    return parts.join(u',');
}

bool ImportMapping::fromString(const QString &text, ImportMapping *mapping, QString *error)
{
    ImportMapping parsed;
    if (!text.trimmed().isEmpty()) {
        const QStringList parts = text.split(u',');
        parsed.setColumnCount(int(parts.size()));
        for (int column = 0; column < parts.size(); ++column) {
            const QString code = parts.at(column).trimmed();
            if (code.isEmpty())
                continue;
            LeadField field;
            if (!LeadFields::fromCode(code, &field)) {
                if (error)
                    *error = QCoreApplication::translate("ImportMapping", "Unknown field \"%1\".").arg(code);
                return false;
            }
            if (parsed.isMapped(field)) {
                if (error)
                    *error = QCoreApplication::translate("ImportMapping", "The field \"%1\" is named twice.").arg(code);
                return false;
            }
            parsed.m_fields[column] = field;
        }
    }
    if (mapping)
        *mapping = parsed;
    return true;
}
