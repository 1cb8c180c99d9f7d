<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee who will own the leads. Type a few letters of the name or login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads that will not be assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads that will not be assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employee who will own this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads will be checked one by one and assigned to the owner you choose, all in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead can be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 leads can be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads can be assigned; %3 cannot (listed below, with the reason) and will be left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: choose the employee who will own the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads assigned; %2 left as they were:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: crm-agent [--db PATH] [--user LOGIN]
       crm-agent demo --db PATH --leads N [--companies N] [--seed S] [--user LOGIN]
       crm-agent export --db PATH --out FILE|- [--columns a,b,c] [--state S] [--source S]
                        [--owner LOGIN] [--search TEXT] [--created-from DATE] [--created-to DATE]
                        [--delimiter comma|semicolon|tab] [--bom] [--no-header]
                        [--no-formula-guard] [--user LOGIN]

CRM Agent: the lead desk for the first stage of a sales funnel.

Options:
  --db PATH       the SQLite database file (default: %1)
  --user LOGIN    sign in as LOGIN; the password comes from CRM_AGENT_PASSWORD
                  or, on a terminal, a prompt
  -h, --help      show this help
  -v, --version   show the version

Commands:
  demo            create or fill a database with deterministic demo data
  export          write leads to a CSV file (crm-agent export --help, --list-columns)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read and write %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database (its schema version cannot be read). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CRM Agent (schema %2; this version understands up to %3). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CRM Agent database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates or fills a database with deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of leads to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as LOGIN (a crm_admin) when the database has employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leads: expected a number of 0 or more, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--companies: expected a number of 0 or more, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has employees: sign in as a crm_admin with --user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a crm_admin may add demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 leads, %2 companies and %3 contacts to %4 in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-ins (login password roles):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the demo passwords (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: no employee can own leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: there is no selling direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be generated into an open SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo leads and companies cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lead is not worth pursuing. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the next person should know. Required for Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disqualified lead is closed and becomes read-only. Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: choose why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisqualifyReasons</name>
    <message>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain in the comment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeAdmin</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator (crm_admin) can manage employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name: enter the employee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name: use at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: pick at least one role (an employee with none cannot sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: use at most 64 characters and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: could not be hashed (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1 is the only active administrator; make someone else crm_admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active administrator and cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeEditDialog</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_&amp;admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages employees and reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_&amp;sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_&amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_mar&amp;keteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_marketeer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the history are shown in this zone; empty: this computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>The login must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee with the login %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no role, so it cannot sign in. Ask an administrator to give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeesDialog</name>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an employee (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change name, roles and time zone (Ctrl+E or Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate or reactivate the employee (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads to CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports leads to a CSV file (RFC 4180, UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in this order, by the names --list-columns prints (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the column names and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads in these states (new, assigned, qualified, disqualified, dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads from these sources (website_form, call, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads owned by these employees (logins; &quot;none&quot; for leads without an owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads matching this text, as the lead list&apos;s search does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads created on or after this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads created on or before this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from CRM_AGENT_PASSWORD or a prompt); needed when the database has employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: give the CSV file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns: %1 See crm-agent export --list-columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: expected comma, semicolon or tab, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: unknown state &quot;%1&quot; (new, assigned, qualified, disqualified, dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source: unknown source &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--created-from is after --created-to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has employees: sign in with --user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner: no employee with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current view (its filter, sort and columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current view (its filter, sort and columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (ticked ones, in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row with column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row with column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula guard: a quote before cells starting with = + - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula guard: a quote before cells starting with = + - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected rows (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: tick at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: choose where to save the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export leads to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting leads… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting leads… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadActionsBar</name>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead&apos;s owner; the lead becomes Assigned (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another owner (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an opportunity from the lead (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lead with a reason (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>The export was canceled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an employee with a CRM role may export leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file %1 is the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CRM Agent database of a version this program reads (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFormDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the title of the lead. Required, up to 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the lead source: Self-generation, Website form, Chat, Call, Email, Social network or Partner. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campai&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the marketing campaign that attracted the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling &amp;direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the selling direction to which the lead is related. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or &amp;product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the service or product that interested the lead. Only the picked selling direction&apos;s items are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead compan&amp;y name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the interested company, as the requester wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comp&amp;any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the checkbox if the lead is added for a company that is not in the system yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xisting company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the company for which the lead is added. Only available while New company is not ticked; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the title of the company that showed interest. Only available while Existing company is empty; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the URL of the website of the company that showed interest (http or https; acme.ru becomes https://acme.ru). Only available while Existing company is empty; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the company&apos;s TIN: 9, 10 or 12 digits. Only available while Existing company is empty; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the checkbox if the lead came from a contact that is not in the list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the existing contact that the lead is related to; the picked company&apos;s contacts come first. Only available while New contact is cleared; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the first name of the contact. Only available while New contact is ticked; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the last name of the contact. Only available while New contact is ticked; required then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the middle name of the contact. Only available while New contact is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the phone number of the contact: digits, spaces and + ( ) -, 5 to 20 digits. Only available while New contact is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the e-mail of the contact. Only available while New contact is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owne&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the employee responsible for the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the city where the lead company is located.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content distri&amp;bution channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the content distribution channel the lead came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a description of the customer&apos;s demands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lead and keep the form open (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and e&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lead and close the form (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form; asks before discarding unsaved changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the company&apos;s name or TIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the contact&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: takes digits only; spaces, letters and other characters were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &lt;b&gt;%1&lt;/b&gt; has this TIN. &lt;a href=&quot;link:company:%2&quot;&gt;Use this company&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &lt;b&gt;%1&lt;/b&gt; (%2) exists. &lt;a href=&quot;link:contact:%3&quot;&gt;Use this contact&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lead &lt;b&gt;%1&lt;/b&gt; has the same %2. &lt;a href=&quot;open:lead:%3&quot;&gt;Open it&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Owner with Assign or Reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadLifecycle</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lead first (Ctrl+S), or undo your changes: the action re-reads the lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListColumns</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListIndex</name>
    <message>
        <source>Could not update the lead list index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListReader</name>
    <message>
        <source>Could not read the lead list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListWidget</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, company, contact, e-mail, phone, TIN, description (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the leads you own (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filter, sort, columns and widths as a named view (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show; drag headers to reorder (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling &amp;direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all leads: clear the search and every filter (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads in view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(working layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRelatedLists</name>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity created when the lead was qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opportunities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Could not save the lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was changed by someone else since you opened it; reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the lead&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a known employee of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is deactivated; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: choose the employee who will own the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: employee %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 is deactivated and cannot own leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 holds no CRM role and cannot own leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this lead meanwhile. Reopen it to see the changes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 already owns this lead; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity name: enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity name: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead names no company: pick an existing company or tick New company and save the lead before qualifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead names no contact: pick an existing contact or tick New contact and save the lead before qualifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name: the lead&apos;s new company has no name; complete the lead before qualifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: choose why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: explain the reason &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already owns this lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>Self-generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStates</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>%1: must be at most %2 characters long (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of the listed sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pick an existing company or tick “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a web address such as https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must contain digits only (exactly 9, 10 or 12 of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must contain exactly 9, 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the check digits do not match a Russian INN; please make sure the number is typed correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may contain only digits, spaces and the characters + ( ) - .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must contain from 5 to 20 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a phone number: a plus may only lead it, and brackets must pair up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an e-mail address such as name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pick an existing contact or tick “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadViewRepository</name>
    <message>
        <source>Could not store the list view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View name: must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View name: must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Assign selected leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign or reassign the selected leads to an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign all leads in the &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign or reassign every lead the list shows now to an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pportunities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunities created by qualifying leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employees, change their roles, reset passwords, deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies, contacts, campaigns, selling directions, services, channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the leads to assign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view shows no leads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to CRM Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no employees yet. Create the first administrator (crm_admin), who can then add everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name: enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a lead (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected lead (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CRM Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CRM Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CRM Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM Agent&lt;/b&gt; %1&lt;br&gt;The lead desk for the first stage of a sales funnel.&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunitiesWindow</name>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity, company, contact, owner or lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected opportunity (Ctrl+O or Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 opportunities; search to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lead this opportunity came from (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>No password: set CRM_AGENT_PASSWORD or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A qualified lead is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disqualified lead is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dropped lead is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is in an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is already assigned; reassign it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is not assigned yet; assign it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a sales agent can assign a lead that someone else owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a sales agent can reassign a lead that someone else owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an assigned lead can be qualified: assign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an assigned lead can be disqualified: assign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lead&apos;s owner can qualify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lead&apos;s owner can disqualify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no CRM role; ask an administrator to grant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create the database schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not migrate the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a CRM Agent database (its schema version cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of CRM Agent (schema %1; this version understands up to %2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the schema migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the schema migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <source>Qualify the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying creates an opportunity from this lead, in one step. The lead then becomes read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opportunity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new company &quot;%1&quot; (TIN %2) will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing company &quot;%1&quot; has the same TIN %2 and will be linked; no new company is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s company &quot;%1&quot; will be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead names no company: pick one on the lead first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact &quot;%1&quot; will be created at this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing contact &quot;%1&quot; has the same e-mail %2 and will be linked; no new contact is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s contact &quot;%1&quot; will be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead names no contact: pick one on the lead first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity name: enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceAdmin</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator (crm_admin) can change reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees are managed in the Employees window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name: enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website: enter an http or https address such as acme.ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company TIN: must have exactly 9, 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name: enter the contact&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name: enter the contact&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: use digits, spaces and + ( ) -, with 5 to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction: pick the direction this service or product belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters in a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction: the chosen direction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; already exists in this selling direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company TIN: %1 already has this TIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: the chosen company no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees are deactivated, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 service or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services or products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still used by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record (Ctrl+E or Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record unless a lead uses it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling &amp;direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service or product belongs to a selling direction: pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies, contacts and employees have their own forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
