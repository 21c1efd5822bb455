<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::ActivityRepository</name>
    <message>
        <source>activity %1 holds an unknown type or audience (&quot;%2&quot;, &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activities hold an unknown audience or type (&quot;%1&quot;, &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::AttendanceImporter</name>
    <message>
        <source>the director&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no director named &quot;%1&quot;; import the board first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 meeting on %2; import the meetings first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::BoardImporter</name>
    <message>
        <source>the director&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::BoardRepository</name>
    <message>
        <source>the general assembly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board meeting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the executive meeting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attended %2, which would then fall outside any of their mandates; remove that attendance first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a director needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no director with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a mandate from %2 to %3, which overlaps this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a mandate since %2 with no end, which overlaps this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no board mandate with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::CommandLine</name>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  bilan [--db FILE]                                   open the window
  bilan import --db FILE KIND FILE.csv [--dry-run]    import a CSV file: all rows or none
  bilan export --db FILE KIND FILE.csv                export one kind as CSV

KIND is one of: %1.
Without --db, the database in the data folder is used: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a KIND and a FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; it is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan: %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan: %1: column &quot;%2&quot; is not one of the columns of %3; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan: 1 problem found; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan: %1 problems found; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows checked, no problem found; nothing was written (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows imported into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a KIND and a FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan: %1 is the database&apos;s own file; export to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilan: there is no display to open the window on; the commands work without one (bilan --help)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::CsvExporter</name>
    <message>
        <source>could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::CsvImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column is missing (the columns of %1 are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 values but the header names %2 columns; quote values that contain the delimiter &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starting on this line is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field starting on this line is longer than %1 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::Database</name>
    <message>
        <source>no database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Bilan database; choose another file or delete it to start a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bilan database (it is not a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: Bilan cannot save changes to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 is read-only: Bilan needs to write its journal beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: another file appeared with that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Bilan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Bilan (database version %2, this Bilan knows up to %3); update Bilan to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded to this version of Bilan first; open it once for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not copy %1 before upgrading it, so it was left as it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it; nothing was changed, try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Bilan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::ExpertRepository</name>
    <message>
        <source>an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expert with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: 1 hour entry refers to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 hour entries refer to them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::FinanceRepository</name>
    <message>
        <source>finance line %1 holds an unknown scenario or kind (&quot;%2&quot;, &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a line for %1, %2, %3 without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a line for %1, %2, %3 labelled &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finance line with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finance lines of %1 hold an unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::FiscalYear</name>
    <message>
        <source>&quot;%1&quot; is not a fiscal year; write it as 2019-2020 or 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for a fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscal years start in January here, so they are named by one year, like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year: the second year must follow the first, as in %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::HoursImporter</name>
    <message>
        <source>an expert is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expert named &quot;%1&quot;; add the expert or import the experts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot;; add it or import the organisations first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::MainWindow</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::MeetingRepository</name>
    <message>
        <source>a general assembly on %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board meeting on %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an executive meeting on %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice for the meeting on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attendance of director %1 is recorded at meeting %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::MembershipRepository</name>
    <message>
        <source>no organisation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no membership with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationRepository</name>
    <message>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be its own network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network (its kind is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the network of 1 organisation; it must stay of kind network while it has members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the network of %2 organisations; it must stay of kind network while it has members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hour entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 board mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 board mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 and %3 refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 refer to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationsImporter</name>
    <message>
        <source>no organisation named &quot;%1&quot; to be the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::Parsing</name>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write 1.5, 1,5, 1:30, 1h30 or 90min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: minutes must be below 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too long for a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write 1234.56, 1 234,56 or 1234,56 $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::ReportTextRepository</name>
    <message>
        <source>&quot;%1&quot; is not a report language; use fr or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report texts for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::RowImporter</name>
    <message>
        <source>a value is required: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot;; add it or import the organisations first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::ServiceEntryRepository</name>
    <message>
        <source>no expert with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service entry with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::SettingsRepository</name>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year&apos;s first month cannot change while fiscal years are closed; reopen them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fiscal year was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscal years here start in month %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::SurveyRepository</name>
    <message>
        <source>the survey of %1 is already recorded (%2 respondents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey is recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::Validation</name>
    <message>
        <source>an organisation needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the organisation joined is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation cannot leave (%1) before it joined (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the membership from %1 to %2; a rejoin must start on or after the day the previous period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expert needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the expert started is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expert cannot end (%1) before starting (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of expertise needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a field of expertise cannot contain &quot;|&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h is more than the 24 h of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this brings the expert&apos;s total for %1 to %2 h, more than 24 h (already logged: %3 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the mandate started is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mandate cannot end (%1) before it started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts cannot be negative (%1); record an expense as a positive amount of kind expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of respondents cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number who would recommend cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would recommend, but only %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year %1 is closed: its hours and finance lines can no longer be added, changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 named &quot;%2&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a director in office on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilan::WindowLauncher</name>
    <message>
        <source>Bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business-development activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
