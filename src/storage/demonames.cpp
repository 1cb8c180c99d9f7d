#include "demonames.h"

namespace {

const DemoMaleName kRussianMale[] = {
    {"Александр", "aleksandr", "Александрович", "Александровна"},
    {"Алексей", "aleksey", "Алексеевич", "Алексеевна"},
    {"Андрей", "andrey", "Андреевич", "Андреевна"},
    {"Антон", "anton", "Антонович", "Антоновна"},
    {"Артём", "artem", "Артёмович", "Артёмовна"},
    {"Борис", "boris", "Борисович", "Борисовна"},
    {"Вадим", "vadim", "Вадимович", "Вадимовна"},
    {"Василий", "vasiliy", "Васильевич", "Васильевна"},
    {"Виктор", "viktor", "Викторович", "Викторовна"},
    {"Владимир", "vladimir", "Владимирович", "Владимировна"},
    {"Дмитрий", "dmitriy", "Дмитриевич", "Дмитриевна"},
    {"Евгений", "evgeniy", "Евгеньевич", "Евгеньевна"},
    {"Егор", "egor", "Егорович", "Егоровна"},
    {"Иван", "ivan", "Иванович", "Ивановна"},
    {"Игорь", "igor", "Игоревич", "Игоревна"},
    {"Илья", "ilya", "Ильич", "Ильинична"},
    {"Кирилл", "kirill", "Кириллович", "Кирилловна"},
    {"Константин", "konstantin", "Константинович", "Константиновна"},
    {"Максим", "maksim", "Максимович", "Максимовна"},
    {"Михаил", "mikhail", "Михайлович", "Михайловна"},
    {"Никита", "nikita", "Никитич", "Никитична"},
    {"Николай", "nikolay", "Николаевич", "Николаевна"},
    {"Олег", "oleg", "Олегович", "Олеговна"},
    {"Павел", "pavel", "Павлович", "Павловна"},
    {"Роман", "roman", "Романович", "Романовна"},
    {"Семён", "semen", "Семёнович", "Семёновна"},
    {"Сергей", "sergey", "Сергеевич", "Сергеевна"},
    {"Степан", "stepan", "Степанович", "Степановна"},
    {"Тимур", "timur", "Тимурович", "Тимуровна"},
    {"Фёдор", "fedor", "Фёдорович", "Фёдоровна"},
    {"Юрий", "yuriy", "Юрьевич", "Юрьевна"},
    {"Ярослав", "yaroslav", "Ярославович", "Ярославовна"},
};

const DemoWord kRussianFemale[] = {
    {"Александра", "aleksandra"}, {"Алина", "alina"},     {"Анастасия", "anastasiya"}, {"Анна", "anna"},
    {"Валентина", "valentina"},   {"Валерия", "valeriya"}, {"Вера", "vera"},           {"Виктория", "viktoriya"},
    {"Галина", "galina"},         {"Дарья", "darya"},     {"Евгения", "evgeniya"},     {"Екатерина", "ekaterina"},
    {"Елена", "elena"},           {"Елизавета", "elizaveta"}, {"Ирина", "irina"},      {"Ксения", "kseniya"},
    {"Лариса", "larisa"},         {"Любовь", "lyubov"},   {"Марина", "marina"},        {"Мария", "mariya"},
    {"Надежда", "nadezhda"},      {"Наталья", "natalya"}, {"Ольга", "olga"},           {"Полина", "polina"},
    {"Светлана", "svetlana"},     {"София", "sofiya"},    {"Татьяна", "tatyana"},      {"Юлия", "yuliya"},
    {"Яна", "yana"},              {"Алёна", "alena"},
};

const DemoSurname kRussianSurnames[] = {
    {"Иванов", "Иванова", "ivanov"},       {"Смирнов", "Смирнова", "smirnov"},
    {"Кузнецов", "Кузнецова", "kuznetsov"}, {"Попов", "Попова", "popov"},
    {"Васильев", "Васильева", "vasilev"},  {"Петров", "Петрова", "petrov"},
    {"Соколов", "Соколова", "sokolov"},    {"Михайлов", "Михайлова", "mikhaylov"},
    {"Новиков", "Новикова", "novikov"},    {"Фёдоров", "Фёдорова", "fedorov"},
    {"Морозов", "Морозова", "morozov"},    {"Волков", "Волкова", "volkov"},
    {"Алексеев", "Алексеева", "alekseev"}, {"Лебедев", "Лебедева", "lebedev"},
    {"Семёнов", "Семёнова", "semenov"},    {"Егоров", "Егорова", "egorov"},
    {"Павлов", "Павлова", "pavlov"},       {"Козлов", "Козлова", "kozlov"},
    {"Степанов", "Степанова", "stepanov"}, {"Николаев", "Николаева", "nikolaev"},
    {"Орлов", "Орлова", "orlov"},          {"Андреев", "Андреева", "andreev"},
    {"Макаров", "Макарова", "makarov"},    {"Никитин", "Никитина", "nikitin"},
    {"Захаров", "Захарова", "zakharov"},   {"Зайцев", "Зайцева", "zaytsev"},
    {"Соловьёв", "Соловьёва", "solovev"},  {"Борисов", "Борисова", "borisov"},
    {"Яковлев", "Яковлева", "yakovlev"},   {"Григорьев", "Григорьева", "grigorev"},
    {"Романов", "Романова", "romanov"},    {"Воробьёв", "Воробьёва", "vorobev"},
    {"Сергеев", "Сергеева", "sergeev"},    {"Кузьмин", "Кузьмина", "kuzmin"},
    {"Фролов", "Фролова", "frolov"},       {"Александров", "Александрова", "aleksandrov"},
    {"Дмитриев", "Дмитриева", "dmitriev"}, {"Королёв", "Королёва", "korolev"},
    {"Гусев", "Гусева", "gusev"},          {"Киселёв", "Киселёва", "kiselev"},
    {"Ильин", "Ильина", "ilyin"},          {"Максимов", "Максимова", "maksimov"},
    {"Поляков", "Полякова", "polyakov"},   {"Сорокин", "Сорокина", "sorokin"},
    {"Виноградов", "Виноградова", "vinogradov"}, {"Ковалёв", "Ковалёва", "kovalev"},
    {"Белов", "Белова", "belov"},          {"Медведев", "Медведева", "medvedev"},
    {"Антонов", "Антонова", "antonov"},    {"Тарасов", "Тарасова", "tarasov"},
    {"Жуков", "Жукова", "zhukov"},         {"Баранов", "Баранова", "baranov"},
    {"Филиппов", "Филиппова", "filippov"}, {"Комаров", "Комарова", "komarov"},
    {"Давыдов", "Давыдова", "davydov"},    {"Беляев", "Беляева", "belyaev"},
    {"Герасимов", "Герасимова", "gerasimov"}, {"Богданов", "Богданова", "bogdanov"},
    {"Осипов", "Осипова", "osipov"},       {"Сидоров", "Сидорова", "sidorov"},
};

const DemoWord kEnglishMale[] = {
    {"James", "james"},   {"John", "john"},       {"Robert", "robert"},   {"Michael", "michael"},
    {"William", "william"}, {"David", "david"},   {"Richard", "richard"}, {"Joseph", "joseph"},
    {"Thomas", "thomas"}, {"Charles", "charles"}, {"Daniel", "daniel"},   {"Matthew", "matthew"},
    {"Anthony", "anthony"}, {"Mark", "mark"},     {"Steven", "steven"},   {"Paul", "paul"},
    {"Andrew", "andrew"}, {"Joshua", "joshua"},   {"Oliver", "oliver"},   {"Harry", "harry"},
    {"George", "george"}, {"Jack", "jack"},       {"Samuel", "samuel"},   {"Benjamin", "benjamin"},
};

const DemoWord kEnglishFemale[] = {
    {"Mary", "mary"},       {"Patricia", "patricia"}, {"Jennifer", "jennifer"}, {"Linda", "linda"},
    {"Elizabeth", "elizabeth"}, {"Barbara", "barbara"}, {"Susan", "susan"},     {"Jessica", "jessica"},
    {"Sarah", "sarah"},     {"Karen", "karen"},       {"Emily", "emily"},       {"Emma", "emma"},
    {"Olivia", "olivia"},   {"Sophie", "sophie"},     {"Charlotte", "charlotte"}, {"Amelia", "amelia"},
    {"Grace", "grace"},     {"Chloe", "chloe"},       {"Hannah", "hannah"},     {"Laura", "laura"},
    {"Rachel", "rachel"},   {"Megan", "megan"},       {"Lucy", "lucy"},         {"Victoria", "victoria"},
};

const DemoWord kEnglishSurnames[] = {
    {"Smith", "smith"},     {"Johnson", "johnson"},   {"Williams", "williams"}, {"Brown", "brown"},
    {"Jones", "jones"},     {"Garcia", "garcia"},     {"Miller", "miller"},     {"Davis", "davis"},
    {"Wilson", "wilson"},   {"Anderson", "anderson"}, {"Taylor", "taylor"},     {"Thomas", "thomas"},
    {"Moore", "moore"},     {"Jackson", "jackson"},   {"Martin", "martin"},     {"Lee", "lee"},
    {"Thompson", "thompson"}, {"White", "white"},     {"Harris", "harris"},     {"Clark", "clark"},
    {"Lewis", "lewis"},     {"Robinson", "robinson"}, {"Walker", "walker"},     {"Young", "young"},
    {"Allen", "allen"},     {"King", "king"},         {"Wright", "wright"},     {"Scott", "scott"},
    {"Green", "green"},     {"Baker", "baker"},       {"Adams", "adams"},       {"Nelson", "nelson"},
    {"Hill", "hill"},       {"Campbell", "campbell"}, {"Mitchell", "mitchell"}, {"Roberts", "roberts"},
    {"Carter", "carter"},   {"Phillips", "phillips"}, {"Evans", "evans"},       {"Turner", "turner"},
    {"Parker", "parker"},   {"Collins", "collins"},   {"Edwards", "edwards"},   {"Stewart", "stewart"},
    {"Morris", "morris"},   {"Murphy", "murphy"},     {"Cook", "cook"},         {"Rogers", "rogers"},
};

const DemoWord kRussianCompanyWords[] = {
    {"Альфа", "alfa"},     {"Вектор", "vektor"},   {"Гранит", "granit"},   {"Дельта", "delta"},
    {"Европа", "evropa"},  {"Звезда", "zvezda"},   {"Импульс", "impuls"},  {"Квант", "kvant"},
    {"Лидер", "lider"},    {"Меридиан", "meridian"}, {"Норд", "nord"},     {"Орион", "orion"},
    {"Прогресс", "progress"}, {"Ресурс", "resurs"}, {"Сигма", "sigma"},    {"Титан", "titan"},
    {"Феникс", "feniks"},  {"Эталон", "etalon"},   {"Авангард", "avangard"}, {"Байкал", "baykal"},
    {"Волна", "volna"},    {"Горизонт", "gorizont"}, {"Десна", "desna"},   {"Енисей", "enisey"},
    {"Заря", "zarya"},     {"Исток", "istok"},     {"Кедр", "kedr"},       {"Ладога", "ladoga"},
    {"Магистраль", "magistral"}, {"Нева", "neva"}, {"Омега", "omega"},     {"Полюс", "polyus"},
    {"Радуга", "raduga"},  {"Сатурн", "saturn"},   {"Тайга", "tayga"},     {"Универсал", "universal"},
    {"Факел", "fakel"},    {"Циркон", "tsirkon"},  {"Янтарь", "yantar"},   {"Атлант", "atlant"},
};

const DemoWord kRussianCompanySuffixes[] = {
    {"Строй", "stroy"},    {"Торг", "torg"},       {"Софт", "soft"},       {"Логистик", "logistik"},
    {"Инвест", "invest"},  {"Трейд", "treyd"},     {"Сервис", "servis"},   {"Системс", "sistems"},
    {"Групп", "grupp"},    {"Энерго", "energo"},   {"Пром", "prom"},       {"Агро", "agro"},
    {"Медиа", "media"},    {"Телеком", "telekom"}, {"Транс", "trans"},     {"Фарм", "farm"},
    {"Консалт", "konsalt"}, {"Девелопмент", "development"}, {"Технологии", "tekhnologii"}, {"Маркет", "market"},
    {"Металл", "metall"},  {"Снаб", "snab"},       {"Проект", "proekt"},   {"Лаб", "lab"},
    {"Авто", "avto"},      {"Хим", "khim"},        {"Нефть", "neft"},      {"Финанс", "finans"},
    {"Мед", "med"},        {"Дизайн", "dizayn"},
};

const char *const kRussianForms[] = {"ООО", "ООО", "ООО", "АО", "ПАО", "ЗАО"};

const DemoWord kRussianRegions[] = {
    {"Урал", "ural"},   {"Сибирь", "sibir"}, {"Волга", "volga"}, {"Кубань", "kuban"}, {"Москва", "moskva"},
    {"Юг", "yug"},      {"Запад", "zapad"},  {"Центр", "tsentr"}, {"Север", "sever"}, {"Дон", "don"},
    {"Поволжье", "povolzhe"}, {"Алтай", "altay"},
};

const DemoWord kEnglishCompanyWords[] = {
    {"Northwind", "northwind"}, {"Blue Harbor", "blueharbor"}, {"Summit", "summit"}, {"Crescent", "crescent"},
    {"Evergreen", "evergreen"}, {"Ironclad", "ironclad"}, {"Pinnacle", "pinnacle"}, {"Redwood", "redwood"},
    {"Silverline", "silverline"}, {"Brightstone", "brightstone"}, {"Oakridge", "oakridge"}, {"Harbor Point", "harborpoint"},
    {"Granite", "granite"}, {"Lighthouse", "lighthouse"}, {"Maple", "maple"}, {"Westfield", "westfield"},
    {"Clearwater", "clearwater"}, {"Falcon", "falcon"}, {"Kingsbridge", "kingsbridge"}, {"Horizon", "horizon"},
    {"Sterling", "sterling"}, {"Riverside", "riverside"}, {"Beacon", "beacon"}, {"Cobalt", "cobalt"},
    {"Vertex", "vertex"}, {"Atlas", "atlas"}, {"Meadow", "meadow"}, {"Quantum", "quantum"},
    {"Trident", "trident"}, {"Aurora", "aurora"}, {"Nimbus", "nimbus"}, {"Orchard", "orchard"},
};

const DemoWord kEnglishCompanySuffixes[] = {
    {"Logistics", "logistics"}, {"Software", "software"}, {"Trading", "trading"}, {"Consulting", "consulting"},
    {"Foods", "foods"}, {"Energy", "energy"}, {"Media", "media"}, {"Systems", "systems"},
    {"Analytics", "analytics"}, {"Partners", "partners"}, {"Manufacturing", "mfg"}, {"Retail", "retail"},
    {"Health", "health"}, {"Labs", "labs"}, {"Capital", "capital"}, {"Networks", "networks"},
    {"Solutions", "solutions"}, {"Industries", "industries"}, {"Design", "design"}, {"Freight", "freight"},
};

const char *const kEnglishForms[] = {"Ltd", "LLC", "Inc.", "GmbH", "PLC", "Ltd"};

const char *const kRussianCities[] = {
    "Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород",
    "Челябинск", "Самара", "Омск", "Ростов-на-Дону", "Уфа", "Красноярск", "Воронеж", "Пермь",
    "Волгоград", "Краснодар", "Тюмень", "Иркутск", "Ярославль", "Владивосток", "Калининград", "Томск",
};

const char *const kEnglishCities[] = {
    "London", "Manchester", "Birmingham", "Edinburgh", "Dublin", "New York", "Boston", "Chicago",
    "San Francisco", "Toronto", "Berlin", "Amsterdam", "Helsinki", "Riga", "Tallinn", "Almaty",
};

// Real two-digit region codes of Russian tax offices.
const int kInnRegions[] = {77, 78, 50, 54, 66, 16, 52, 74, 63, 55, 61, 2, 24, 36, 59, 34, 23, 72, 38, 76, 25, 39, 70};

const char *const kMailDomains[] = {"gmail.com", "yandex.ru", "mail.ru", "outlook.com", "bk.ru", "proton.me"};

const char *const kRussianLeadTitles[] = {
    "Заявка", "Запрос КП", "Консультация", "Запрос цены", "Обратный звонок", "Заявка с сайта",
    "Интерес к услуге", "Тендер", "Пилотный проект", "Расширение договора",
};

const char *const kEnglishLeadTitles[] = {
    "Request", "Quote request", "Demo request", "Inquiry", "Call back", "Pricing question",
    "Pilot project", "Tender", "Upsell", "Partnership inquiry",
};

const char *const kRussianDescriptions[] = {
    "Просят коммерческое предложение до конца недели.",
    "Нужна интеграция с 1С, сроки сжатые.",
    "Бюджет согласован на следующий квартал.",
    "Сравнивают нас с двумя конкурентами.",
    "Интересуются скидкой при годовой оплате.",
    "Перезвонить после 15:00 по Москве.",
    "Пришли с выставки, хотят демонстрацию.",
    "Уже работали с нами в 2022 году.",
    "Нужен договор с отсрочкой платежа.",
    "Лицо, принимающее решение, — финансовый директор.",
};

const char *const kEnglishDescriptions[] = {
    "Asked for a proposal by the end of the week.",
    "Needs an integration with their ERP; tight deadline.",
    "Budget approved for next quarter.",
    "Comparing us with two competitors.",
    "Interested in a discount for annual billing.",
    "Call back after 3 pm their time.",
    "Met at the trade show, wants a demo.",
    "Former customer, returning after a pause.",
    "Procurement requires three quotes.",
    "Decision maker is the CFO.",
};

const char *const kCampaigns[] = {
    "Spring webinar series", "Весенняя рассылка", "Выставка «Связь»", "Google Ads — brand", "Яндекс Директ",
    "Partner referral programme", "Black Friday", "Вебинар «CRM за час»", "LinkedIn outreach",
    "Конференция ЦИПР", "Autumn newsletter", "Холодные звонки Q3",
};

const char *const kSoftware[] = {"Web application", "Mobile app", "Integration", "Support contract", "Audit"};
const char *const kCloud[] = {"Облачный хостинг", "Резервное копирование", "Миграция в облако", "Managed Kubernetes"};
const char *const kConsulting[] = {"IT strategy", "Аудит процессов", "Security assessment", "Обучение персонала"};
const char *const kHardware[] = {"Серверы", "Сетевое оборудование", "Laptops", "Монтаж и настройка"};
const char *const kTraining[] = {"Онлайн-курс", "Corporate workshop", "Сертификация"};
const char *const kMarketing[] = {"SEO", "Контекстная реклама", "Brand design", "SMM"};

const DemoDirection kDirections[] = {
    {"Software development", kSoftware},
    {"Облачные сервисы", kCloud},
    {"Consulting", kConsulting},
    {"Поставка оборудования", kHardware},
    {"Training", kTraining},
    {"Маркетинг", kMarketing},
};

const char *const kChannels[] = {
    "Website", "Email newsletter", "Telegram", "ВКонтакте", "LinkedIn", "Контекстная реклама",
    "Партнёрская сеть", "Выставки",
};

} // namespace

