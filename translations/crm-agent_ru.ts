<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppTheme</name>
    <message>
        <source>The system&apos;s</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign leads</source>
        <translation>Назначение лидов</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>The employee who will own the leads. Type a few letters of the name or login.</source>
        <translation>Сотрудник, который будет отвечать за лиды. Введите несколько букв имени или логина.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>&amp;Leads that will not be assigned</source>
        <translation>&amp;Лиды, которые не будут назначены</translation>
    </message>
    <message>
        <source>Leads that will not be assigned</source>
        <translation>Лиды, которые не будут назначены</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Type a name or login</source>
        <translation>Введите имя или логин</translation>
    </message>
    <message>
        <source>Assign the lead</source>
        <translation>Назначение лида</translation>
    </message>
    <message>
        <source>Choose the employee who will own this lead.</source>
        <translation>Выберите сотрудника, который будет отвечать за этот лид.</translation>
    </message>
    <message>
        <source>Assign %1 leads</source>
        <translation>Назначение лидов (%1)</translation>
    </message>
    <message>
        <source>%1 leads will be checked one by one and assigned to the owner you choose, all in one step.</source>
        <translation>Лиды (%1) будут по очереди проверены и назначены выбранному ответственному — всё за один шаг.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message>
        <source>%1 (#%2): %3</source>
        <translation>%1 (#%2): %3</translation>
    </message>
    <message>
        <source>The lead can be assigned.</source>
        <translation>Лид можно назначить.</translation>
    </message>
    <message>
        <source>All %1 leads can be assigned.</source>
        <translation>Все лиды (%1) можно назначить.</translation>
    </message>
    <message>
        <source>%1 of %2 leads can be assigned; %3 cannot (listed below, with the reason) and will be left as they are.</source>
        <translation>Можно назначить лидов: %1 из %2. Остальные (%3) назначить нельзя (они перечислены ниже с указанием причины), они останутся без изменений.</translation>
    </message>
    <message>
        <source>Owner: choose the employee who will own the lead.</source>
        <translation>Ответственный: выберите сотрудника, который будет отвечать за лид.</translation>
    </message>
    <message>
        <source>%1 leads assigned; %2 left as they were:</source>
        <translation>Назначено лидов: %1; оставлено без изменений: %2:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Checking the leads…</source>
        <translation>Проверка лидов…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be assigned…</source>
        <translation>Отмена: ни один лид не будет назначен…</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Назначение…</translation>
    </message>
    <message>
        <source>Assigning… %1 of %2 leads checked.</source>
        <translation>Назначение… Проверено лидов: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, or into a file with crm-agent copy.</source>
        <translation>Резервная копия базы данных PostgreSQL создаётся с помощью pg_dump или в файл с помощью crm-agent copy.</translation>
    </message>
    <message>
        <source>Only a crm_admin may back up the database.</source>
        <translation>Создавать резервную копию базы данных может только crm_admin.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных SQLite (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Резервная копия базы данных сохранена в %1.</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>Резервная копия базы данных не создана: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a consistent copy of an SQLite database file, also while CRM Agent is using it. The copy is readable by its owner only; an existing file is never overwritten.</source>
        <translation>Записывает согласованную копию файла базы данных SQLite, в том числе во время работы CRM Agent с ним. Копия доступна для чтения только её владельцу; существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>Файл резервной копии (не должен существовать).</translation>
    </message>
    <message>
        <source>--out is missing: backup --db PATH --out FILE.</source>
        <translation>Не указан --out: backup --db PATH --out FILE.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Резервная копия %1 сохранена в %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks an SQLite database file, reading only: the schema version, SQLite&apos;s integrity check, the references, the search index, and the counts of leads, history and search index entries.</source>
        <translation>Проверяет файл базы данных SQLite только на чтение: версию схемы, целостность средствами SQLite, ссылки, поисковый индекс и количество лидов, записей истории и записей поискового индекса.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы: %1</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>Лидов: %1</translation>
    </message>
    <message>
        <source>History entries: %1</source>
        <translation>Записей истории: %1</translation>
    </message>
    <message>
        <source>Search index: %1 leads</source>
        <translation>Поисковый индекс: лидов — %1</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>База данных исправна.</translation>
    </message>
    <message>
        <source>Found %1 problem(s):</source>
        <translation>Обнаружены проблемы (%1):</translation>
    </message>
    <message>
        <source>Restore your last backup (crm-agent backup, or a NAME.before-vN.sqlite beside the file), or copy what can be read into a new file with crm-agent copy.</source>
        <translation>Восстановите последнюю резервную копию (crm-agent backup или файл NAME.before-vN.sqlite рядом с базой) или скопируйте то, что удаётся прочитать, в новый файл с помощью crm-agent copy.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 / %2 leads</source>
        <translation>Лидов: %1 / %2</translation>
    </message>
    <message>
        <source>The command %1 comes first: crm-agent %1 …</source>
        <translation>Команда %1 идёт первой: crm-agent %1 …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (crm-agent --help).</source>
        <translation>«%1» — не команда; команды: %2 (crm-agent --help).</translation>
    </message>
    <message>
        <source>Usage: crm-agent [--db PATH] [--user LOGIN]
       crm-agent backup --db PATH --out FILE
       crm-agent check --db PATH
       crm-agent copy --from DB --to DB [--progress]
       crm-agent demo --db PATH --leads N [--companies N] [--seed S] [--user LOGIN]
       crm-agent export --db PATH --out FILE|- [--format csv|xlsx] [--columns a,b,c]
                        [--state S] [--source S] [--owner LOGIN] [--search TEXT]
                        [--created-from DATE] [--created-to DATE]
                        [--delimiter comma|semicolon|tab] [--bom] [--no-header]
                        [--no-formula-guard] [--user LOGIN]
       crm-agent import --db PATH FILE [--report REJECTED.csv]
                        [--on-duplicate skip|flag|import] [--dry-run] [--user LOGIN]
                        [--default-source CODE] [--mapping a,b,c]

CRM Agent: the lead desk for the first stage of a sales funnel.

Options:
  --db PATH       the SQLite database file (default: %1) or a postgresql:// URI;
                  the server&apos;s password comes from PGPASSWORD, ~/.pgpass or,
                  on a terminal, a prompt
  --user LOGIN    sign in as LOGIN; the password comes from CRM_AGENT_PASSWORD
                  or, on a terminal, a prompt
  -h, --help      show this help
  -v, --version   show the version

Commands:
  backup          write a consistent copy of an SQLite file, also while it is in
                  use (owner-only; crm-agent backup --help)
  check           check an SQLite file: schema version, integrity, search index,
                  counts; exit status 1 with the findings when it is not sound
  copy            copy a whole database into an empty one (SQLite file or
                  postgresql:// URI on either side; crm-agent copy --help)
  demo            create or fill a database with deterministic demo data
  export          write leads to a CSV file or an Excel workbook
                  (crm-agent export --help, --list-columns)
  import          read leads from a CSV file (UTF-8 or Windows-1251; comma,
                  semicolon or tab), all or nothing (crm-agent import --help)
</source>
        <translation>Вызов: crm-agent [--db PATH] [--user LOGIN]
       crm-agent backup --db PATH --out FILE
       crm-agent check --db PATH
       crm-agent copy --from DB --to DB [--progress]
       crm-agent demo --db PATH --leads N [--companies N] [--seed S] [--user LOGIN]
       crm-agent export --db PATH --out FILE|- [--format csv|xlsx] [--columns a,b,c]
                        [--state S] [--source S] [--owner LOGIN] [--search TEXT]
                        [--created-from DATE] [--created-to DATE]
                        [--delimiter comma|semicolon|tab] [--bom] [--no-header]
                        [--no-formula-guard] [--user LOGIN]
       crm-agent import --db PATH FILE [--report REJECTED.csv]
                        [--on-duplicate skip|flag|import] [--dry-run] [--user LOGIN]
                        [--default-source CODE] [--mapping a,b,c]

CRM Agent: рабочее место для лидов на первом этапе воронки продаж.

Параметры:
  --db PATH       файл базы данных SQLite (по умолчанию: %1) или URI postgresql://;
                  пароль сервера берётся из PGPASSWORD, ~/.pgpass или
                  запрашивается в терминале
  --user LOGIN    войти как LOGIN; пароль берётся из CRM_AGENT_PASSWORD
                  или запрашивается в терминале
  -h, --help      показать эту справку
  -v, --version   показать версию

Команды:
  backup          записать согласованную копию файла SQLite, в том числе во время
                  работы с ним (только для владельца; crm-agent backup --help)
  check           проверить файл SQLite: версия схемы, целостность, поисковый индекс,
                  количество записей; при ошибках — код возврата 1 и список проблем
  copy            скопировать всю базу данных в пустую (файл SQLite или
                  URI postgresql:// с любой стороны; crm-agent copy --help)
  demo            создать или заполнить базу данных детерминированными демо-данными
  export          выгрузить лиды в файл CSV или книгу Excel
                  (crm-agent export --help, --list-columns)
  import          загрузить лиды из файла CSV (UTF-8 или Windows-1251; запятая,
                  точка с запятой или табуляция), всё или ничего (crm-agent import --help)
</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is not valid text in this system&apos;s encoding (UTF-8): CRM Agent does not guess another name for it. Rename the file, or give it by a name that is valid text.</source>
        <translation>Аргумент «%1» не является допустимым текстом в кодировке этой системы (UTF-8): CRM Agent не подбирает для него другое имя. Переименуйте файл или укажите его под именем, которое является допустимым текстом.</translation>
    </message>
    <message>
        <source>--%1 is empty: give a database file or a postgresql:// URI.</source>
        <translation>--%1 пуст: укажите файл базы данных или URI postgresql://.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>Open a CRM Agent database: a file of your own, or the PostgreSQL database your team shares. Passwords are never saved.</source>
        <translation>Откройте базу данных CRM Agent: свой файл или базу PostgreSQL, общую для команды. Пароли никогда не сохраняются.</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>SQLite &amp;file</source>
        <translation>&amp;Файл SQLite</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Файл SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Ф&amp;айл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Хост</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>По&amp;рт</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>5432 (default)</source>
        <translation>5432 (по умолчанию)</translation>
    </message>
    <message>
        <source>D&amp;atabase name</source>
        <translation>&amp;Имя базы данных</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше имя входа</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Паро&amp;ль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>из PGPASSWORD или ~/.pgpass, если пусто</translation>
    </message>
    <message>
        <source>&amp;SSL mode</source>
        <translation>Режим &amp;SSL</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Режим SSL</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>По умолчанию (prefer)</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>(выберите недавнее подключение)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>CRM Agent databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных CRM Agent (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>File: choose or type the database file.</source>
        <translation>Файл: выберите или введите файл базы данных.</translation>
    </message>
    <message>
        <source>Host: &quot;%1&quot; is not a host name or address.</source>
        <translation>Хост: «%1» не является именем хоста или адресом.</translation>
    </message>
    <message>
        <source>Database name: enter the name of the team&apos;s database.</source>
        <translation>Имя базы данных: введите имя базы данных команды.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>%1: %2 / %3 rows</source>
        <translation>%1: %2 / %3 строк</translation>
    </message>
    <message>
        <source>Copies a whole database into an empty one, in one transaction: an SQLite file or a postgresql:// URI on either side (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>Копирует всю базу данных в пустую одной транзакцией: файл SQLite или URI postgresql:// с любой стороны (пароль из PGPASSWORD или ~/.pgpass).</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>База данных, которую нужно скопировать.</translation>
    </message>
    <message>
        <source>The database to copy into: a new file, or a database without CRM Agent data.</source>
        <translation>База данных, в которую копировать: новый файл или база без данных CRM Agent.</translation>
    </message>
    <message>
        <source>Report progress on standard error, a line each step, even when it is not a terminal.</source>
        <translation>Сообщать о ходе работы в стандартный поток ошибок, строкой на каждый шаг, даже не в терминале.</translation>
    </message>
    <message>
        <source>--%1 is missing: copy --from DB --to DB.</source>
        <translation>Не указан --%1: copy --from DB --to DB.</translation>
    </message>
    <message>
        <source>Copied %1 rows (%2 leads) from %3 to %4 in %5 s.</source>
        <translation>Скопировано строк: %1 (лидов: %2) из %3 в %4 за %5 с.</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation>поле в кавычках не закрыто до конца файла.</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote.</source>
        <translation>неожиданный текст после закрывающей кавычки.</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote.</source>
        <translation>кавычка внутри поля, которое не начинается с кавычки.</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Не удалось прочитать данные дашборда: %1</translation>
    </message>
    <message>
        <source>Employee %1</source>
        <translation>Сотрудник %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Состояние дашборда</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Count the leads of the list&apos;s view again (F5)</source>
        <translation>Пересчитать лиды представления списка (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Сохранить диаграмму как PNG…</translation>
    </message>
    <message>
        <source>Save the framed chart as a PNG image (Ctrl+S)</source>
        <translation>Сохранить выбранную диаграмму как изображение PNG (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Сохранить диаграмму как PNG…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Copy numbers</source>
        <translation>&amp;Копировать данные</translation>
    </message>
    <message>
        <source>Copy the framed chart&apos;s numbers to the clipboard as CSV (Ctrl+Shift+C)</source>
        <translation>Скопировать данные выбранной диаграммы в буфер обмена в формате CSV (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Копировать данные</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Leads by state</source>
        <translation>Лиды по статусам</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Лиды по источникам</translation>
    </message>
    <message>
        <source>Qualification rate by source</source>
        <translation>Доля квалифицированных по источникам</translation>
    </message>
    <message>
        <source>New leads per week</source>
        <translation>Новые лиды по неделям</translation>
    </message>
    <message>
        <source>Qualification rate by owner</source>
        <translation>Доля квалифицированных по ответственным</translation>
    </message>
    <message>
        <source>Counting the leads of the list&apos;s view…</source>
        <translation>Подсчёт лидов представления списка…</translation>
    </message>
    <message>
        <source>%1 leads in the list&apos;s view; %2 decided (qualified or disqualified). Hover over a bar for its counts.</source>
        <translation>Лидов в представлении списка: %1; решение принято по %2 (квалифицированы или дисквалифицированы). Наведите указатель на столбец, чтобы увидеть значения.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Начало недели</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицированы</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицированы</translation>
    </message>
    <message>
        <source>Qualification rate, %</source>
        <translation>Доля квалифицированных, %</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить диаграмму как PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation>Не удалось сохранить диаграмму: %1</translation>
    </message>
    <message>
        <source>%1: %2 leads (%3% of %4)</source>
        <translation>%1 — лидов: %2 (%3% из %4)</translation>
    </message>
    <message>
        <source>Week of %1: %2 new leads</source>
        <translation>Неделя с %1 — новых лидов: %2</translation>
    </message>
    <message>
        <source>%1: no lead qualified or disqualified yet</source>
        <translation>%1: пока нет квалифицированных или дисквалифицированных лидов</translation>
    </message>
    <message>
        <source>%1: %2% qualified — %3 qualified, %4 disqualified</source>
        <translation>%1: квалифицировано %2% — квалифицировано: %3, дисквалифицировано: %4</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 не является обычным файлом.</translation>
    </message>
    <message>
        <source>Cannot read and write %1: check its permissions.</source>
        <translation>Нет доступа на чтение и запись к %1: проверьте права доступа.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 не является базой данных CRM Agent (это не файл SQLite). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Не удаётся создать %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Не удаётся создать %1: нет прав на запись в папку %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CRM Agent (schema %2; this version understands up to %3). It was left untouched.</source>
        <translation>Файл %1 создан более новой версией CRM Agent (схема %2; эта версия поддерживает схемы до %3). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CRM Agent database. It was left untouched.</source>
        <translation>%1 — база данных SQLite другой программы, а не CRM Agent. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Не удаётся открыть %1: драйвер PostgreSQL для Qt не установлен (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server refused the sign-in to %1: wrong or missing password (set PGPASSWORD or ~/.pgpass).</source>
        <translation>Сервер отказал во входе в %1: неверный или отсутствующий пароль (задайте PGPASSWORD или ~/.pgpass).</translation>
    </message>
    <message>
        <source>Cannot open %1: the server has no such database.</source>
        <translation>Не удаётся открыть %1: на сервере нет такой базы данных.</translation>
    </message>
    <message>
        <source>Cannot open %1: the server has no user %2.</source>
        <translation>Не удаётся открыть %1: на сервере нет пользователя %2.</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1: %2</source>
        <translation>Не удаётся связаться с сервером %1: %2</translation>
    </message>
    <message>
        <source>the connection to the server was closed</source>
        <translation>соединение с сервером закрыто</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another program: it is not a CRM Agent database. It was left untouched.</source>
        <translation>В %1 есть таблицы другой программы: это не база данных CRM Agent. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is not writable, and CRM Agent keeps the database&apos;s journal beside the file. Move the file to a writable folder. It was left untouched.</source>
        <translation>Не удаётся открыть %1: папка %2 недоступна для записи, а CRM Agent хранит журнал базы данных рядом с файлом. Переместите файл в папку, доступную для записи. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 does not exist (check the path; only crm-agent demo and the application create a new database).</source>
        <translation>%1 не существует (проверьте путь; новую базу данных создают только crm-agent demo и само приложение).</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>процесс %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (процесс %2)</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Try again when it is done; nothing was changed.</source>
        <translation>Файл %1 заблокирован другой программой, которая выполняет в него запись. Повторите попытку, когда она закончит; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2) that is writing to it. Try again when it is done; nothing was changed.</source>
        <translation>Файл %1 заблокирован другой программой (%2), которая выполняет в него запись. Повторите попытку, когда она закончит; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): nothing more was written to it. Restore your last backup, and run crm-agent check --db %1 to see what is wrong.</source>
        <translation>Файл %1 повреждён (%2): дальнейшая запись в него не выполнялась. Восстановите последнюю резервную копию и запустите crm-agent check --db %1, чтобы выяснить, в чём проблема.</translation>
    </message>
    <message>
        <source>Cannot write to %1 or its journal beside it (%2): check that its folder is writable. It was left untouched.</source>
        <translation>Не удаётся выполнить запись в %1 или в журнал рядом с ним (%2): проверьте, что папка доступна для записи. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 needs its schema updated, and the backup before it could not be written (%2): it was left as it was.</source>
        <translation>Схему базы данных %1 нужно обновить, но перед этим не удалось записать резервную копию (%2): файл оставлен как есть.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a CRM Agent database (%2). It was left untouched.</source>
        <translation>Файл %1 не удаётся прочитать как базу данных CRM Agent (%2). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 holds no CRM Agent database (it is empty). It was left untouched.</source>
        <translation>Файл %1 не содержит базы данных CRM Agent (он пуст). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is marked as a CRM Agent database (schema %2) but tables are missing (%3). Nothing was written to it. Restore your last backup, and run crm-agent check --db %4 to see what is wrong.</source>
        <translation>Файл %1 повреждён: он помечен как база данных CRM Agent (схема %2), но в нём отсутствуют таблицы (%3). Запись в него не выполнялась. Восстановите последнюю резервную копию и запустите crm-agent check --db %4, чтобы выяснить, в чём проблема.</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>A backup file is written from an SQLite database only; back up a PostgreSQL database with pg_dump, or into a file with crm-agent copy.</source>
        <translation>Файл резервной копии создаётся только из базы данных SQLite; резервную копию базы данных PostgreSQL создайте с помощью pg_dump или в файл с помощью crm-agent copy.</translation>
    </message>
    <message>
        <source>%1 exists already: a backup never overwrites a file.</source>
        <translation>%1 уже существует: резервная копия никогда не перезаписывает файл.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Не удаётся записать %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Could not back up the database into %1: %2</source>
        <translation>Не удалось создать резервную копию базы данных в %1: %2</translation>
    </message>
    <message>
        <source>Could not move the backup into place as %1.</source>
        <translation>Не удалось переместить резервную копию в %1.</translation>
    </message>
    <message>
        <source>crm-agent backup copies SQLite files; back up a PostgreSQL database with pg_dump, or into a file with crm-agent copy --from URI --to FILE.</source>
        <translation>crm-agent backup копирует файлы SQLite; резервную копию базы данных PostgreSQL создайте с помощью pg_dump или в файл с помощью crm-agent copy --from URI --to FILE.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation>Резервная копия не может совпадать с самой базой данных.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): run crm-agent check --db %1.</source>
        <translation>Не удаётся прочитать %1 (%2): запустите crm-agent check --db %1.</translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database.</source>
        <translation>%1 не является базой данных CRM Agent.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 is damaged, it cannot be read (%2). Restore your last backup.</source>
        <translation>Файл %1 повреждён, его не удаётся прочитать (%2). Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The list of tables cannot be read: %1</source>
        <translation>Не удаётся прочитать список таблиц: %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CRM Agent database.</source>
        <translation>Файл %1 — база данных SQLite другой программы, а не база данных CRM Agent.</translation>
    </message>
    <message>
        <source>%1 holds no CRM Agent database (it is empty).</source>
        <translation>Файл %1 не содержит базы данных CRM Agent (он пуст).</translation>
    </message>
    <message>
        <source>Schema %1 is newer than this version of CRM Agent understands (%2).</source>
        <translation>Схема %1 новее, чем поддерживает эта версия CRM Agent (%2).</translation>
    </message>
    <message>
        <source>No schema version is recorded.</source>
        <translation>Версия схемы не записана.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Отсутствует таблица %1.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Целостность: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Ссылки: %1</translation>
    </message>
    <message numerus="yes">
        <source>References: %n row(s) refer to rows that do not exist.</source>
        <translation>
            <numerusform>Ссылки: %n строка ссылается на несуществующие строки.</numerusform>
            <numerusform>Ссылки: %n строки ссылаются на несуществующие строки.</numerusform>
            <numerusform>Ссылки: %n строк ссылаются на несуществующие строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be counted: %2</source>
        <translation>Не удаётся подсчитать записи «%1»: %2</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>Поисковый индекс</translation>
    </message>
    <message>
        <source>The search index holds %1 leads of %2.</source>
        <translation>Поисковый индекс содержит лидов: %1 из %2.</translation>
    </message>
    <message>
        <source>The search index: %1</source>
        <translation>Поисковый индекс: %1</translation>
    </message>
    <message>
        <source>The search index cannot be checked: the database is busy.</source>
        <translation>Не удаётся проверить поисковый индекс: база данных занята.</translation>
    </message>
    <message>
        <source>The search index (leads_fts) is missing.</source>
        <translation>Отсутствует поисковый индекс (leads_fts).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <source>crm-agent check reads SQLite files; a PostgreSQL server checks its own storage (amcheck, pg_dump).</source>
        <translation>crm-agent check проверяет файлы SQLite; сервер PostgreSQL проверяет своё хранилище сам (amcheck, pg_dump).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>%1 does not exist: there is nothing to copy.</source>
        <translation>%1 не существует: копировать нечего.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to copy.</source>
        <translation>%1 пуста: копировать нечего.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no CRM Agent database: there is nothing to copy.</source>
        <translation>В %1 нет базы данных CRM Agent: копировать нечего.</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1).</source>
        <translation>Источник и цель — одна и та же база данных (%1).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds CRM Agent data (%2): a copy goes into an empty database only. It was left untouched.</source>
        <translation>В %1 уже есть данные CRM Agent (%2): копировать можно только в пустую базу. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>Could not read %1 from %2: %3</source>
        <translation>Не удалось прочитать %1 из %2: %3</translation>
    </message>
    <message>
        <source>Could not write %1 to %2: %3</source>
        <translation>Не удалось записать %1 в %2: %3</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>Не удалось записать в %1: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled: %1 was left as it was.</source>
        <translation>Копирование отменено: %1 оставлена как была.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Database: no file or server was given.</source>
        <translation>База данных: не указан ни файл, ни сервер.</translation>
    </message>
    <message>
        <source>Database address %1 is not a valid PostgreSQL URI: %2</source>
        <translation>Адрес базы данных %1 не является корректным URI PostgreSQL: %2</translation>
    </message>
    <message>
        <source>Database address: leave the password out of the URI; it is asked for, or read from PGPASSWORD or ~/.pgpass, and never stored.</source>
        <translation>Адрес базы данных: не указывайте пароль в URI; он запрашивается или читается из PGPASSWORD или ~/.pgpass и никогда не сохраняется.</translation>
    </message>
    <message>
        <source>Database address: a PostgreSQL URI has no #fragment.</source>
        <translation>Адрес базы данных: в URI PostgreSQL не бывает #фрагмента.</translation>
    </message>
    <message>
        <source>Database address: the database name %1 contains a slash.</source>
        <translation>Адрес базы данных: имя базы данных %1 содержит косую черту.</translation>
    </message>
    <message>
        <source>Database address: the value of %1 must not contain &quot;;&quot;.</source>
        <translation>Адрес базы данных: значение %1 не должно содержать «;».</translation>
    </message>
    <message>
        <source>Database address: unknown connection parameter &quot;%1&quot;.</source>
        <translation>Адрес базы данных: неизвестный параметр подключения «%1».</translation>
    </message>
    <message>
        <source>Database address: sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>Адрес базы данных: sslmode «%1» не входит в %2.</translation>
    </message>
    <message>
        <source>Database address: port &quot;%1&quot; is not a number.</source>
        <translation>Адрес базы данных: порт «%1» не является числом.</translation>
    </message>
    <message>
        <source>Database address: port %1 is out of range (1–65535).</source>
        <translation>Адрес базы данных: порт %1 вне допустимого диапазона (1–65535).</translation>
    </message>
    <message>
        <source>Database address %1 names no database: add /dbname after the host.</source>
        <translation>В адресе базы данных %1 не указана база: добавьте /dbname после хоста.</translation>
    </message>
    <message>
        <source>the PostgreSQL database %1 on %2</source>
        <translation>база данных PostgreSQL %1 на %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>The connection to the database was lost; your changes are still in the form, save again.</source>
        <translation>Соединение с базой данных потеряно; ваши изменения остались в форме, сохраните ещё раз.</translation>
    </message>
    <message>
        <source>The connection to the database was lost: %1</source>
        <translation>Соединение с базой данных потеряно: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates or fills a database with deterministic demo data.</source>
        <translation>Создаёт или заполняет базу данных детерминированными демонстрационными данными.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Number of leads to add.</source>
        <translation>Количество добавляемых лидов.</translation>
    </message>
    <message>
        <source>Number of companies.</source>
        <translation>Количество компаний.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Начальное значение генератора случайных чисел.</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (a crm_admin) when the database has employees.</source>
        <translation>Войти как LOGIN (сотрудник с ролью crm_admin), если в базе данных есть сотрудники.</translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;.</source>
        <translation>--seed: ожидается целое число, получено «%1».</translation>
    </message>
    <message>
        <source>The database already has employees: sign in as a crm_admin with --user LOGIN.</source>
        <translation>В базе данных уже есть сотрудники: войдите как crm_admin с помощью --user LOGIN.</translation>
    </message>
    <message>
        <source>Only a crm_admin may add demo data.</source>
        <translation>Добавлять демонстрационные данные может только crm_admin.</translation>
    </message>
    <message>
        <source>Added %1 leads, %2 companies and %3 contacts to %4 in %5 s.</source>
        <translation>В %4 добавлено за %5 с: лидов — %1, компаний — %2, контактов — %3.</translation>
    </message>
    <message>
        <source>Demo sign-ins (login password roles):</source>
        <translation>Демонстрационные учётные записи (логин пароль роли):</translation>
    </message>
    <message>
        <source>--%1: at most %2 (demo data is for trying CRM Agent out), got %3.</source>
        <translation>--%1: не более %2 (демо-данные предназначены для знакомства с CRM Agent), получено %3.</translation>
    </message>
    <message>
        <source>--%1: expected a number from 0 to %2, got &quot;%3&quot;.</source>
        <translation>--%1: ожидается число от 0 до %2, получено «%3».</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Не удалось записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>Could not hash the demo passwords (out of memory).</source>
        <translation>Не удалось вычислить хеши демонстрационных паролей (недостаточно памяти).</translation>
    </message>
    <message>
        <source>Could not write the demo data: no employee can own leads.</source>
        <translation>Не удалось записать демонстрационные данные: нет сотрудника, который может отвечать за лиды.</translation>
    </message>
    <message>
        <source>Could not write the demo data: there is no selling direction.</source>
        <translation>Не удалось записать демонстрационные данные: нет ни одного направления продаж.</translation>
    </message>
    <message>
        <source>The number of demo leads and companies cannot be negative.</source>
        <translation>Количество демонстрационных лидов и компаний не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Could not write the demo data.</source>
        <translation>Не удалось записать демо-данные.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an open SQLite or PostgreSQL database.</source>
        <translation>Демо-данные можно создать только в открытой базе данных SQLite или PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Another database is being opened; wait for it first.</source>
        <translation>Уже открывается другая база данных; дождитесь её.</translation>
    </message>
    <message>
        <source>Cannot open the database %1:
%2</source>
        <translation>Не удаётся открыть базу данных %1:
%2</translation>
    </message>
    <message>
        <source>Nobody signed in; the database open before stays open.</source>
        <translation>Никто не вошёл; открытая ранее база данных остаётся открытой.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead form(s) have unsaved changes, lost if you go on. Discard them?</source>
        <translation>
            <numerusform>В %n открытой карточке лида есть несохранённые изменения; продолжив, вы их потеряете. Отбросить их?</numerusform>
            <numerusform>В %n открытых карточках лидов есть несохранённые изменения; продолжив, вы их потеряете. Отбросить их?</numerusform>
            <numerusform>В %n открытых карточках лидов есть несохранённые изменения; продолжив, вы их потеряете. Отбросить их?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <source>The database file %1 no longer exists.</source>
        <translation>Файл базы данных %1 больше не существует.</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>%1
The lead is being reloaded with their changes: close this dialog, check the lead, then try again.</source>
        <translation>%1
Лид перезагружается с их изменениями: закройте это окно, проверьте лид и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify the lead</source>
        <translation>Дисквалификация лида</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Why the lead is not worth pursuing. Required.</source>
        <translation>Почему с лидом не стоит продолжать работу. Обязательное поле.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <source>Anything the next person should know. Required for Other.</source>
        <translation>Всё, что стоит знать следующему сотруднику. Обязательно для причины «Другое».</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>A disqualified lead is closed and becomes read-only. Say why.</source>
        <translation>Дисквалифицированный лид закрывается и становится доступен только для чтения. Укажите причину.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>&amp;Disqualify</source>
        <translation>&amp;Дисквалифицировать</translation>
    </message>
    <message>
        <source>Reason: choose why the lead is disqualified.</source>
        <translation>Причина: выберите, почему лид дисквалифицируется.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Disqualifying…</source>
        <translation>Дисквалификация…</translation>
    </message>
</context>
<context>
    <name>DisqualifyReasons</name>
    <message>
        <source>No need</source>
        <translation>Нет потребности</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Выбрал конкурента</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Не удаётся связаться</translation>
    </message>
    <message>
        <source>Not a decision maker</source>
        <translation>Не лицо, принимающее решения</translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Дубликат лида</translation>
    </message>
    <message>
        <source>Spam or test</source>
        <translation>Спам или тест</translation>
    </message>
    <message>
        <source>Other (explain in the comment)</source>
        <translation>Другое (поясните в комментарии)</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
</context>
<context>
    <name>EmployeeAdmin</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>Only an administrator (crm_admin) can manage employees.</source>
        <translation>Управлять сотрудниками может только администратор (crm_admin).</translation>
    </message>
    <message>
        <source>Full name: enter the employee&apos;s name.</source>
        <translation>ФИО: введите имя сотрудника.</translation>
    </message>
    <message>
        <source>Full name: use at most 255 characters.</source>
        <translation>ФИО: не более 255 символов.</translation>
    </message>
    <message>
        <source>Roles: pick at least one role (an employee with none cannot sign in).</source>
        <translation>Роли: выберите хотя бы одну роль (сотрудник без ролей не может войти в систему).</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone.</source>
        <translation>Часовой пояс: «%1» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Пароль: слишком короткий, минимальная длина (символов): %1.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Сотрудника %1 не существует.</translation>
    </message>
    <message>
        <source>Login: enter a login.</source>
        <translation>Логин: введите логин.</translation>
    </message>
    <message>
        <source>Login: use at most 64 characters and no spaces.</source>
        <translation>Логин: не более 64 символов, без пробелов.</translation>
    </message>
    <message>
        <source>Password: could not be hashed (out of memory).</source>
        <translation>Пароль: не удалось вычислить хеш (недостаточно памяти).</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is already taken.</source>
        <translation>Логин: «%1» уже занят.</translation>
    </message>
    <message>
        <source>Roles: %1 is the only active administrator; make someone else crm_admin first.</source>
        <translation>Роли: %1 — единственный активный администратор; сначала назначьте роль crm_admin другому сотруднику.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>Нельзя деактивировать собственную учётную запись; обратитесь к другому администратору.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator and cannot be deactivated.</source>
        <translation>%1 — единственный активный администратор, его нельзя деактивировать.</translation>
    </message>
</context>
<context>
    <name>EmployeeEditDialog</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>crm_&amp;admin</source>
        <translation>crm_&amp;admin</translation>
    </message>
    <message>
        <source>crm_admin</source>
        <translation>crm_admin</translation>
    </message>
    <message>
        <source>Manages employees and reference data</source>
        <translation>Управляет сотрудниками и справочниками</translation>
    </message>
    <message>
        <source>crm_&amp;sales</source>
        <translation>crm_&amp;sales</translation>
    </message>
    <message>
        <source>crm_sales</source>
        <translation>crm_sales</translation>
    </message>
    <message>
        <source>crm_&amp;manager</source>
        <translation>crm_&amp;manager</translation>
    </message>
    <message>
        <source>crm_manager</source>
        <translation>crm_manager</translation>
    </message>
    <message>
        <source>crm_mar&amp;keteer</source>
        <translation>crm_mar&amp;keteer</translation>
    </message>
    <message>
        <source>crm_marketeer</source>
        <translation>crm_marketeer</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>Times in the history are shown in this zone; empty: this computer&apos;s</source>
        <translation>Время в истории показывается в этом часовом поясе; если не задан — в поясе этого компьютера</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Часовой пояс этого компьютера</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>Сотрудник: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Новый &amp;пароль</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Задать пароль</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Повторите пароль: пароли не совпадают.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>The login must not be empty.</source>
        <translation>Логин не может быть пустым.</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <source>An employee with the login %1 already exists.</source>
        <translation>Сотрудник с логином %1 уже существует.</translation>
    </message>
    <message>
        <source>Could not hash the password (out of memory).</source>
        <translation>Не удалось вычислить хеш пароля (недостаточно памяти).</translation>
    </message>
    <message>
        <source>Could not create the employee: %1</source>
        <translation>Не удалось создать сотрудника: %1</translation>
    </message>
    <message>
        <source>Could not check the password: %1</source>
        <translation>Не удалось проверить пароль: %1</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>Учётная запись %1 отключена. Попросите администратора включить её.</translation>
    </message>
    <message>
        <source>The account %1 has no role, so it cannot sign in. Ask an administrator to give it one.</source>
        <translation>У учётной записи %1 нет ни одной роли, поэтому вход невозможен. Попросите администратора назначить роль.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Имя не может быть пустым.</translation>
    </message>
    <message>
        <source>Could not save the employee: %1</source>
        <translation>Не удалось сохранить сотрудника: %1</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Сотрудника больше не существует.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа для %1: повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа для %1: повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа для %1: повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Неверный логин или пароль. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Неверный логин или пароль. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Неверный логин или пароль. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeesDialog</name>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation>Логин или имя</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add an employee (Ctrl+N)</source>
        <translation>Добавить сотрудника (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change name, roles and time zone (Ctrl+E or Enter in the list)</source>
        <translation>Изменить имя, роли и часовой пояс (Ctrl+E или Enter в списке)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сб&amp;росить пароль…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Set a new password (Ctrl+P)</source>
        <translation>Задать новый пароль (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Д&amp;еактивировать</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the employee (Ctrl+D)</source>
        <translation>Деактивировать или снова активировать сотрудника (Ctrl+D)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Активировать снова</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation>Экспортировано лидов: %1, файл: %2.</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Экспорт отменён, файл не записан.</translation>
    </message>
    <message>
        <source>Reading the selected leads…</source>
        <translation>Чтение выбранных лидов…</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Экспорт лидов</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Created by</source>
        <translation>Создал</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Неизвестный столбец «%1».</translation>
    </message>
    <message>
        <source>No columns given.</source>
        <translation>Столбцы не указаны.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Columns in this order, by the names --list-columns prints (default: all).</source>
        <translation>Столбцы в указанном порядке, по именам, которые выводит --list-columns (по умолчанию: все).</translation>
    </message>
    <message>
        <source>Print the column names and exit.</source>
        <translation>Вывести имена столбцов и выйти.</translation>
    </message>
    <message>
        <source>Only leads in these states (new, assigned, qualified, disqualified, dropped).</source>
        <translation>Только лиды в этих статусах (new, assigned, qualified, disqualified, dropped).</translation>
    </message>
    <message>
        <source>Only leads from these sources (website_form, call, ...).</source>
        <translation>Только лиды из этих источников (website_form, call, ...).</translation>
    </message>
    <message>
        <source>Only leads owned by these employees (logins; &quot;none&quot; for leads without an owner).</source>
        <translation>Только лиды этих ответственных (логины; «none» — лиды без ответственного).</translation>
    </message>
    <message>
        <source>Only leads matching this text, as the lead list&apos;s search does.</source>
        <translation>Только лиды, соответствующие этому тексту (так же, как при поиске в списке лидов).</translation>
    </message>
    <message>
        <source>Only leads created on or after this date (YYYY-MM-DD).</source>
        <translation>Только лиды, созданные в эту дату или позже (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Only leads created on or before this date (YYYY-MM-DD).</source>
        <translation>Только лиды, созданные в эту дату или раньше (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation>comma (по умолчанию), semicolon или tab.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark.</source>
        <translation>Начать файл с метки порядка байтов UTF-8 (BOM).</translation>
    </message>
    <message>
        <source>Leave out the header row.</source>
        <translation>Не записывать строку заголовка.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they are.</source>
        <translation>Записывать ячейки, начинающиеся с = + - @, как есть.</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from CRM_AGENT_PASSWORD or a prompt); needed when the database has employees.</source>
        <translation>Войти как LOGIN (пароль берётся из CRM_AGENT_PASSWORD или запрашивается); требуется, если в базе данных есть сотрудники.</translation>
    </message>
    <message>
        <source>--columns: %1 See crm-agent export --list-columns.</source>
        <translation>--columns: %1 См. crm-agent export --list-columns.</translation>
    </message>
    <message>
        <source>--delimiter: expected comma, semicolon or tab, got &quot;%1&quot;.</source>
        <translation>--delimiter: ожидается comma, semicolon или tab, получено «%1».</translation>
    </message>
    <message>
        <source>--state: unknown state &quot;%1&quot; (new, assigned, qualified, disqualified, dropped).</source>
        <translation>--state: неизвестный статус «%1» (new, assigned, qualified, disqualified, dropped).</translation>
    </message>
    <message>
        <source>--source: unknown source &quot;%1&quot; (%2).</source>
        <translation>--source: неизвестный источник «%1» (%2).</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &quot;%2&quot;.</source>
        <translation>--%1: ожидается дата в формате ГГГГ-ММ-ДД, получено «%2».</translation>
    </message>
    <message>
        <source>--created-from is after --created-to.</source>
        <translation>--created-from позже, чем --created-to.</translation>
    </message>
    <message>
        <source>The database has employees: sign in with --user LOGIN.</source>
        <translation>В базе данных есть сотрудники: войдите с помощью --user LOGIN.</translation>
    </message>
    <message>
        <source>--owner: no employee with the login &quot;%1&quot;.</source>
        <translation>--owner: нет сотрудника с логином «%1».</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation>Экспортировано лидов: %1 (%2).</translation>
    </message>
    <message>
        <source>Report progress on standard error, a line each step, even when it is not a terminal (for scripts and other programs).</source>
        <translation>Сообщать о ходе выполнения в стандартный поток ошибок, строкой на каждый шаг, даже если это не терминал (для скриптов и других программ).</translation>
    </message>
    <message>
        <source>File to write (CSV, or an Excel workbook for *.xlsx); - for standard output (CSV).</source>
        <translation>Файл для записи (CSV или книга Excel для *.xlsx); - — стандартный вывод (CSV).</translation>
    </message>
    <message>
        <source>csv or xlsx (an Excel workbook with typed cells); default: xlsx for a *.xlsx file, else csv.</source>
        <translation>csv или xlsx (книга Excel с типизированными ячейками); по умолчанию xlsx для файла *.xlsx, иначе csv.</translation>
    </message>
    <message>
        <source>--out: give the file to write, or - for standard output.</source>
        <translation>--out: укажите файл для записи или - для стандартного вывода.</translation>
    </message>
    <message>
        <source>--format: expected csv or xlsx, got &quot;%1&quot;.</source>
        <translation>--format: ожидается csv или xlsx, получено «%1».</translation>
    </message>
    <message>
        <source>--out: an Excel workbook cannot go to standard output; give a file.</source>
        <translation>--out: книгу Excel нельзя вывести в стандартный вывод; укажите файл.</translation>
    </message>
    <message>
        <source>--%1 applies to CSV only, not to an Excel workbook.</source>
        <translation>--%1 относится только к CSV, не к книге Excel.</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2 (%3 sheets).</source>
        <translation>Экспортировано лидов: %1 в %2 (листов: %3).</translation>
    </message>
    <message>
        <source>Exports leads to a CSV file (RFC 4180, UTF-8) or an Excel workbook (.xlsx).</source>
        <translation>Экспортирует лиды в файл CSV (RFC 4180, UTF-8) или в книгу Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>&amp;Current view (its filter, sort and columns)</source>
        <translation>&amp;Текущее представление (его фильтр, сортировка и столбцы)</translation>
    </message>
    <message>
        <source>Current view (its filter, sort and columns)</source>
        <translation>Текущее представление (его фильтр, сортировка и столбцы)</translation>
    </message>
    <message>
        <source>&amp;Selected rows</source>
        <translation>&amp;Выделенные строки</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Выделенные строки</translation>
    </message>
    <message>
        <source>&amp;All leads</source>
        <translation>Все &amp;лиды</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Все лиды</translation>
    </message>
    <message>
        <source>Columns (ticked ones, in this order)</source>
        <translation>Столбцы (отмеченные, в этом порядке)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Выш&amp;е</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation>Отмет&amp;ить все</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Снять все отметки</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <source>&amp;View&apos;s columns</source>
        <translation>Столбцы &amp;представления</translation>
    </message>
    <message>
        <source>View&apos;s columns</source>
        <translation>Столбцы представления</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Разделитель</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>&amp;Header row with column names</source>
        <translation>Строка &amp;заголовка с именами столбцов</translation>
    </message>
    <message>
        <source>Header row with column names</source>
        <translation>Строка заголовка с именами столбцов</translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark (for spreadsheet programs)</source>
        <translation>&amp;Метка порядка байтов UTF-8 (BOM, для табличных редакторов)</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation>Метка порядка байтов UTF-8 (BOM, для табличных редакторов)</translation>
    </message>
    <message>
        <source>&amp;Formula guard: a quote before cells starting with = + - @</source>
        <translation>Защита от &amp;формул: кавычка перед ячейками, начинающимися с = + - @</translation>
    </message>
    <message>
        <source>Formula guard: a quote before cells starting with = + - @</source>
        <translation>Защита от формул: кавычка перед ячейками, начинающимися с = + - @</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Ф&amp;айл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Сообщение экспорта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation>
            <numerusform>&amp;Выделенные строки (%n)</numerusform>
            <numerusform>&amp;Выделенные строки (%n)</numerusform>
            <numerusform>&amp;Выделенные строки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Выделенные строки (%n)</numerusform>
            <numerusform>Выделенные строки (%n)</numerusform>
            <numerusform>Выделенные строки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation>Экспорт лидов в файл</translation>
    </message>
    <message>
        <source>Columns: tick at least one column.</source>
        <translation>Столбцы: отметьте хотя бы один столбец.</translation>
    </message>
    <message>
        <source>File: %1 is a folder.</source>
        <translation>Файл: %1 — это папка.</translation>
    </message>
    <message>
        <source>File: the folder %1 does not exist.</source>
        <translation>Файл: папка %1 не существует.</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Экспорт лидов</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Ф&amp;ормат</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Sheets note</source>
        <translation>Примечание о листах</translation>
    </message>
    <message>
        <source>%1 leads are more than a sheet holds (%2 rows): they go on in %3 sheets with the same header.</source>
        <translation>Лидов (%1) больше, чем вмещает лист (%2 строк): они продолжатся на %3 листах с тем же заголовком.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>File: choose where to save the file.</source>
        <translation>Файл: выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <source>leads-%1.%2</source>
        <translation>leads-%1.%2</translation>
    </message>
</context>
<context>
    <name>ExportFileFormats</name>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExportOutput</name>
    <message>
        <source>No output file given.</source>
        <translation>Не указан выходной файл.</translation>
    </message>
    <message>
        <source>The output file %1 is the database itself.</source>
        <translation>Выходной файл %1 — это сам файл базы данных.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Не удалось записать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <source>Not enough space on the disk to write %1 (%2). Nothing was saved.</source>
        <translation>Недостаточно места на диске для записи %1 (%2). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting leads…</source>
        <translation>Экспорт лидов…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Exporting leads… %1 of %2</source>
        <translation>Экспорт лидов… %1 из %2</translation>
    </message>
    <message>
        <source>Exporting leads… %1</source>
        <translation>Экспорт лидов… %1</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Экспорт лидов</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>Причина дисквалификации</translation>
    </message>
    <message>
        <source>Disqualify comment</source>
        <translation>Комментарий к дисквалификации</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>Import Leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Checking leads…</source>
        <translation>Проверка лидов…</translation>
    </message>
    <message>
        <source>Importing leads…</source>
        <translation>Импорт лидов…</translation>
    </message>
    <message>
        <source>Canceling: undoing what was imported…</source>
        <translation>Отмена: откат импортированных данных…</translation>
    </message>
    <message>
        <source>Reading row %1…</source>
        <translation>Чтение строки %1…</translation>
    </message>
    <message>
        <source>Import canceled; nothing was imported.</source>
        <translation>Импорт отменён, ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 would be imported</source>
        <translation>
            <numerusform>Проверена %n строка: к импорту — %1</numerusform>
            <numerusform>Проверены %n строки: к импорту — %1</numerusform>
            <numerusform>Проверено %n строк: к импорту — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n leads</source>
        <translation>
            <numerusform>Импортирован %n лид</numerusform>
            <numerusform>Импортировано %n лида</numerusform>
            <numerusform>Импортировано %n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as likely duplicates</source>
        <translation>
            <numerusform>%n помечен как вероятный дубликат</numerusform>
            <numerusform>%n помечены как вероятные дубликаты</numerusform>
            <numerusform>%n помечены как вероятные дубликаты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicates skipped</source>
        <translation>
            <numerusform>Пропущен %n вероятный дубликат</numerusform>
            <numerusform>Пропущено %n вероятных дубликата</numerusform>
            <numerusform>Пропущено %n вероятных дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected</source>
        <translation>
            <numerusform>Отклонена %n строка</numerusform>
            <numerusform>Отклонены %n строки</numerusform>
            <numerusform>Отклонено %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected, listed with the reasons in %1</source>
        <translation>
            <numerusform>Отклонена %n строка, список с причинами — в %1</numerusform>
            <numerusform>Отклонены %n строки, список с причинами — в %1</numerusform>
            <numerusform>Отклонено %n строк, список с причинами — в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file: the row, then its line, field and reason.</source>
        <translation>Записать отклонённые строки в этот файл CSV: строка, затем её номер, поле и причина.</translation>
    </message>
    <message>
        <source>A row with the e-mail, phone or TIN of an open lead (or an earlier row): skip (default), flag (import it with a Likely duplicate history entry) or import.</source>
        <translation>Строка с эл. почтой, телефоном или ИНН открытого лида (или предыдущей строки): skip — пропустить (по умолчанию), flag — импортировать с записью истории «Вероятный дубликат», import — импортировать.</translation>
    </message>
    <message>
        <source>Check every row and report, write nothing.</source>
        <translation>Проверить все строки и вывести отчёт, ничего не записывая.</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from CRM_AGENT_PASSWORD or a prompt); needed when the database has employees.</source>
        <translation>Войти как LOGIN (пароль берётся из CRM_AGENT_PASSWORD или запрашивается); требуется, если в базе данных есть сотрудники.</translation>
    </message>
    <message>
        <source>The lead source of rows that name none (website_form, call, ...).</source>
        <translation>Источник лида для строк, в которых он не указан (website_form, call, ...).</translation>
    </message>
    <message>
        <source>The field of each column, in order, empty to ignore one (&quot;name,,contact_email&quot;); default: guessed from the header row.</source>
        <translation>Поле для каждого столбца по порядку; пустое значение — столбец пропускается (&quot;name,,contact_email&quot;); по умолчанию определяется по строке заголовка.</translation>
    </message>
    <message>
        <source>utf-8 or windows-1251 (default: detected).</source>
        <translation>utf-8 или windows-1251 (по умолчанию: определяется автоматически).</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: detected).</source>
        <translation>comma, semicolon или tab (по умолчанию: определяется автоматически).</translation>
    </message>
    <message>
        <source>Report progress on standard error, a line each step, even when it is not a terminal.</source>
        <translation>Сообщать о ходе работы в стандартный поток ошибок, строкой на каждый шаг, даже не в терминале.</translation>
    </message>
    <message>
        <source>Give the CSV file to import.</source>
        <translation>Укажите файл CSV для импорта.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate: expected skip, flag or import, got &quot;%1&quot;.</source>
        <translation>--on-duplicate: ожидается skip, flag или import, получено «%1».</translation>
    </message>
    <message>
        <source>--default-source: unknown source &quot;%1&quot; (%2).</source>
        <translation>--default-source: неизвестный источник «%1» (%2).</translation>
    </message>
    <message>
        <source>--mapping: %1</source>
        <translation>--mapping: %1</translation>
    </message>
    <message>
        <source>--encoding: expected utf-8 or windows-1251, got &quot;%1&quot;.</source>
        <translation>--encoding: ожидается utf-8 или windows-1251, получено «%1».</translation>
    </message>
    <message>
        <source>--delimiter: expected comma, semicolon or tab, got &quot;%1&quot;.</source>
        <translation>--delimiter: ожидается comma, semicolon или tab, получено «%1».</translation>
    </message>
    <message>
        <source>The database has employees: sign in with --user LOGIN.</source>
        <translation>В базе данных есть сотрудники: войдите с помощью --user LOGIN.</translation>
    </message>
    <message>
        <source>Imports leads from a CSV file (UTF-8 or Windows-1251; comma, semicolon or tab) in one transaction.
Columns are matched to lead fields by their headers. Exit status: 0 every row imported or knowingly skipped, 3 rows rejected (the others imported), 1 nothing imported, 2 bad arguments, 130 interrupted.</source>
        <translation>Импортирует лиды из файла CSV (UTF-8 или Windows-1251; запятая, точка с запятой или табуляция) одной транзакцией.
Столбцы сопоставляются с полями лида по заголовкам. Код возврата: 0 — все строки импортированы или намеренно пропущены, 3 — есть отклонённые строки (остальные импортированы), 1 — ничего не импортировано, 2 — неверные аргументы, 130 — прервано.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Файл CSV для импорта.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>A CSV file: UTF-8 or Windows-1251, comma, semicolon or tab</source>
        <translation>Файл CSV: UTF-8 или Windows-1251, запятая, точка с запятой или табуляция</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Кодировка</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Разделитель</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Columns and the lead fields they fill</source>
        <translation>Столбцы и заполняемые ими поля лида</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Lead &amp;source for rows without one</source>
        <translation>Источник &amp;лида для строк без источника</translation>
    </message>
    <message>
        <source>Lead source for rows without one</source>
        <translation>Источник лида для строк без источника</translation>
    </message>
    <message>
        <source>Likely d&amp;uplicates</source>
        <translation>Вероятные &amp;дубликаты</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <source>A row with the same e-mail, phone or TIN as an open lead or an earlier row of the file</source>
        <translation>Строка с той же эл. почтой, телефоном или ИНН, что у открытого лида или у предыдущей строки файла</translation>
    </message>
    <message>
        <source>Rejected rows re&amp;port</source>
        <translation>О&amp;тчёт об отклонённых строках</translation>
    </message>
    <message>
        <source>Rejected rows report</source>
        <translation>Отчёт об отклонённых строках</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Без отчёта</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>&amp;Check only, import nothing</source>
        <translation>Только &amp;проверить, ничего не импортировать</translation>
    </message>
    <message>
        <source>Check only, import nothing</source>
        <translation>Только проверить, ничего не импортировать</translation>
    </message>
    <message>
        <source>Remember the mappin&amp;g for files with these columns</source>
        <translation>Запомнить &amp;сопоставление для файлов с такими столбцами</translation>
    </message>
    <message>
        <source>Remember the mapping for files with these columns</source>
        <translation>Запомнить сопоставление для файлов с такими столбцами</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>None: such rows are rejected</source>
        <translation>Нет: такие строки отклоняются</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Rejected Rows Report</source>
        <translation>Отчёт об отклонённых строках</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>The mapping remembered for files with these columns is used.</source>
        <translation>Используется сопоставление, сохранённое для файлов с такими столбцами.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>%1, first value: %2</source>
        <translation>%1, первое значение: %2</translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %n rows, read as %1, %2</source>
        <translation>
            <numerusform>Предпросмотр: первая %n строка, прочитано как %1, %2</numerusform>
            <numerusform>Предпросмотр: первые %n строки, прочитано как %1, %2</numerusform>
            <numerusform>Предпросмотр: первые %n строк, прочитано как %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n columns imported.</source>
        <translation>
            <numerusform>Импортируется столбцов: %1 из %n.</numerusform>
            <numerusform>Импортируется столбцов: %1 из %n.</numerusform>
            <numerusform>Импортируется столбцов: %1 из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column fills Name, which every lead needs.</source>
        <translation>Ни один столбец не заполняет поле «Название», обязательное для каждого лида.</translation>
    </message>
    <message>
        <source>File: choose the CSV file to import.</source>
        <translation>Файл: выберите файл CSV для импорта.</translation>
    </message>
    <message>
        <source>Columns: no column fills %1, which every lead needs; choose it for one of the columns.</source>
        <translation>Столбцы: ни один столбец не заполняет поле «%1», обязательное для каждого лида; выберите его для одного из столбцов.</translation>
    </message>
    <message>
        <source>Lead source for rows without one: no column fills %1; choose the source of these leads.</source>
        <translation>Источник лида для строк без источника: ни один столбец не заполняет поле «%1»; выберите источник этих лидов.</translation>
    </message>
    <message>
        <source>Rejected rows report: %1 is a folder.</source>
        <translation>Отчёт об отклонённых строках: %1 — это папка.</translation>
    </message>
    <message>
        <source>Rejected rows report: it must not be the file being imported.</source>
        <translation>Отчёт об отклонённых строках: он не может совпадать с импортируемым файлом.</translation>
    </message>
</context>
<context>
    <name>ImportDuplicateModes</name>
    <message>
        <source>Skip likely duplicates</source>
        <translation>Пропускать вероятные дубликаты</translation>
    </message>
    <message>
        <source>Import and flag them for review</source>
        <translation>Импортировать и пометить для проверки</translation>
    </message>
    <message>
        <source>Import them as any other row</source>
        <translation>Импортировать как обычные строки</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is named twice.</source>
        <translation>Поле «%1» указано дважды.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds binary data). Save it from the spreadsheet program as CSV.</source>
        <translation>Файл не является текстовым файлом CSV (содержит двоичные данные). Сохраните его из табличного редактора в формате CSV.</translation>
    </message>
</context>
<context>
    <name>ImportRowMapper</name>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>В строке полей: %1; в заголовке: %2.</translation>
    </message>
    <message>
        <source>%1: expected Yes or No, not “%2”</source>
        <translation>%1: ожидается «Да» или «Нет», а не «%2»</translation>
    </message>
    <message>
        <source>%1: unknown source “%2”</source>
        <translation>%1: неизвестный источник «%2»</translation>
    </message>
    <message>
        <source>%1: must be filled in (or choose a default source)</source>
        <translation>%1: обязательное поле (или выберите источник по умолчанию)</translation>
    </message>
</context>
<context>
    <name>LeadActionsBar</name>
    <message>
        <source>&amp;Assign…</source>
        <translation>Назна&amp;чить…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Choose the lead&apos;s owner; the lead becomes Assigned (Ctrl+Shift+A)</source>
        <translation>Выбрать ответственного за лид; лид перейдёт в статус «Назначен» (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Переназна&amp;чить…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Переназначить…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Choose another owner (Ctrl+Shift+R)</source>
        <translation>Выбрать другого ответственного (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>Квалифи&amp;цировать…</translation>
    </message>
    <message>
        <source>Qualify…</source>
        <translation>Квалифицировать…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Create an opportunity from the lead (Ctrl+Shift+Q)</source>
        <translation>Создать сделку из лида (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>&amp;Дисквалифицировать…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Дисквалифицировать…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Close the lead with a reason (Ctrl+Shift+D)</source>
        <translation>Закрыть лид с указанием причины (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>LeadChangeChannel</name>
    <message>
        <source>The database does not announce changes (it is not PostgreSQL).</source>
        <translation>База данных не сообщает об изменениях (это не PostgreSQL).</translation>
    </message>
    <message>
        <source>Could not listen for changes to the leads: %1</source>
        <translation>Не удалось подписаться на изменения лидов: %1</translation>
    </message>
</context>
<context>
    <name>LeadConflictDialog</name>
    <message>
        <source>Someone else changed this lead</source>
        <translation>Этот лид изменил кто-то другой</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Что &amp;изменилось</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>Reload shows their version with your own edits kept on top; save again to store them. Keep editing leaves the form as it is.</source>
        <translation>«Перезагрузить» покажет их версию с вашими правками поверх; сохраните ещё раз, чтобы записать их. «Продолжить редактирование» оставит форму как есть.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Show their version with your edits kept on top (Alt+R)</source>
        <translation>Показать их версию с вашими правками поверх (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Продолжить &amp;редактирование</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Close this message and leave the form as it is (Esc)</source>
        <translation>Закрыть сообщение и оставить форму как есть (Esc)</translation>
    </message>
    <message>
        <source>You changed this field too: your value is kept when you reload.</source>
        <translation>Вы тоже изменили это поле: при перезагрузке сохранится ваше значение.</translation>
    </message>
    <message>
        <source>Their save changed none of the fields.</source>
        <translation>Их сохранение не изменило ни одного поля.</translation>
    </message>
</context>
<context>
    <name>LeadDiff</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>The export was canceled. Nothing was saved.</source>
        <translation>Экспорт отменён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>Only an employee with a CRM role may export leads.</source>
        <translation>Экспортировать лиды может только сотрудник с ролью CRM.</translation>
    </message>
    <message>
        <source>Could not read the leads: %1</source>
        <translation>Не удалось прочитать лиды: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Selected leads</source>
        <translation>Выбранные лиды</translation>
    </message>
    <message>
        <source>Leads in view</source>
        <translation>Лиды представления</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>An Excel workbook cannot be written to standard output: give a file.</source>
        <translation>Книгу Excel нельзя записать в стандартный вывод: укажите файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) held more than the 32,767 characters a workbook cell takes: they were cut to that length, ending in ….</source>
        <translation>
            <numerusform>В %n ячейке было больше 32 767 символов, которые вмещает ячейка книги: текст обрезан до этой длины и оканчивается на «…».</numerusform>
            <numerusform>В %n ячейках было больше 32 767 символов, которые вмещает ячейка книги: текст обрезан до этой длины и оканчивается на «…».</numerusform>
            <numerusform>В %n ячейках было больше 32 767 символов, которые вмещает ячейка книги: текст обрезан до этой длины и оканчивается на «…».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) held stored bytes that are not valid text (not UTF-8, or a NUL or other character the file cannot hold): each was written as the replacement character � (U+FFFD).</source>
        <translation>
            <numerusform>%n значение содержало сохранённые байты, не являющиеся допустимым текстом (не UTF-8, NUL или другой символ, который файл не может содержать): каждое такое значение записано с символом замены � (U+FFFD).</numerusform>
            <numerusform>%n значения содержали сохранённые байты, не являющиеся допустимым текстом (не UTF-8, NUL или другой символ, который файл не может содержать): каждое такое значение записано с символом замены � (U+FFFD).</numerusform>
            <numerusform>%n значений содержали сохранённые байты, не являющиеся допустимым текстом (не UTF-8, NUL или другой символ, который файл не может содержать): каждое такое значение записано с символом замены � (U+FFFD).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadFields</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation>Название компании лида</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Существующая компания</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Сайт компании</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>ИНН компании</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Маркетинговая кампания</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Направление продаж</translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation>Услуга или продукт</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Существующий контакт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation>Канал распространения контента</translation>
    </message>
</context>
<context>
    <name>LeadFormDialog</name>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Add the title of the lead. Required, up to 255 characters.</source>
        <translation>Укажите название лида. Обязательное поле, не более 255 символов.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Specify the lead source: Self-generation, Website form, Chat, Call, Email, Social network or Partner. Required.</source>
        <translation>Укажите источник лида: Самогенерация, Форма на сайте, Чат, Звонок, Электронная почта, Социальная сеть или Партнёр. Обязательное поле.</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Campai&amp;gn</source>
        <translation>Маркетинговая &amp;кампания</translation>
    </message>
    <message>
        <source>Specify the marketing campaign that attracted the lead.</source>
        <translation>Укажите маркетинговую кампанию, которая привлекла лид.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Маркетинговая кампания</translation>
    </message>
    <message>
        <source>Specify the selling direction to which the lead is related. Required.</source>
        <translation>Укажите направление продаж, к которому относится лид. Обязательное поле.</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Направление продаж</translation>
    </message>
    <message>
        <source>Specify the service or product that interested the lead. Only the picked selling direction&apos;s items are offered.</source>
        <translation>Укажите услугу или продукт, которые заинтересовали клиента. Предлагаются только позиции выбранного направления продаж.</translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation>Услуга или продукт</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>The title of the interested company, as the requester wrote it.</source>
        <translation>Название заинтересованной компании в том виде, в каком его указал автор заявки.</translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation>Название компании лида</translation>
    </message>
    <message>
        <source>Select the checkbox if the lead is added for a company that is not in the system yet.</source>
        <translation>Установите флажок, если лид добавляется для компании, которой ещё нет в системе.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Select the company for which the lead is added. Only available while New company is not ticked; required then.</source>
        <translation>Выберите компанию, для которой добавляется лид. Доступно, только пока не установлен флажок «Новая компания»; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Существующая компания</translation>
    </message>
    <message>
        <source>Specify the title of the company that showed interest. Only available while Existing company is empty; required then.</source>
        <translation>Укажите название компании, проявившей интерес. Доступно, только пока поле «Существующая компания» пусто; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Specify the URL of the website of the company that showed interest (http or https; acme.ru becomes https://acme.ru). Only available while Existing company is empty; required then.</source>
        <translation>Укажите адрес сайта компании, проявившей интерес (http или https; acme.ru превращается в https://acme.ru). Доступно, только пока поле «Существующая компания» пусто; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Сайт компании</translation>
    </message>
    <message>
        <source>Specify the company&apos;s TIN: 9, 10 or 12 digits. Only available while Existing company is empty; required then.</source>
        <translation>Укажите ИНН компании: 9, 10 или 12 цифр. Доступно, только пока поле «Существующая компания» пусто; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>ИНН компании</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Select the checkbox if the lead came from a contact that is not in the list yet.</source>
        <translation>Установите флажок, если лид пришёл от контакта, которого ещё нет в списке.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Existing &amp;contact</source>
        <translation>Сущ&amp;ествующий контакт</translation>
    </message>
    <message>
        <source>Specify the existing contact that the lead is related to; the picked company&apos;s contacts come first. Only available while New contact is cleared; required then.</source>
        <translation>Укажите существующий контакт, к которому относится лид; контакты выбранной компании показываются первыми. Доступно, только пока флажок «Новый контакт» снят; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Существующий контакт</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <source>Specify the first name of the contact. Only available while New contact is ticked; required then.</source>
        <translation>Укажите имя контакта. Доступно, только пока установлен флажок «Новый контакт»; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>Specify the last name of the contact. Only available while New contact is ticked; required then.</source>
        <translation>Укажите фамилию контакта. Доступно, только пока установлен флажок «Новый контакт»; в этом случае обязательно.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Specify the middle name of the contact. Only available while New contact is ticked.</source>
        <translation>Укажите отчество контакта. Доступно, только пока установлен флажок «Новый контакт».</translation>
    </message>
    <message>
        <source>Specify the phone number of the contact: digits, spaces and + ( ) -, 5 to 20 digits. Only available while New contact is ticked.</source>
        <translation>Укажите номер телефона контакта: цифры, пробелы и + ( ) -, от 5 до 20 цифр. Доступно, только пока установлен флажок «Новый контакт».</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Contact e&amp;mail</source>
        <translation>&amp;Эл. почта контакта</translation>
    </message>
    <message>
        <source>Specify the e-mail of the contact. Only available while New contact is ticked.</source>
        <translation>Укажите адрес электронной почты контакта. Доступно, только пока установлен флажок «Новый контакт».</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Specify the employee responsible for the lead.</source>
        <translation>Укажите сотрудника, ответственного за лид.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>Specify the city where the lead company is located.</source>
        <translation>Укажите город, в котором находится компания лида.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Content distri&amp;bution channel</source>
        <translation>Канал &amp;распространения контента</translation>
    </message>
    <message>
        <source>Specify the content distribution channel the lead came from.</source>
        <translation>Укажите канал распространения контента, из которого пришёл лид.</translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation>Канал распространения контента</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Add a description of the customer&apos;s demands.</source>
        <translation>Опишите потребности клиента.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the lead and keep the form open (Ctrl+S)</source>
        <translation>Сохранить лид, не закрывая форму (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and e&amp;xit</source>
        <translation>Сохранить и в&amp;ыйти</translation>
    </message>
    <message>
        <source>Save the lead and close the form (Ctrl+Enter)</source>
        <translation>Сохранить лид и закрыть форму (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and exit</source>
        <translation>Сохранить и выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close the form; asks before discarding unsaved changes (Esc)</source>
        <translation>Закрыть форму; перед отменой несохранённых изменений будет запрошено подтверждение (Esc)</translation>
    </message>
    <message>
        <source>Lead %1 could not be read.</source>
        <translation>Не удалось прочитать лид %1.</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>Сообщение для поля «%1»</translation>
    </message>
    <message>
        <source>%1 possible duplicates</source>
        <translation>Возможные дубликаты по полю «%1»</translation>
    </message>
    <message>
        <source>Type part of the company&apos;s name or TIN…</source>
        <translation>Введите часть названия или ИНН компании…</translation>
    </message>
    <message>
        <source>Type part of the contact&apos;s name…</source>
        <translation>Введите часть имени контакта…</translation>
    </message>
    <message>
        <source>%1: takes digits only; spaces, letters and other characters were removed.</source>
        <translation>%1: допускаются только цифры; пробелы, буквы и другие символы удалены.</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 или 12 цифр</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Возможный дубликат:</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Не сохранено: %n поле требует внимания.</numerusform>
            <numerusform>Не сохранено: %n поля требуют внимания.</numerusform>
            <numerusform>Не сохранено: %n полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The lead has unsaved changes. Save them before closing?</source>
        <translation>В лиде есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только для чтения: %1</translation>
    </message>
    <message>
        <source>Change the Owner with Assign or Reassign.</source>
        <translation>Ответственный меняется действиями «Назначить» и «Переназначить».</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
    <message>
        <source>Lead %1: %2 — %3</source>
        <translation>Лид %1: %2 — %3</translation>
    </message>
    <message>
        <source>Reading lead %1…</source>
        <translation>Загрузка лида %1…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message>
        <source>Reloaded with their changes; your edits are kept. Save to store them.</source>
        <translation>Перезагружено с их изменениями; ваши правки сохранены в форме. Сохраните, чтобы записать их.</translation>
    </message>
    <message>
        <source>Lead so&amp;urce</source>
        <translation>Ис&amp;точник лида</translation>
    </message>
    <message>
        <source>Selling direc&amp;tion</source>
        <translation>Направление &amp;продаж</translation>
    </message>
    <message>
        <source>Ser&amp;vice or product</source>
        <translation>&amp;Услуга или продукт</translation>
    </message>
    <message>
        <source>&amp;Existing company</source>
        <translation>Существующая компани&amp;я</translation>
    </message>
    <message>
        <source>Compan&amp;y name</source>
        <translation>Назв&amp;ание компании</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>Телеф&amp;он контакта</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>От&amp;ветственный</translation>
    </message>
    <message>
        <source>Company &lt;b&gt;%1&lt;/b&gt; has this TIN.</source>
        <translation>У компании &lt;b&gt;%1&lt;/b&gt; такой же ИНН.</translation>
    </message>
    <message>
        <source>Use this company</source>
        <translation>Выбрать эту компанию</translation>
    </message>
    <message>
        <source>Contact &lt;b&gt;%1&lt;/b&gt; (%2) exists.</source>
        <translation>Контакт &lt;b&gt;%1&lt;/b&gt; (%2) уже есть.</translation>
    </message>
    <message>
        <source>Use this contact</source>
        <translation>Выбрать этот контакт</translation>
    </message>
    <message>
        <source>Open lead &lt;b&gt;%1&lt;/b&gt; has the same %2.</source>
        <translation>У открытого лида &lt;b&gt;%1&lt;/b&gt; то же поле «%2».</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Открыть лид</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LeadHeaderStrip</name>
    <message>
        <source>Lead header</source>
        <translation>Заголовок лида</translation>
    </message>
    <message>
        <source>The employee responsible for the lead; Assign or Reassign changes it.</source>
        <translation>Сотрудник, отвечающий за лид; меняется действиями «Назначить» и «Переназначить».</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Лид %1</translation>
    </message>
    <message>
        <source>Owner: none yet</source>
        <translation>Ответственный: пока нет</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>the new lead&apos;s id was not returned</source>
        <translation>не возвращён идентификатор нового лида</translation>
    </message>
    <message>
        <source>Could not read the reference data: %1</source>
        <translation>Не удалось прочитать справочные данные: %1</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Не удаётся записать отчёт %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>No column holds the lead&apos;s name: map one of the columns to “%1”.</source>
        <translation>Ни один столбец не содержит название лида: сопоставьте один из столбцов с полем «%1».</translation>
    </message>
    <message>
        <source>No column holds the lead source and no default source is chosen: map a column to “%1” or choose a default source.</source>
        <translation>Ни один столбец не содержит источник лида, и источник по умолчанию не выбран: сопоставьте столбец с полем «%1» или выберите источник по умолчанию.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file has a header row but no leads.</source>
        <translation>В файле есть строка заголовка, но нет лидов.</translation>
    </message>
    <message>
        <source>Could not read the employee: %1</source>
        <translation>Не удалось прочитать данные сотрудника: %1</translation>
    </message>
    <message>
        <source>Sign in to import leads: the database has employees.</source>
        <translation>Войдите, чтобы импортировать лиды: в базе данных есть сотрудники.</translation>
    </message>
    <message>
        <source>%1 (the file has an owner column)</source>
        <translation>%1 (в файле есть столбец ответственного)</translation>
    </message>
    <message>
        <source>Could not import the leads: %1</source>
        <translation>Не удалось импортировать лиды: %1</translation>
    </message>
    <message>
        <source>The import was canceled. Nothing was saved.</source>
        <translation>Импорт отменён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The row holds a NUL byte: binary data, not text.</source>
        <translation>Строка содержит байт NUL: это двоичные данные, а не текст.</translation>
    </message>
    <message>
        <source>A field is longer than %1 MB.</source>
        <translation>Поле длиннее %1 МБ.</translation>
    </message>
    <message>
        <source>The row is not valid %1 text: save the file as UTF-8, or choose its encoding.</source>
        <translation>Строка не является допустимым текстом в кодировке %1: сохраните файл в UTF-8 или выберите его кодировку.</translation>
    </message>
    <message>
        <source>Could not import the lead on line %1: %2</source>
        <translation>Не удалось импортировать лид в строке %1: %2</translation>
    </message>
    <message>
        <source>Lead #%1 “%2” (the same %3)</source>
        <translation>Лид №%1 «%2» (совпадает: %3)</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: %1 Nothing was imported.</source>
        <translation>Файл не удаётся прочитать как CSV: %1 Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>LeadLifecycle</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the lead first (Ctrl+S), or undo your changes: the action re-reads the lead.</source>
        <translation>Сначала сохраните лид (Ctrl+S) или отмените изменения: действие заново загружает лид.</translation>
    </message>
</context>
<context>
    <name>LeadListColumns</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>LeadListIndex</name>
    <message>
        <source>Could not update the lead list index: %1</source>
        <translation>Не удалось обновить индекс списка лидов: %1</translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The list changed while its selection was read.</source>
        <translation>Список изменился, пока считывались выбранные строки.</translation>
    </message>
</context>
<context>
    <name>LeadListReader</name>
    <message>
        <source>Could not read the lead list: %1</source>
        <translation>Не удалось прочитать список лидов: %1</translation>
    </message>
</context>
<context>
    <name>LeadListWidget</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Name, company, contact, e-mail, phone, TIN, description (Ctrl+F)</source>
        <translation>Название, компания, контакт, эл. почта, телефон, ИНН, описание (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;My leads</source>
        <translation>&amp;Мои лиды</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Мои лиды</translation>
    </message>
    <message>
        <source>Only the leads you own (Alt+M)</source>
        <translation>Только лиды, за которые отвечаете вы (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;редставление</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Представление</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить представление…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Save the filter, sort, columns and widths as a named view (Ctrl+Shift+S)</source>
        <translation>Сохранить фильтр, сортировку, столбцы и их ширину как именованное представление (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Delete the chosen saved view</source>
        <translation>Удалить выбранное сохранённое представление</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns to show; drag headers to reorder (Ctrl+Shift+C)</source>
        <translation>Выбрать отображаемые столбцы; порядок меняется перетаскиванием заголовков (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Направление продаж</translation>
    </message>
    <message>
        <source>C&amp;ampaign</source>
        <translation>Маркетинговая &amp;кампания</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Маркетинговая кампания</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создан с</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Создан по</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show all leads: clear the search and every filter (Ctrl+Shift+L)</source>
        <translation>Показать все лиды: очистить поиск и все фильтры (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Никто (не назначен)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Leads in view: %1</source>
        <translation>Лидов в представлении: %1</translation>
    </message>
    <message>
        <source>(working layout)</source>
        <translation>(текущая настройка)</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Название представления</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>Удалить сохранённое представление «%1»?</translation>
    </message>
    <message>
        <source>Lead list</source>
        <translation>Список лидов</translation>
    </message>
    <message>
        <source>Selling d&amp;irection</source>
        <translation>Направление прода&amp;ж</translation>
    </message>
    <message>
        <source>&amp;Created from</source>
        <translation>Созда&amp;н с</translation>
    </message>
    <message>
        <source>C&amp;reated to</source>
        <translation>Со&amp;здан по</translation>
    </message>
    <message>
        <source>Cl&amp;ear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Sort by current column</source>
        <translation>&amp;Сортировать по текущему столбцу</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Sort the list by the current column; again to reverse the order</source>
        <translation>Сортировать список по текущему столбцу; ещё раз — в обратном порядке</translation>
    </message>
    <message>
        <source>Move column &amp;left</source>
        <translation>Сдвинуть столбец &amp;влево</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>Move the current column one place to the left</source>
        <translation>Сдвинуть текущий столбец на одно место влево</translation>
    </message>
    <message>
        <source>Move column &amp;right</source>
        <translation>Сдвинуть столбец вп&amp;раво</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Move the current column one place to the right</source>
        <translation>Сдвинуть текущий столбец на одно место вправо</translation>
    </message>
    <message>
        <source>No leads match.</source>
        <translation>Нет подходящих лидов.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;clear&quot;&gt;Clear filters&lt;/a&gt; (%1) to see every lead.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Сбросьте фильтры&lt;/a&gt; (%1), чтобы увидеть все лиды.</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (изменено)</translation>
    </message>
    <message>
        <source>The view on screen was changed since &quot;%1&quot; was saved or chosen; Save view (Ctrl+Shift+S) keeps the changes</source>
        <translation>Представление на экране изменено после того, как «%1» было сохранено или выбрано; «Сохранить представление» (Ctrl+Shift+S) сохранит изменения</translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно для заполнения.</translation>
    </message>
</context>
<context>
    <name>LeadRelatedLists</name>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>The opportunity created when the lead was qualified</source>
        <translation>Сделка, созданная при квалификации лида</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>Причина дисквалификации</translation>
    </message>
    <message>
        <source>Disqualify comment</source>
        <translation>Комментарий к дисквалификации</translation>
    </message>
    <message>
        <source>Related lists</source>
        <translation>Связанные списки</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>Сде&amp;лки</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Старое значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>&amp;Opportunities (%1)</source>
        <translation>Сде&amp;лки (%1)</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;История (%1)</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Could not save the lead: %1</source>
        <translation>Не удалось сохранить лид: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The lead has not been saved yet.</source>
        <translation>Лид ещё не сохранён.</translation>
    </message>
    <message>
        <source>Could not read the lead: %1</source>
        <translation>Не удалось прочитать лид: %1</translation>
    </message>
    <message>
        <source>The lead no longer exists; someone may have deleted it.</source>
        <translation>Лид больше не существует; возможно, его кто-то удалил.</translation>
    </message>
    <message>
        <source>Could not read the lead&apos;s history: %1</source>
        <translation>Не удалось прочитать историю лида: %1</translation>
    </message>
    <message>
        <source>The lead&apos;s state and opportunity change only through its actions (Assign, Reassign, Qualify, Disqualify).</source>
        <translation>Статус лида и сделка меняются только его действиями (Назначить, Переназначить, Квалифицировать, Дисквалифицировать).</translation>
    </message>
    <message>
        <source>Owner: an assigned lead needs an Owner; choose the employee who will own it.</source>
        <translation>Ответственный: у назначенного лида должен быть ответственный; выберите сотрудника.</translation>
    </message>
    <message>
        <source>This lead was changed by someone else since you opened it; reload it to see their changes.</source>
        <translation>Этот лид изменил кто-то другой после того, как вы его открыли; перезагрузите его, чтобы увидеть изменения.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>You are not a known employee of this database.</source>
        <translation>Вы не зарегистрированы как сотрудник в этой базе данных.</translation>
    </message>
    <message>
        <source>Your account is deactivated; ask an administrator.</source>
        <translation>Ваша учётная запись деактивирована; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>Лида %1 не существует.</translation>
    </message>
    <message>
        <source>Owner: choose the employee who will own the lead.</source>
        <translation>Ответственный: выберите сотрудника, который будет отвечать за лид.</translation>
    </message>
    <message>
        <source>Owner: employee %1 does not exist.</source>
        <translation>Ответственный: сотрудника %1 не существует.</translation>
    </message>
    <message>
        <source>Owner: %1 is deactivated and cannot own leads.</source>
        <translation>Ответственный: сотрудник %1 деактивирован и не может отвечать за лиды.</translation>
    </message>
    <message>
        <source>Owner: %1 holds no CRM role and cannot own leads.</source>
        <translation>Ответственный: у сотрудника %1 нет роли CRM, поэтому он не может отвечать за лиды.</translation>
    </message>
    <message>
        <source>Owner: %1 already owns this lead; choose someone else.</source>
        <translation>Ответственный: %1 уже отвечает за этот лид; выберите другого сотрудника.</translation>
    </message>
    <message>
        <source>Opportunity name: enter a name.</source>
        <translation>Название сделки: введите название.</translation>
    </message>
    <message>
        <source>Opportunity name: use at most %1 characters.</source>
        <translation>Название сделки: не более %1 символов.</translation>
    </message>
    <message>
        <source>The lead names no company: pick an existing company or tick New company and save the lead before qualifying it.</source>
        <translation>В лиде не указана компания: выберите существующую компанию или установите флажок «Новая компания» и сохраните лид перед квалификацией.</translation>
    </message>
    <message>
        <source>The lead names no contact: pick an existing contact or tick New contact and save the lead before qualifying it.</source>
        <translation>В лиде не указан контакт: выберите существующий контакт или установите флажок «Новый контакт» и сохраните лид перед квалификацией.</translation>
    </message>
    <message>
        <source>Company name: the lead&apos;s new company has no name; complete the lead before qualifying it.</source>
        <translation>Название компании: у новой компании лида нет названия; заполните лид перед квалификацией.</translation>
    </message>
    <message>
        <source>Reason: choose why the lead is disqualified.</source>
        <translation>Причина: выберите, почему лид дисквалифицируется.</translation>
    </message>
    <message>
        <source>Comment: explain the reason &quot;%1&quot;.</source>
        <translation>Комментарий: поясните причину «%1».</translation>
    </message>
    <message>
        <source>Comment: use at most %1 characters.</source>
        <translation>Комментарий: не более %1 символов.</translation>
    </message>
    <message>
        <source>%1 already owns this lead.</source>
        <translation>%1 уже отвечает за этот лид.</translation>
    </message>
    <message>
        <source>Cancelled: no lead was assigned.</source>
        <translation>Отменено: ни один лид не назначен.</translation>
    </message>
    <message>
        <source>Someone else changed this lead meanwhile. Reload it to see the changes, then try again.</source>
        <translation>Этот лид тем временем изменил кто-то другой. Перезагрузите его, чтобы увидеть изменения, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>Self-generation</source>
        <translation>Самогенерация</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Социальная сеть</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
</context>
<context>
    <name>LeadStageBar</name>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Текущая стадия: %1</translation>
    </message>
    <message>
        <source>%1. Stages: New, Assigned, then Qualified, Disqualified or Dropped.</source>
        <translation>%1. Стадии: Новый, Назначен, затем Квалифицирован, Дисквалифицирован или Отброшен.</translation>
    </message>
</context>
<context>
    <name>LeadStates</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отброшен</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>#%1 (not found)</source>
        <translation>#%1 (не найдено)</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>%1: must be at most %2 characters long (now %3)</source>
        <translation>%1: не более %2 символов (сейчас %3)</translation>
    </message>
    <message>
        <source>%1: must be filled in</source>
        <translation>%1: необходимо заполнить</translation>
    </message>
    <message>
        <source>%1: choose one of the listed sources</source>
        <translation>%1: выберите один из источников списка</translation>
    </message>
    <message>
        <source>%1: pick an existing company or tick “%2”</source>
        <translation>%1: выберите существующую компанию или установите флажок «%2»</translation>
    </message>
    <message>
        <source>%1: enter a web address such as https://example.com</source>
        <translation>%1: введите веб-адрес, например https://example.com</translation>
    </message>
    <message>
        <source>%1: must contain digits only (exactly 9, 10 or 12 of them)</source>
        <translation>%1: допускаются только цифры (ровно 9, 10 или 12)</translation>
    </message>
    <message>
        <source>%1: must contain exactly 9, 10 or 12 digits</source>
        <translation>%1: должно быть ровно 9, 10 или 12 цифр</translation>
    </message>
    <message>
        <source>%1: the check digits do not match a Russian INN; please make sure the number is typed correctly</source>
        <translation>%1: контрольные цифры не соответствуют ИНН; проверьте, правильно ли введён номер</translation>
    </message>
    <message>
        <source>%1: must be chosen</source>
        <translation>%1: необходимо выбрать значение</translation>
    </message>
    <message>
        <source>%1: may contain only digits, spaces and the characters + ( ) - .</source>
        <translation>%1: допускаются только цифры, пробелы и символы + ( ) - .</translation>
    </message>
    <message>
        <source>%1: must contain from 5 to 20 digits</source>
        <translation>%1: должно быть от 5 до 20 цифр</translation>
    </message>
    <message>
        <source>%1: is not a phone number: a plus may only lead it, and brackets must pair up</source>
        <translation>%1: это не номер телефона: плюс допускается только в начале, а скобки должны быть парными</translation>
    </message>
    <message>
        <source>%1: enter an e-mail address such as name@example.com</source>
        <translation>%1: введите адрес эл. почты, например name@example.com</translation>
    </message>
    <message>
        <source>%1: pick an existing contact or tick “%2”</source>
        <translation>%1: выберите существующий контакт или установите флажок «%2»</translation>
    </message>
</context>
<context>
    <name>LeadViewRepository</name>
    <message>
        <source>Could not store the list view: %1</source>
        <translation>Не удалось сохранить представление списка: %1</translation>
    </message>
    <message>
        <source>View name: must not be empty.</source>
        <translation>Название представления: не может быть пустым.</translation>
    </message>
    <message>
        <source>View name: must be at most %1 characters.</source>
        <translation>Название представления: не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Assign selected leads…</source>
        <translation>На&amp;значить выбранные лиды…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Assign or reassign the selected leads to an owner</source>
        <translation>Назначить или переназначить ответственного за выбранные лиды</translation>
    </message>
    <message>
        <source>Assign all leads in the &amp;view…</source>
        <translation>Назначить все лиды &amp;представления…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Assign or reassign every lead the list shows now to an owner</source>
        <translation>Назначить или переназначить ответственного за все лиды, которые сейчас показаны в списке</translation>
    </message>
    <message>
        <source>O&amp;pportunities…</source>
        <translation>С&amp;делки…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>The opportunities created by qualifying leads</source>
        <translation>Сделки, созданные при квалификации лидов</translation>
    </message>
    <message>
        <source>&amp;Employees…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Add employees, change their roles, reset passwords, deactivate</source>
        <translation>Добавление сотрудников, изменение ролей, сброс паролей, деактивация</translation>
    </message>
    <message>
        <source>&amp;Reference data…</source>
        <translation>Спр&amp;авочники…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Companies, contacts, campaigns, selling directions, services, channels</source>
        <translation>Компании, контакты, маркетинговые кампании, направления продаж, услуги, каналы</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>Assign leads</source>
        <translation>Назначение лидов</translation>
    </message>
    <message>
        <source>Select the leads to assign first.</source>
        <translation>Сначала выделите лиды для назначения.</translation>
    </message>
    <message>
        <source>The view shows no leads.</source>
        <translation>В представлении нет лидов.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to CRM Agent</source>
        <translation>Вход в CRM Agent</translation>
    </message>
    <message>
        <source>Sign in with your login and password.</source>
        <translation>Войдите, указав логин и пароль.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Сообщение о входе</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Создание первого администратора</translation>
    </message>
    <message>
        <source>This database has no employees yet. Create the first administrator (crm_admin), who can then add everyone else.</source>
        <translation>В этой базе данных ещё нет сотрудников. Создайте первого администратора (crm_admin) — он сможет добавить всех остальных.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Login: enter a login.</source>
        <translation>Логин: введите логин.</translation>
    </message>
    <message>
        <source>Full name: enter the administrator&apos;s name.</source>
        <translation>ФИО: введите имя администратора.</translation>
    </message>
    <message>
        <source>Password: use at least 4 characters.</source>
        <translation>Пароль: не менее 4 символов.</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Повторите пароль: пароли не совпадают.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New lead</source>
        <translation>&amp;Новый лид</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Лиды</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>CRM Agent</source>
        <translation>CRM Agent</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Create a lead (Ctrl+N)</source>
        <translation>Создать лид (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Открыть лид</translation>
    </message>
    <message>
        <source>Open the selected lead (Enter)</source>
        <translation>Открыть выбранный лид (Enter)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About CRM Agent</source>
        <translation>&amp;О программе CRM Agent</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>%1 — CRM Agent</source>
        <translation>%1 — CRM Agent</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in employee</source>
        <translation>Текущий сотрудник</translation>
    </message>
    <message>
        <source>Leads in view</source>
        <translation>Лиды в представлении</translation>
    </message>
    <message>
        <source>About CRM Agent</source>
        <translation>О программе CRM Agent</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>&amp;Подключиться к базе данных…</translation>
    </message>
    <message>
        <source>Open another database: a file or the team&apos;s PostgreSQL server (Ctrl+Shift+B)</source>
        <translation>Открыть другую базу данных: файл или сервер PostgreSQL команды (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Соединение с базой данных потеряно — переподключение…</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Соединение с базой данных</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Соединение с базой данных восстановлено.</translation>
    </message>
    <message>
        <source>S&amp;witch employee…</source>
        <translation>С&amp;менить сотрудника…</translation>
    </message>
    <message>
        <source>Let another employee sign in; this window closes once they have (Ctrl+Shift+U)</source>
        <translation>Дать войти другому сотруднику; это окно закроется, когда он войдёт (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти из учётной записи</translation>
    </message>
    <message>
        <source>Close this window and show the sign-in dialog (Ctrl+Shift+X)</source>
        <translation>Закрыть это окно и показать окно входа (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export leads to a CSV file or an Excel workbook (Ctrl+E)</source>
        <translation>Экспортировать лиды в файл CSV или книгу Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database file while you keep working (Ctrl+Shift+P)</source>
        <translation>Записать согласованную копию файла базы данных, не прерывая работу (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Импортировать лиды из файла CSV</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Дашборд</translation>
    </message>
    <message>
        <source>Charts of the leads in the list&apos;s view: by state and source, new per week, qualification rates (Ctrl+D)</source>
        <translation>Диаграммы по лидам представления списка: по статусам и источникам, новые по неделям, доля квалифицированных (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Дашборд — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM Agent&lt;/b&gt; %1&lt;br&gt;The lead desk for the first stage of a sales funnel.&lt;br&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4</source>
        <translation>&lt;b&gt;CRM Agent&lt;/b&gt; %1&lt;br&gt;Рабочее место для лидов на первом этапе воронки продаж.&lt;br&gt;База данных: %2&lt;br&gt;Версия схемы: %3&lt;br&gt;Qt %4</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Базы данных ещё не открывались</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more is saved</source>
        <translation>База данных повреждена: больше ничего не сохраняется</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
</context>
<context>
    <name>OpportunitiesWindow</name>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Opportunity, company, contact, owner or lead</source>
        <translation>Сделка, компания, контакт, ответственный или лид</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected opportunity (Ctrl+O or Enter in the list)</source>
        <translation>Открыть выбранную сделку (Ctrl+O или Enter в списке)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Source lead</source>
        <translation>Исходный лид</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 opportunities; search to narrow.</source>
        <translation>Показаны самые новые сделки: %1 из %2; воспользуйтесь поиском, чтобы сузить список.</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>Сделок: %1</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Создал</translation>
    </message>
    <message>
        <source>Source lead</source>
        <translation>Исходный лид</translation>
    </message>
    <message>
        <source>Open source &amp;lead</source>
        <translation>Открыть исходный &amp;лид</translation>
    </message>
    <message>
        <source>Open source lead</source>
        <translation>Открыть исходный лид</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open the lead this opportunity came from (Ctrl+L)</source>
        <translation>Открыть лид, из которого создана эта сделка (Ctrl+L)</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
</context>
<context>
    <name>OpportunityRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>Opportunity %1 does not exist.</source>
        <translation>Сделки %1 не существует.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>No password: set CRM_AGENT_PASSWORD or run on a terminal.</source>
        <translation>Пароль не задан: установите CRM_AGENT_PASSWORD или запустите программу в терминале.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>Database password for %1: </source>
        <translation>Пароль базы данных для %1: </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A qualified lead is read-only.</source>
        <translation>Квалифицированный лид доступен только для чтения.</translation>
    </message>
    <message>
        <source>A disqualified lead is read-only.</source>
        <translation>Дисквалифицированный лид доступен только для чтения.</translation>
    </message>
    <message>
        <source>A dropped lead is read-only.</source>
        <translation>Отброшенный лид доступен только для чтения.</translation>
    </message>
    <message>
        <source>The lead is in an unknown state.</source>
        <translation>Лид находится в неизвестном статусе.</translation>
    </message>
    <message>
        <source>The lead is already assigned; reassign it instead.</source>
        <translation>Лид уже назначен; используйте переназначение.</translation>
    </message>
    <message>
        <source>The lead is not assigned yet; assign it instead.</source>
        <translation>Лид ещё не назначен; используйте назначение.</translation>
    </message>
    <message>
        <source>Only an administrator or a sales agent can assign a lead that someone else owns.</source>
        <translation>Назначить лид, за который отвечает другой сотрудник, может только администратор или сотрудник отдела продаж.</translation>
    </message>
    <message>
        <source>Only an administrator or a sales agent can reassign a lead that someone else owns.</source>
        <translation>Переназначить лид, за который отвечает другой сотрудник, может только администратор или сотрудник отдела продаж.</translation>
    </message>
    <message>
        <source>Only an assigned lead can be qualified: assign it first.</source>
        <translation>Квалифицировать можно только назначенный лид: сначала назначьте его.</translation>
    </message>
    <message>
        <source>Only an assigned lead can be disqualified: assign it first.</source>
        <translation>Дисквалифицировать можно только назначенный лид: сначала назначьте его.</translation>
    </message>
    <message>
        <source>Only the lead&apos;s owner can qualify it.</source>
        <translation>Квалифицировать лид может только его ответственный.</translation>
    </message>
    <message>
        <source>Only the lead&apos;s owner can disqualify it.</source>
        <translation>Дисквалифицировать лид может только его ответственный.</translation>
    </message>
    <message>
        <source>You hold no CRM role; ask an administrator to grant one.</source>
        <translation>У вас нет роли CRM; попросите администратора назначить её.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Неизвестное действие.</translation>
    </message>
    <message>
        <source>Your roles let you assign and reassign only the leads you own.</source>
        <translation>Ваши роли позволяют назначать и переназначать только ваши собственные лиды.</translation>
    </message>
    <message>
        <source>Only a lead&apos;s owner can qualify it.</source>
        <translation>Квалифицировать лид может только его ответственный.</translation>
    </message>
    <message>
        <source>Only a lead&apos;s owner can disqualify it.</source>
        <translation>Дисквалифицировать лид может только его ответственный.</translation>
    </message>
</context>
<context>
    <name>PostgreSqlSchema</name>
    <message>
        <source>Could not migrate the database: %1</source>
        <translation>Не удалось перенести базу данных на новую схему: %1</translation>
    </message>
    <message>
        <source>A PostgreSQL database is created at schema %1 to %2 only.</source>
        <translation>База данных PostgreSQL создаётся только со схемой от %1 до %2.</translation>
    </message>
    <message>
        <source>Could not create the database schema: %1</source>
        <translation>Не удалось создать схему базы данных: %1</translation>
    </message>
    <message>
        <source>A PostgreSQL database of schema %1 cannot be migrated (the first is %2).</source>
        <translation>Базу данных PostgreSQL со схемой %1 нельзя перенести (первая — %2).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create the database schema: %1</source>
        <translation>Не удалось создать схему базы данных: %1</translation>
    </message>
    <message>
        <source>Could not migrate the database: %1</source>
        <translation>Не удалось выполнить миграцию базы данных: %1</translation>
    </message>
    <message>
        <source>The file is not a CRM Agent database (its schema version cannot be read).</source>
        <translation>Файл не является базой данных CRM Agent (не удаётся прочитать версию схемы).</translation>
    </message>
    <message>
        <source>The database was written by a newer version of CRM Agent (schema %1; this version understands up to %2). It was left untouched.</source>
        <translation>База данных создана более новой версией CRM Agent (схема %1; эта версия поддерживает схемы до %2). Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>Could not start the schema migration: %1</source>
        <translation>Не удалось начать миграцию схемы: %1</translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation>Не удалось записать версию схемы: %1</translation>
    </message>
    <message>
        <source>Could not commit the schema migration: %1</source>
        <translation>Не удалось зафиксировать миграцию схемы: %1</translation>
    </message>
    <message>
        <source>The database&apos;s schema version cannot be read.</source>
        <translation>Не удаётся прочитать версию схемы базы данных.</translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <source>Qualify the lead</source>
        <translation>Квалификация лида</translation>
    </message>
    <message>
        <source>Qualifying creates an opportunity from this lead, in one step. The lead then becomes read-only.</source>
        <translation>При квалификации из этого лида за один шаг создаётся сделка. После этого лид становится доступен только для чтения.</translation>
    </message>
    <message>
        <source>&amp;Opportunity name</source>
        <translation>&amp;Название сделки</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>&amp;Квалифицировать</translation>
    </message>
    <message>
        <source>A new company &quot;%1&quot; (TIN %2) will be created.</source>
        <translation>Будет создана новая компания «%1» (ИНН %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>The existing company &quot;%1&quot; has the same TIN %2 and will be linked; no new company is created.</source>
        <translation>У существующей компании «%1» тот же ИНН %2 — она будет привязана, новая компания не создаётся.</translation>
    </message>
    <message>
        <source>The lead&apos;s company &quot;%1&quot; will be linked.</source>
        <translation>Будет привязана компания лида «%1».</translation>
    </message>
    <message>
        <source>The lead names no company: pick one on the lead first.</source>
        <translation>В лиде не указана компания: сначала выберите её в лиде.</translation>
    </message>
    <message>
        <source>A new contact &quot;%1&quot; will be created at this company.</source>
        <translation>В этой компании будет создан новый контакт «%1».</translation>
    </message>
    <message>
        <source>The existing contact &quot;%1&quot; has the same e-mail %2 and will be linked; no new contact is created.</source>
        <translation>У существующего контакта «%1» тот же адрес эл. почты %2 — он будет привязан, новый контакт не создаётся.</translation>
    </message>
    <message>
        <source>The lead&apos;s contact &quot;%1&quot; will be linked.</source>
        <translation>Будет привязан контакт лида «%1».</translation>
    </message>
    <message>
        <source>The lead names no contact: pick one on the lead first.</source>
        <translation>В лиде не указан контакт: сначала выберите его в лиде.</translation>
    </message>
    <message>
        <source>Opportunity name: enter a name.</source>
        <translation>Название сделки: введите название.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reading the lead…</source>
        <translation>Загрузка лида…</translation>
    </message>
    <message>
        <source>Qualifying…</source>
        <translation>Квалификация…</translation>
    </message>
</context>
<context>
    <name>ReferenceAdmin</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>Only an administrator (crm_admin) can change reference data.</source>
        <translation>Изменять справочники может только администратор (crm_admin).</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Маркетинговые кампании</translation>
    </message>
    <message>
        <source>Selling directions</source>
        <translation>Направления продаж</translation>
    </message>
    <message>
        <source>Services and products</source>
        <translation>Услуги и продукты</translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation>Каналы распространения контента</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Employees are managed in the Employees window.</source>
        <translation>Сотрудниками управляют в окне «Сотрудники».</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Запись больше не существует.</translation>
    </message>
    <message>
        <source>Company name: enter the company&apos;s name.</source>
        <translation>Название компании: введите название компании.</translation>
    </message>
    <message>
        <source>Company website: enter an http or https address such as acme.ru.</source>
        <translation>Сайт компании: введите адрес http или https, например acme.ru.</translation>
    </message>
    <message>
        <source>Company TIN: must have exactly 9, 10 or 12 digits.</source>
        <translation>ИНН компании: должно быть ровно 9, 10 или 12 цифр.</translation>
    </message>
    <message>
        <source>First name: enter the contact&apos;s first name.</source>
        <translation>Имя: введите имя контакта.</translation>
    </message>
    <message>
        <source>Last name: enter the contact&apos;s last name.</source>
        <translation>Фамилия: введите фамилию контакта.</translation>
    </message>
    <message>
        <source>Phone: use digits, spaces and + ( ) -, with 5 to 20 digits.</source>
        <translation>Телефон: используйте цифры, пробелы и + ( ) -, всего от 5 до 20 цифр.</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Эл. почта: «%1» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>Name: enter a name.</source>
        <translation>Название: введите название.</translation>
    </message>
    <message>
        <source>Selling direction: pick the direction this service or product belongs to.</source>
        <translation>Направление продаж: выберите направление, к которому относится эта услуга или продукт.</translation>
    </message>
    <message>
        <source>Use at most %1 characters in a field.</source>
        <translation>Поле может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; already exists.</source>
        <translation>Название: «%1» уже существует.</translation>
    </message>
    <message>
        <source>Selling direction: the chosen direction no longer exists.</source>
        <translation>Направление продаж: выбранное направление больше не существует.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; already exists in this selling direction.</source>
        <translation>Название: «%1» уже есть в этом направлении продаж.</translation>
    </message>
    <message>
        <source>Company TIN: %1 already has this TIN.</source>
        <translation>ИНН компании: этот ИНН уже есть у компании %1.</translation>
    </message>
    <message>
        <source>Company: the chosen company no longer exists.</source>
        <translation>Компания: выбранная компания больше не существует.</translation>
    </message>
    <message>
        <source>Employees are deactivated, never deleted.</source>
        <translation>Сотрудников можно только деактивировать, но не удалить.</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 лид</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>лидов: %1</translation>
    </message>
    <message>
        <source>1 opportunity</source>
        <translation>1 сделка</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>сделок: %1</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 контакт</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>контактов: %1</translation>
    </message>
    <message>
        <source>1 service or product</source>
        <translation>1 услуга или продукт</translation>
    </message>
    <message>
        <source>%1 services or products</source>
        <translation>услуг или продуктов: %1</translation>
    </message>
    <message>
        <source>Still used by %1.</source>
        <translation>Запись ещё используется (%1).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Невозможно удалить: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Reference data</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Справочник</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Добавить запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Edit the selected record (Ctrl+E or Enter in the list)</source>
        <translation>Изменить выбранную запись (Ctrl+E или Enter в списке)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete the selected record unless a lead uses it (Ctrl+D)</source>
        <translation>Удалить выбранную запись, если она не используется в лидах (Ctrl+D)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Направление продаж</translation>
    </message>
</context>
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Са&amp;йт</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>&amp;TIN</source>
        <translation>&amp;ИНН</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Selling &amp;direction</source>
        <translation>Направление &amp;продаж</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Направление продаж</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Н&amp;азвание компании</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Добавление в справочник «%1»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>ReferenceLookupModel</name>
    <message>
        <source>Contacts of the company</source>
        <translation>Контакты компании</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Контакты компании %1</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Другие контакты</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
    <message>
        <source>#%1 (not found)</source>
        <translation>#%1 (не найдено)</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Запись больше не существует.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Название не может быть пустым.</translation>
    </message>
    <message>
        <source>A service or product belongs to a selling direction: pick one.</source>
        <translation>Услуга или продукт должны относиться к направлению продаж: выберите его.</translation>
    </message>
    <message>
        <source>Companies, contacts and employees have their own forms.</source>
        <translation>Для компаний, контактов и сотрудников есть отдельные формы.</translation>
    </message>
    <message>
        <source>The company name must not be empty.</source>
        <translation>Название компании не может быть пустым.</translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Для контакта нужно указать имя или фамилию.</translation>
    </message>
    <message>
        <source>TIN %1</source>
        <translation>ИНН %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Marketeer</source>
        <translation>Маркетолог</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Default &amp;database</source>
        <translation>&amp;База данных по умолчанию</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>База данных по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Lead &amp;source of my new leads</source>
        <translation>&amp;Источник лида для моих новых лидов</translation>
    </message>
    <message>
        <source>Lead source of my new leads</source>
        <translation>Источник лида для моих новых лидов</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Параметры экспорта по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>D&amp;elimiter</source>
        <translation>&amp;Разделитель</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Строка заголовка</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <source>UTF-8 byte &amp;order mark (for spreadsheet programs)</source>
        <translation>&amp;Метка порядка байтов UTF-8 (BOM, для табличных редакторов)</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation>Метка порядка байтов UTF-8 (BOM, для табличных редакторов)</translation>
    </message>
    <message>
        <source>Formula &amp;guard: a quote before cells starting with = + - @</source>
        <translation>&amp;Защита от формул: кавычка перед ячейками, начинающимися с = + - @</translation>
    </message>
    <message>
        <source>Formula guard: a quote before cells starting with = + - @</source>
        <translation>Защита от формул: кавычка перед ячейками, начинающимися с = + - @</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Сообщение настроек</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The application&apos;s own file, or a postgresql:// address</source>
        <translation>Собственный файл приложения или адрес postgresql://</translation>
    </message>
    <message>
        <source>The source of my last new lead</source>
        <translation>Источник моего последнего нового лида</translation>
    </message>
    <message>
        <source>A new language shows when CRM Agent starts again.</source>
        <translation>Новый язык будет применён после перезапуска CRM Agent.</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>База данных по умолчанию</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных SQLite (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Default database: %1</source>
        <translation>База данных по умолчанию: %1</translation>
    </message>
    <message>
        <source>Default database: the folder %1 does not exist.</source>
        <translation>База данных по умолчанию: папка %1 не существует.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>An action or a key</source>
        <translation>Действие или клавиша</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Главное окно</translation>
    </message>
    <message>
        <source>Lead list</source>
        <translation>Список лидов</translation>
    </message>
    <message>
        <source>Move between the search, the filters and the table</source>
        <translation>Переход между поиском, фильтрами и таблицей</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>From the search box to the table</source>
        <translation>Из поля поиска в таблицу</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Open the current lead</source>
        <translation>Открыть текущий лид</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Select rows</source>
        <translation>Выделить строки</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down, Ctrl+Space</source>
        <translation>Shift+Up, Shift+Down, Ctrl+Space</translation>
    </message>
    <message>
        <source>Select every lead in the view</source>
        <translation>Выделить все лиды представления</translation>
    </message>
    <message>
        <source>Lead form</source>
        <translation>Форма лида</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Следующее поле, предыдущее поле</translation>
    </message>
    <message>
        <source>Go to a field or button</source>
        <translation>Перейти к полю или кнопке</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+подчёркнутая буква</translation>
    </message>
    <message>
        <source>Pickers (company, contact, employee)</source>
        <translation>Поля выбора (компания, контакт, сотрудник)</translation>
    </message>
    <message>
        <source>Open the matches</source>
        <translation>Открыть список совпадений</translation>
    </message>
    <message>
        <source>Take the highlighted match and move on</source>
        <translation>Выбрать выделенное совпадение и перейти дальше</translation>
    </message>
    <message>
        <source>Tab or Enter</source>
        <translation>Tab или Enter</translation>
    </message>
    <message>
        <source>Close the matches, then undo the typing</source>
        <translation>Закрыть список совпадений, затем отменить ввод</translation>
    </message>
    <message>
        <source>Every dialog</source>
        <translation>Любое окно диалога</translation>
    </message>
    <message>
        <source>Confirm (OK, Save, Export…)</source>
        <translation>Подтвердить (ОК, Сохранить, Экспорт…)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Save the chosen chart as PNG</source>
        <translation>Сохранить выбранную диаграмму как PNG</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Copy the chosen chart&apos;s numbers as CSV</source>
        <translation>Копировать данные выбранной диаграммы как CSV</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Choose a chart</source>
        <translation>Выбрать диаграмму</translation>
    </message>
</context>
<context>
    <name>SignInAttempts</name>
    <message>
        <source>Could not check the sign-in attempts: %1</source>
        <translation>Не удалось проверить попытки входа: %1</translation>
    </message>
    <message>
        <source>Could not create the database schema: %1</source>
        <translation>Не удалось создать схему базы данных: %1</translation>
    </message>
</context>
<context>
    <name>SqlCheck</name>
    <message>
        <source>unknown database error</source>
        <translation>неизвестная ошибка базы данных</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Could not set up the database (%1): %2</source>
        <translation>Не удалось настроить базу данных (%1): %2</translation>
    </message>
    <message>
        <source>Could not set up the database (PRAGMA journal_mode = WAL): %1</source>
        <translation>Не удалось настроить базу данных (PRAGMA journal_mode = WAL): %1</translation>
    </message>
    <message>
        <source>Could not switch to write-ahead logging (journal mode is %1).</source>
        <translation>Не удалось включить журнал упреждающей записи (режим журнала: %1).</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>нет версии схемы</translation>
    </message>
    <message>
        <source>crm_agent_schema holds no version</source>
        <translation>в crm_agent_schema нет версии</translation>
    </message>
    <message>
        <source>the new row&apos;s id was not returned</source>
        <translation>идентификатор новой строки не возвращён</translation>
    </message>
    <message>
        <source>Could not start reading the database: %1</source>
        <translation>Не удалось начать чтение базы данных: %1</translation>
    </message>
    <message>
        <source>Could not move the ids of %1 past the copied rows: %2</source>
        <translation>Не удалось сдвинуть идентификаторы %1 за скопированные строки: %2</translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Юникод)</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a database transaction: %1</source>
        <translation>Не удалось начать транзакцию базы данных: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Не удалось сохранить изменения: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Could not create %1: a sheet holds 1 to 16,384 columns.</source>
        <translation>Не удалось создать %1: лист вмещает от 1 до 16 384 столбцов.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Не удалось создать %1.</translation>
    </message>
    <message>
        <source>Could not add the sheet &quot;%1&quot; to %2.</source>
        <translation>Не удалось добавить лист «%1» в %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sign in as LOGIN.</source>
        <translation>Войти как LOGIN.</translation>
    </message>
    <message>
        <source>CRM Agent</source>
        <translation>CRM Agent</translation>
    </message>
    <message>
        <source>Database: an SQLite file or a postgresql:// URI.</source>
        <translation>База данных: файл SQLite или URI postgresql://.</translation>
    </message>
</context>
</TS>
