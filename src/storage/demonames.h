#pragma once

#include <span>

// A word and its Latin spelling (for e-mail addresses and web sites).
struct DemoWord
{
    const char *text;
    const char *latin;
};

struct DemoSurname
{
    const char *male;
    const char *female;
    const char *latin;   // of the male form; the female one adds "a"
};

struct DemoMaleName
{
    const char *text;
    const char *latin;
    const char *patronymicMale;
    const char *patronymicFemale;
};

struct DemoDirection
{
    const char *name;
    std::span<const char *const> services;
};

// The word lists the demo data is made of: Russian and English people, companies, places.
class DemoNames
{
public:
    static std::span<const DemoMaleName> russianMaleNames();
    static std::span<const DemoWord> russianFemaleNames();
    static std::span<const DemoSurname> russianSurnames();
    static std::span<const DemoWord> englishMaleNames();
    static std::span<const DemoWord> englishFemaleNames();
    static std::span<const DemoWord> englishSurnames();

    static std::span<const DemoWord> russianCompanyWords();
    static std::span<const DemoWord> russianCompanySuffixes();
    static std::span<const char *const> russianCompanyForms();
    static std::span<const DemoWord> russianRegions();
    static std::span<const DemoWord> englishCompanyWords();
    static std::span<const DemoWord> englishCompanySuffixes();
    static std::span<const char *const> englishCompanyForms();

    static std::span<const char *const> russianCities();
    static std::span<const char *const> englishCities();
    static std::span<const int> innRegions();
    static std::span<const char *const> mailDomains();

    static std::span<const char *const> russianLeadTitles();
    static std::span<const char *const> englishLeadTitles();
    static std::span<const char *const> russianDescriptions();
    static std::span<const char *const> englishDescriptions();

    static std::span<const char *const> campaigns();
    static std::span<const DemoDirection> directions();
    static std::span<const char *const> channels();
};