std::span<const DemoMaleName> DemoNames::russianMaleNames() { return kRussianMale; }
std::span<const DemoWord> DemoNames::russianFemaleNames() { return kRussianFemale; }
std::span<const DemoSurname> DemoNames::russianSurnames() { return kRussianSurnames; }
std::span<const DemoWord> DemoNames::englishMaleNames() { return kEnglishMale; }
std::span<const DemoWord> DemoNames::englishFemaleNames() { return kEnglishFemale; }
std::span<const DemoWord> DemoNames::englishSurnames() { return kEnglishSurnames; }
std::span<const DemoWord> DemoNames::russianCompanyWords() { return kRussianCompanyWords; }
std::span<const DemoWord> DemoNames::russianCompanySuffixes() { return kRussianCompanySuffixes; }
std::span<const char *const> DemoNames::russianCompanyForms() { return kRussianForms; }
std::span<const DemoWord> DemoNames::russianRegions() { return kRussianRegions; }
std::span<const DemoWord> DemoNames::englishCompanyWords() { return kEnglishCompanyWords; }
std::span<const DemoWord> DemoNames::englishCompanySuffixes() { return kEnglishCompanySuffixes; }
std::span<const char *const> DemoNames::englishCompanyForms() { return kEnglishForms; }
std::span<const char *const> DemoNames::russianCities() { return kRussianCities; }
std::span<const char *const> DemoNames::englishCities() { return kEnglishCities; }
std::span<const int> DemoNames::innRegions() { return kInnRegions; }
std::span<const char *const> DemoNames::mailDomains() { return kMailDomains; }
std::span<const char *const> DemoNames::russianLeadTitles() { return kRussianLeadTitles; }
std::span<const char *const> DemoNames::englishLeadTitles() { return kEnglishLeadTitles; }
std::span<const char *const> DemoNames::russianDescriptions() { return kRussianDescriptions; }
std::span<const char *const> DemoNames::englishDescriptions() { return kEnglishDescriptions; }
std::span<const char *const> DemoNames::campaigns() { return kCampaigns; }
std::span<const DemoDirection> DemoNames::directions() { return kDirections; }
std::span<const char *const> DemoNames::channels() { return kChannels; }
