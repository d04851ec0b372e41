<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupText</name>
    <message>
        <source>the copy could not be written to the disk</source>
        <translation>副本无法写入磁盘</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2), so it cannot be restored. Nothing was changed. Choose another backup, for example an earlier one from the backups folder.</source>
        <translation>“%1”已损坏（%2），所以无法还原。没有更改任何数据。请选择另一个备份，例如备份文件夹中较早的一个。</translation>
    </message>
    <message>
        <source>“%1” is not a Recovery Planner backup: it is a database made by another program, or an empty one. Nothing was changed.</source>
        <translation>“%1”不是调养计划的备份：它是其他程序创建的数据库，或是空白数据库。没有更改任何数据。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Recovery Planner (database version %2; this version understands up to %3). Install the newer version to restore it. Nothing was changed.</source>
        <translation>“%1”由较新版本的调养计划创建（数据库版本 %2；此版本最多只能读取版本 %3）。请安装较新版本再还原。没有更改任何数据。</translation>
    </message>
    <message>
        <source>“%1” was made by an earlier version of Recovery Planner. It will be brought up to date when it is restored.</source>
        <translation>“%1”由较早版本的调养计划创建。还原时会自动更新至目前版本。</translation>
    </message>
    <message>
        <source>“%1” is a complete Recovery Planner backup.</source>
        <translation>“%1”是完整的调养计划备份。</translation>
    </message>
    <message>
        <source>“%1” is not a file. Choose a backup file (its name ends in .sqlite). Nothing was changed.</source>
        <translation>“%1”不是文件。请选择备份文件（文件名以 .sqlite 结尾）。没有更改任何数据。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot read “%1”: %2. Nothing was changed.</source>
        <translation>调养计划无法读取“%1”：%2。没有更改任何数据。</translation>
    </message>
    <message>
        <source>“%1” is not a Recovery Planner backup (it is not a SQLite database file). Nothing was changed.</source>
        <translation>“%1”不是调养计划的备份（它不是 SQLite 数据库文件）。没有更改任何数据。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are made and restored on the server, by whoever looks after it (for example with pg_dump); Recovery Planner backs up and restores only a database file on this computer. Nothing was changed.</source>
        <translation>此数据库位于 PostgreSQL 服务器上。它的备份和还原由管理服务器的人在服务器上进行（例如使用 pg_dump）；调养计划只会备份和还原这台电脑上的数据库文件。没有更改任何数据。</translation>
    </message>
    <message>
        <source>the folder “%1” could not be created</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>There is no open database to back up or restore.</source>
        <translation>没有已打开的数据库可以备份或还原。</translation>
    </message>
    <message>
        <source>There is no open database to back up.</source>
        <translation>没有已打开的数据库可以备份。</translation>
    </message>
    <message>
        <source>“%1” is the database in use (or one of its own files): a backup cannot replace it. Choose another name or folder. Nothing was changed.</source>
        <translation>“%1”是正在使用的数据库（或它的附属文件）：备份不能取代它。请选择其他文件名或文件夹。没有更改任何数据。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the backup. Nothing was changed.</source>
        <translation>“%1”是文件夹。请为备份选择一个文件名。没有更改任何数据。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot write in the folder “%1”: %2. Check that the folder exists and is writable and that the disk has space. Your data is unchanged.</source>
        <translation>调养计划无法写入文件夹“%1”：%2。请检查文件夹是否存在、可否写入，以及磁盘是否有足够空间。您的数据没有改变。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1. Your data is unchanged.</source>
        <translation>无法写入备份：%1。您的数据没有改变。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1. Check that the disk has space. Your data is unchanged.</source>
        <translation>无法写入备份：%1。请检查磁盘是否有足够空间。您的数据没有改变。</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check (%1), so it was removed. Your data is unchanged; try again, or choose another disk.</source>
        <translation>备份已写入，但未能通过检查（%1），所以已将其删除。您的数据没有改变；请再试一次，或选择另一个磁盘。</translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”: %2. Your data is unchanged.</source>
        <translation>无法把备份保存为“%1”：%2。您的数据没有改变。</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made: %1. Nothing was lost and you can work as usual; use File ▸ Back up now… to try again.</source>
        <translation>今天的自动备份未能完成：%1。没有丢失任何数据，您可以照常工作；可用“文件 ▸ 立即备份…”再试一次。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot check “%1”: there is no room for a temporary copy (%2). Nothing was changed.</source>
        <translation>调养计划无法检查“%1”：没有空间存放临时副本（%2）。没有更改任何数据。</translation>
    </message>
    <message>
        <source>There is no open database to restore into.</source>
        <translation>没有已打开的数据库可以还原。</translation>
    </message>
    <message>
        <source>“%1” is the database in use, not a backup. Choose a backup file. Nothing was changed.</source>
        <translation>“%1”是正在使用的数据库，不是备份。请选择备份文件。没有更改任何数据。</translation>
    </message>
    <message>
        <source>The backup was not restored, because a safety copy of the current data could not be made first: %1. Nothing was changed.</source>
        <translation>没有还原备份，因为未能先为目前的数据制作安全副本：%1。没有更改任何数据。</translation>
    </message>
    <message>
        <source>Recovery Planner could not open the database again (%1): quit and start it again.</source>
        <translation>调养计划无法重新打开数据库（%1）：请退出程序后再重新启动。</translation>
    </message>
    <message>
        <source>The backup was not restored, because the database is still open in another Recovery Planner window or program. Close it there and try again. Nothing was changed; a safety copy of the current data is in “%1”.</source>
        <translation>没有还原备份，因为数据库仍在另一个调养计划窗口或程序中打开。请先在那里关闭，再试一次。没有更改任何数据；目前数据的安全副本位于“%1”。</translation>
    </message>
    <message>
        <source>The backup could not be put in place: %1. Nothing was changed; a safety copy of the current data is in “%2”.</source>
        <translation>无法放入备份：%1。没有更改任何数据；目前数据的安全副本位于“%2”。</translation>
    </message>
    <message>
        <source>The backup could not be opened (%1), and the data you had before could not be put back (%2). Nothing is lost: your data is in the safety copy “%3” and in “%4”. Restore the safety copy with File ▸ Restore from backup….</source>
        <translation>无法打开备份（%1），也未能放回原有数据（%2）。没有丢失任何数据：您的数据在安全副本“%3”及“%4”中。请用“文件 ▸ 从备份还原…”还原安全副本。</translation>
    </message>
    <message>
        <source>The backup could not be opened after it was put in place (%1). The data you had before was put back, so nothing was lost; a safety copy of it is also in “%2”.</source>
        <translation>备份放入后无法打开（%1）。原有数据已放回，没有丢失任何数据；它的安全副本亦位于“%2”。</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>Changed at another desk</source>
        <translation>已在另一台电脑修改</translation>
    </message>
    <message>
        <source>Someone at another desk saved %1 after you opened it, so your changes were not saved. Nothing has been overwritten.</source>
        <translation>您打开%1后，有人在另一台电脑保存了它，所以您的更改没有保存。没有任何数据被覆盖。</translation>
    </message>
    <message>
        <source>“Show the latest” replaces what is on your screen with the version saved at the other desk.
%1</source>
        <translation>“显示最新版本”会以另一台电脑保存的版本取代您画面上的内容。
%1</translation>
    </message>
    <message>
        <source>Show the &amp;latest</source>
        <translation>显示最新版本(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep mine as a copy</source>
        <translation>把我的版本另存为副本(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ClinicRepositoryText</name>
    <message>
        <source>At most two crisis lines can be kept.</source>
        <translation>最多只可保存两条危机支持热线。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Fill an empty database with demo patients (refused if it has patients).</source>
        <translation>在空白数据库加入示范病人（数据库已有病人时不会加入）。</translation>
    </message>
    <message>
        <source>Open the database and the main window, then exit once it is painted.</source>
        <translation>打开数据库及主窗口，窗口显示后即退出程序。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此说明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Recovery Planner: 30-day recovery plans after a miscarriage or a failed IVF cycle.</source>
        <translation>调养计划：为流产或试管婴儿疗程失败后的女士制订三十天调养计划。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, zh-Hant or zh-Hans.</source>
        <translation>未知语言“%1”：请使用 en、zh-Hant 或 zh-Hans。</translation>
    </message>
    <message>
        <source>Print the plan generated for the patient described in &lt;file&gt; (JSON; - for standard input) as JSON, from the built-in library, without a database.</source>
        <translation>按 &lt;文件&gt;（JSON；- 代表标准输入）所描述的病人，以内置调养目录生成计划并以 JSON 输出，不使用数据库。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export the printout of the plan given by --plan to the PDF &lt;file&gt;, without a window, and record it on the patient.</source>
        <translation>不开窗口，把 --plan 指定计划的打印文档导出为 PDF 档 &lt;file&gt;，并记录在病人数据中。</translation>
    </message>
    <message>
        <source>The plan to export (its number).</source>
        <translation>要导出的计划（编号）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What to export: diet, rest, calendar, shopping or all (default).</source>
        <translation>导出什么：diet、rest、calendar、shopping 或 all（默认）。</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>纸张大小：a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Bilingual layout: stacked (default) or side-by-side.</source>
        <translation>双语排版：stacked（上下，默认）或 side-by-side（并排）。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>Use large print.</source>
        <translation>使用大字体。</translation>
    </message>
    <message>
        <source>--export-pdf needs --plan with the plan&apos;s number, for example --plan 3.</source>
        <translation>--export-pdf 需要配合 --plan 和计划编号，例如 --plan 3。</translation>
    </message>
    <message>
        <source>--export-pdf needs the path of the PDF file to write.</source>
        <translation>--export-pdf 需要要写入的 PDF 文件路径。</translation>
    </message>
    <message>
        <source>--export-pdf needs --database with the database to read the plan from.</source>
        <translation>--export-pdf 需要配合 --database，指明从哪个数据库读取计划。</translation>
    </message>
    <message>
        <source>Unknown print language “%1”: use en, zh-Hant, zh-Hans or bilingual.</source>
        <translation>未知的打印语言“%1”：请用 en、zh-Hant、zh-Hans 或 bilingual。</translation>
    </message>
    <message>
        <source>Unknown document “%1”: use diet, rest, calendar, shopping or all.</source>
        <translation>未知的文档“%1”：请用 diet、rest、calendar、shopping 或 all。</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”: use a4 or letter.</source>
        <translation>未知的纸张大小“%1”：请用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use stacked or side-by-side.</source>
        <translation>未知的排版“%1”：请用 stacked 或 side-by-side。</translation>
    </message>
    <message>
        <source>--%1 only goes with --export-pdf.</source>
        <translation>--%1 只能配合 --export-pdf 使用。</translation>
    </message>
    <message>
        <source>--demo does not go with --export-pdf: make the demo database first, then export from it.</source>
        <translation>--demo 不能配合 --export-pdf 使用：请先创建示范数据库，再从中导出。</translation>
    </message>
    <message>
        <source>Use the SQLite database file at &lt;path&gt;, or the PostgreSQL server at postgresql://user@host:port/dbname, instead of the one in settings.</source>
        <translation>使用位于 &lt;path&gt; 的 SQLite 数据库文件，或位于 postgresql://user@host:port/dbname 的 PostgreSQL 服务器，而不是设置中的数据库。</translation>
    </message>
    <message>
        <source>Add &lt;count&gt; made-up patients to the database given by --database, each with a loss and a plan (for tests and benchmarks), without a window.</source>
        <translation>不开窗口，在 --database 指定的数据库中加入 &lt;count&gt; 位虚构病人，每位各有一次流产／移植失败记录和一份计划（供测试及性能评测使用）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数目</translation>
    </message>
    <message>
        <source>--generate-patients needs a number of patients from 1 to %1.</source>
        <translation>--generate-patients 需要 1 至 %1 之间的病人数目。</translation>
    </message>
    <message>
        <source>--generate-patients needs --database with the database to add them to.</source>
        <translation>--generate-patients 需要配合 --database，指定要加入病人的数据库。</translation>
    </message>
    <message>
        <source>--generate-patients goes with --database only.</source>
        <translation>--generate-patients 只能配合 --database 使用。</translation>
    </message>
    <message>
        <source>--database needs the path of a file or a postgresql:// address.</source>
        <translation>--database 需要文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Leave private milestones (pregnancy test, trying again) off the fridge calendar. Without it, the patient&apos;s own choice.</source>
        <translation>冰箱月历不印私人事项（验孕、何时再尝试怀孕）。不指定时，按病人自己的选择。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (en, zh-Hant or zh-Hans) for this run; with --export-pdf, the printout&apos;s language (en, zh-Hant, zh-Hans, en+zh-Hant, en+zh-Hans, or bilingual: English with the Chinese she last had; default: the patient&apos;s own).</source>
        <translation>本次以 &lt;language&gt;（en、zh-Hant 或 zh-Hans）显示界面；配合 --export-pdf 时为打印文档的语言（en、zh-Hant、zh-Hans、en+zh-Hant、en+zh-Hans，或 bilingual：英文加她上次打印所用的中文；默认为病人自己的语言）。</translation>
    </message>
</context>
<context>
    <name>ConnectionWatchText</name>
    <message>
        <source>The database server %1 does not answer.</source>
        <translation>数据库服务器 %1 没有响应。</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install the Debian package libqt6sql6-sqlite and start Recovery Planner again.</source>
        <translation>缺少 Qt 的 SQLite 驱动程序。请安装 Debian 软件包 libqt6sql6-sqlite，然后重新启动调养计划。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot open “%1”: %2</source>
        <translation>调养计划无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Recovery Planner cannot write to “%1”: %2. Check that the file, its folder and the disk are writable. Nothing was changed.</source>
        <translation>调养计划无法写入“%1”：%2。请检查文件、所在文件夹及磁盘是否可以写入。没有任何更改。</translation>
    </message>
    <message>
        <source>Recovery Planner could not bring “%1” up to date: %2. The database was left as it was before the failed step.</source>
        <translation>调养计划无法更新“%1”：%2。数据库维持在失败步骤之前的状态。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Give the path of a file.</source>
        <translation>“%1”是文件夹，不是数据库文件。请提供文件的路径。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot read “%1”: %2</source>
        <translation>调养计划无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Recovery Planner database (it is not a SQLite database file). It was left unchanged.</source>
        <translation>“%1”不是调养计划的数据库（它不是 SQLite 数据库文件）。文件没有被更改。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot write to “%1”. Check that the file and its folder are writable. It was left unchanged.</source>
        <translation>调养计划无法写入“%1”。请检查文件及所在文件夹是否可以写入。文件没有被更改。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot create the folder “%1” for its database. Choose another location with --database.</source>
        <translation>调养计划无法创建存放数据库的文件夹“%1”。请用 --database 选择其他位置。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot create its database “%1”: %2. Choose another location with --database.</source>
        <translation>调养计划无法创建数据库“%1”：%2。请用 --database 选择其他位置。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database (%2). It may be damaged. It was left unchanged; restore it from a backup or choose another file.</source>
        <translation>“%1”无法作为数据库读取（%2），文件可能已损坏。文件没有被更改；请从备份还原，或选择其他文件。</translation>
    </message>
    <message>
        <source>“%1” is a database made by another program, not by Recovery Planner. It was left unchanged.</source>
        <translation>“%1”是由其他程序创建的数据库，不是调养计划的数据库。文件没有被更改。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Recovery Planner (database version %2; this version understands up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>“%1”由较新版本的调养计划创建（数据库版本 %2；此版本只支持至版本 %3）。请安装较新的版本。文件没有被更改。</translation>
    </message>
    <message>
        <source>“%1” is not a database server address Recovery Planner understands. Write it as postgresql://user@host:port/database, for example postgresql://clinic@192.168.1.10:5432/recovery.</source>
        <translation>“%1”不是调养计划能理解的数据库服务器地址。请写成 postgresql://user@host:port/database，例如 postgresql://clinic@192.168.1.10:5432/recovery。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing. Install the Debian package libqt6sql6-psql and start Recovery Planner again.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动程序。请安装 Debian 软件包 libqt6sql6-psql，然后重新启动调养计划。</translation>
    </message>
    <message>
        <source>The option “%1” in the server address cannot be used.</source>
        <translation>服务器地址中的选项“%1”不能使用。</translation>
    </message>
    <message>
        <source>The database server at %1 asks for the password of “%2”.</source>
        <translation>位于 %1 的数据库服务器要求输入“%2”的密码。</translation>
    </message>
    <message>
        <source>The database server at %1 did not accept the password of “%2”. Try again.</source>
        <translation>位于 %1 的数据库服务器不接受“%2”的密码。请再试一次。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot connect to the database server %1: %2. Check that the server is running and that this computer can reach it.</source>
        <translation>调养计划无法连接数据库服务器 %1：%2。请检查服务器是否正在运作，以及这台电脑能否连上它。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot read the database %1: %2</source>
        <translation>调养计划无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not Recovery Planner&apos;s. It was left unchanged; give an empty database or this app&apos;s.</source>
        <translation>数据库 %1 载有其他程序的数据表，而不是调养计划的。数据库没有被更改；请提供空白数据库或本程序的数据库。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Recovery Planner (database version %2; this version understands up to %3). Please install the newer version on this desk. The database was left unchanged.</source>
        <translation>数据库 %1 由较新版本的调养计划创建（数据库版本 %2；此版本最多只能读取版本 %3）。请在这台电脑安装较新版本。数据库没有被更改。</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached yet: %2</source>
        <translation>暂时仍无法连接数据库服务器 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>There is no month %1. Type the month as a number from 1 to 12 or by its name.</source>
        <translation>没有第 %1 个月。请以1至12的数字或月份名称输入月份。</translation>
    </message>
    <message>
        <source>The year %1 cannot be right. Type the year in full, such as %2.</source>
        <translation>年份 %1 似乎不正确。请输入完整年份，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is not a leap year: February has 28 days.</source>
        <translation>%1年不是闰年：二月只有28天。</translation>
    </message>
    <message>
        <source>%1 has %2 days, so there is no day %3.</source>
        <translation>%1只有 %2 天，没有第 %3 天。</translation>
    </message>
    <message>
        <source>“%1” is not a date this field can read. Type it as %2, %3 or %4.</source>
        <translation>无法把“%1”读成日期。请输入例如 %2、%3 或 %4。</translation>
    </message>
    <message>
        <source>“%1” is not a month name. Type the month as a name, such as Sep or September, or as a number.</source>
        <translation>“%1”不是月份名称。请输入月份名称（例如 Sep、September 或 九月）或数字。</translation>
    </message>
</context>
<context>
    <name>GeneratePatients</name>
    <message>
        <source>Stopped after %1 of %2 patients: %3</source>
        <translation>已加入 %2 位病人中的 %1 位后停止：%3</translation>
    </message>
    <message>
        <source>Added %1 of %2 patients.</source>
        <translation>已加入 %2 位病人中的 %1 位。</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (it may be restarting, or the network is down). Those added so far are stored; the batch it was storing is not. Run the command again for the rest once the server answers.</source>
        <translation>与数据库服务器的连接断开了（服务器可能正在重启，或网络中断）。已添加的患者都已保存；正在保存的那一批没有保存。服务器恢复响应后，请再运行一次命令添加其余患者。</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while a batch of %1 was being stored, so it may or may not be there. Once the server answers, count the patients before running the command again.</source>
        <translation>保存一批 %1 位患者期间，与数据库服务器的连接断开了，所以无法确定这一批是否已保存。服务器恢复响应后，请先清点患者数量，再运行一次命令。</translation>
    </message>
    <message>
        <source>the database stayed busy (another desk kept writing). Run the command again.</source>
        <translation>数据库一直繁忙（另一台电脑不断写入数据）。请再运行一次命令。</translation>
    </message>
</context>
<context>
    <name>HeavyBleedingNotice</name>
    <message>
        <source>Heavy bleeding is a red flag, and food does not manage it. If she soaks a pad in an hour or less, passes clots the size of a walnut or larger, or feels faint, she needs urgent care or the emergency department now. While this is ticked, the plan holds tonics and blood-moving foods.</source>
        <translation>大量出血是危险症状，食物不能处理。如她在1小时内或更短时间便湿透1片卫生巾、排出核桃般大小或更大的血块，或感到快要晕倒，须立即求医或前往急诊室。勾选期间，计划会暂停补品和活血的食物。</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>%1 pieces</source>
        <translation>%1 个</translation>
    </message>
    <message>
        <source>hidden: not offered in plans</source>
        <translation>已隐藏：计划中不会建议</translation>
    </message>
    <message>
        <source>Practitioner only: proposed in a plan only when you tick it in for that patient, and never printed with a dose.</source>
        <translation>医师专用：只有在您为该病人勾选后才会在计划中建议，打印时不会列出剂量。</translation>
    </message>
    <message>
        <source>Printed on every plan: go to a doctor or an emergency department now.</source>
        <translation>每份计划都会打印：请立即求医或前往急诊室。</translation>
    </message>
    <message>
        <source>The built-in original has been updated since the clinic&apos;s version was made. Compare them below, and reset to the original if it is better.</source>
        <translation>诊所修订此项目后，内置原本版本已经更新。请比较下面两者；如原本版本较好，可还原。</translation>
    </message>
    <message>
        <source>Phases: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Meals: %1</source>
        <translation>用餐时段：%1</translation>
    </message>
    <message>
        <source>On day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>From day %1</source>
        <translation>由第 %1 天起</translation>
    </message>
    <message>
        <source>Until day %1</source>
        <translation>至第 %1 天止</translation>
    </message>
    <message>
        <source>On at most %1 days of a plan</source>
        <translation>一份计划中最多 %1 天</translation>
    </message>
    <message>
        <source>At most %1 times a week</source>
        <translation>每周最多 %1 次</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>适合：%1</translation>
    </message>
    <message>
        <source>Only after: %1</source>
        <translation>只适用于：%1</translation>
    </message>
    <message>
        <source>After a loss at %1 weeks or later</source>
        <translation>适用于怀孕 %1 周或以后流产</translation>
    </message>
    <message>
        <source>Not for:</source>
        <translation>不适用于：</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Notes and cautions</source>
        <translation>备注及注意事项</translation>
    </message>
    <message>
        <source>Sources differ:</source>
        <translation>各方说法不同：</translation>
    </message>
    <message>
        <source>Built-in original</source>
        <translation>内置原本版本</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
</context>
<context>
    <name>LibraryRepositoryText</name>
    <message>
        <source>Red flags cannot be changed or hidden: every printed plan carries all of them, in their most cautious form.</source>
        <translation>危险症状不能修改或隐藏：每份打印的计划都会以最审慎的写法列出全部危险症状。</translation>
    </message>
    <message>
        <source>The red-flag list comes with the app and cannot be added to here.</source>
        <translation>危险症状清单随程序提供，不能在此添加。</translation>
    </message>
    <message>
        <source>This item is no longer in the library.</source>
        <translation>此项目已不在调养目录中。</translation>
    </message>
    <message>
        <source>Only built-in items have an original to go back to.</source>
        <translation>只有内置项目才可还原为原本版本。</translation>
    </message>
    <message>
        <source>Milestones and daily rest lines cannot be hidden: plans need them. Edit the text instead.</source>
        <translation>随访事项和每日休息建议不能隐藏：计划需要用到。可以改为编辑内容。</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>the id must be lower-case letters, digits and dashes</source>
        <translation>编号只可用小写英文字母、数字和连字号</translation>
    </message>
    <message>
        <source>%1 in English is empty</source>
        <translation>%1（英文）未填写</translation>
    </message>
    <message>
        <source>%1 in Traditional Chinese is empty</source>
        <translation>%1（繁体中文）未填写</translation>
    </message>
    <message>
        <source>%1 in Simplified Chinese is empty</source>
        <translation>%1（简体中文）未填写</translation>
    </message>
    <message>
        <source>%1 in Simplified Chinese still has Traditional characters: %2</source>
        <translation>%1（简体中文）仍有繁体字：%2</translation>
    </message>
    <message>
        <source>%1 mentions a medicine or a dose: %2</source>
        <translation>%1提及药物或剂量：%2</translation>
    </message>
    <message>
        <source>%1 uses wording unkind after a loss: %2</source>
        <translation>%1的用词对刚经历流产或移植失败的人不够体贴：%2</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>a practitioner-only formula lists no amounts (%1)</source>
        <translation>只供医师使用的方剂不列分量（%1）</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>unknown source code %1</source>
        <translation>未知的资料来源编号 %1</translation>
    </message>
    <message>
        <source>no source is given</source>
        <translation>未注明资料来源</translation>
    </message>
    <message>
        <source>a food needs at least one meal slot</source>
        <translation>食物最少要有一个用餐时段</translation>
    </message>
    <message>
        <source>a food needs at least one phase</source>
        <translation>食物最少要有一个阶段</translation>
    </message>
    <message>
        <source>only foods have meal slots and ingredients</source>
        <translation>只有食物才有用餐时段和材料</translation>
    </message>
    <message>
        <source>days must be between 1 and 42</source>
        <translation>日数必须在 1 至 42 之间</translation>
    </message>
    <message>
        <source>the first day comes after the last day</source>
        <translation>第一天在最后一天之后</translation>
    </message>
    <message>
        <source>times a week must be between 1 and 7</source>
        <translation>每周次数必须在 1 至 7 之间</translation>
    </message>
    <message>
        <source>a formula is always practitioner-only</source>
        <translation>方剂一律属医师专用</translation>
    </message>
    <message>
        <source>only foods and formulas can be practitioner-only</source>
        <translation>只有食物和方剂才可设为医师专用</translation>
    </message>
    <message>
        <source>the amount of %1 needs a positive number and a unit: g, ml or piece</source>
        <translation>%1的分量须为正数，单位为 g、ml 或 piece</translation>
    </message>
    <message>
        <source>an item with motherwort (益母草) must be practitioner-only</source>
        <translation>含益母草的项目必须设为医师专用</translation>
    </message>
    <message>
        <source>“%1” is not in the ingredient list: choose it from the list so the rules can read it</source>
        <translation>“%1”不在食材清单中：请从清单选择，让规则可以检查</translation>
    </message>
    <message>
        <source>only a medicinal herb has a pack amount (%1)</source>
        <translation>只有药材才可填写诊所药包分量（%1）</translation>
    </message>
    <message>
        <source>an item with three or more medicinal herbs is built on a formula and must be practitioner-only</source>
        <translation>含三种或以上药材的项目属方剂，必须设为医师专用</translation>
    </message>
    <message>
        <source>“wine not chosen” is the planner&apos;s own reason, not a contraindication</source>
        <translation>“未选用酒煮菜式”是计划规则本身的理由，不是禁忌</translation>
    </message>
    <message>
        <source>“%1” in what it warns against is neither an ingredient nor a property</source>
        <translation>警告对象中的“%1”既不是食材，也不是食材特性</translation>
    </message>
    <message>
        <source>a food has no printing conditions and warns against nothing</source>
        <translation>食物没有打印条件，也不会警告任何东西</translation>
    </message>
    <message>
        <source>only a milestone is private</source>
        <translation>只有随访事项可设为私人</translation>
    </message>
</context>
<context>
    <name>PatientFileText</name>
    <message>
        <source>The file has a member this version does not know: “%1”.</source>
        <translation>文件中有此版本不认识的项目：“%1”。</translation>
    </message>
    <message>
        <source>“%1” has a member this version does not know: “%2”.</source>
        <translation>“%1”中有此版本不认识的项目：“%2”。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be an object (members in braces).</source>
        <translation>“%1”必须是对象（以大括号包住的项目）。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>“%1”必须是清单。</translation>
    </message>
    <message>
        <source>“%1” has %2 entries; a patient file has at most %3.</source>
        <translation>“%1”有 %2 项；病人文件最多只可有 %3 项。</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>“%1” must be a real date written YYYY-MM-DD, not “%2”.</source>
        <translation>“%1”必须是以 YYYY-MM-DD 写成的真实日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be a date and time such as 2024-03-05T09:30:00.000Z, not “%2”.</source>
        <translation>“%1”必须是日期和时间，例如 2024-03-05T09:30:00.000Z，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2; not “%3”.</source>
        <translation>“%1”必须是以下其中之一：%2；而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” must be an item id (lower-case letters, digits and dashes), not “%2”.</source>
        <translation>“%1”必须是项目代号（小写英文字母、数字和连字号），而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be a warning such as “contraindicated:diabetes”, not “%2”.</source>
        <translation>“%1”必须是警告代号，例如“contraindicated:diabetes”，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” fills the slot “%2” a second time on the same day.</source>
        <translation>“%1”在同一天第二次填入“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be day %2: a plan&apos;s days are numbered 1, 2, 3 … in order.</source>
        <translation>“%1”必须是第 %2 天：计划的日子须按 1、2、3 … 顺序编号。</translation>
    </message>
    <message>
        <source>“%1”: the key %2 is used twice.</source>
        <translation>“%1”：编号 %2 用了两次。</translation>
    </message>
    <message>
        <source>“%1” refers to loss %2, which is not in the file.</source>
        <translation>“%1”指向流产／移植失败记录 %2，但文件中没有这项记录。</translation>
    </message>
    <message>
        <source>“%1” refers to plan %2, which is not in the file.</source>
        <translation>“%1”指向计划 %2，但文件中没有这份计划。</translation>
    </message>
    <message>
        <source>“%1” must name at least one document.</source>
        <translation>“%1”必须列出最少一份文档。</translation>
    </message>
    <message>
        <source>“%1” names “%2” twice.</source>
        <translation>“%1”列出“%2”两次。</translation>
    </message>
    <message>
        <source>“%1” must be the printed document in base64 (A–Z, a–z, 0–9, +, /).</source>
        <translation>“%1”必须是以 base64（A–Z、a–z、0–9、+、/）写成的打印文档。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a patient file is far smaller, so it was not read.</source>
        <translation>文件大于 %1 MB；病人文件远比这小，所以没有读取。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file cannot be read as a patient file: it is damaged or incomplete (at byte %1: %2).</source>
        <translation>无法以病人文件读取此文件：文件已损坏或不完整（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>This is not a patient file from Recovery Planner.</source>
        <translation>这不是调养计划的病人文件。</translation>
    </message>
    <message>
        <source>This patient file was made by a newer version of Recovery Planner (file version %1; this version reads version %2). Update Recovery Planner on this computer, then import it again.</source>
        <translation>此病人文件由较新版本的调养计划创建（文件版本 %1；此版本只能读取版本 %2）。请先更新这台电脑上的调养计划，再重新导入。</translation>
    </message>
    <message>
        <source>The member “%1” is given twice in one place, so the file cannot be read safely.</source>
        <translation>项目“%1”在同一处出现两次，所以无法安全地读取文件。</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>This database already has patients, so no demo patients were added. Use --demo with a new, empty database file, for example --database demo.sqlite.</source>
        <translation>此数据库已有病人，所以没有加入示范病人。请以新的空白数据库文件使用 --demo，例如 --database demo.sqlite。</translation>
    </message>
</context>
<context>
    <name>PatientTransferText</name>
    <message>
        <source>Her losses could not be matched to their plans, so nothing was imported.</source>
        <translation>她的流产／移植失败记录无法与计划对应，所以没有导入任何数据。</translation>
    </message>
    <message>
        <source>Her record here and the file cannot be merged: %1</source>
        <translation>她在这里的记录无法与文件合并：%1</translation>
    </message>
</context>
<context>
    <name>PlanRepositoryText</name>
    <message>
        <source>This plan was changed at another desk after you opened it. Nothing was saved, and your changes are still on screen. Note them, close the plan and open it again to see the latest version.</source>
        <translation>您打开此计划后，另一台电脑修改了这份计划。没有保存任何数据，您的更改仍在画面上。请先记下更改，关闭计划，再重新打开查看最新版本。</translation>
    </message>
    <message>
        <source>This plan is no longer in the database.</source>
        <translation>此计划已不在数据库中。</translation>
    </message>
    <message>
        <source>This plan is already stored.</source>
        <translation>此计划已经保存。</translation>
    </message>
</context>
<context>
    <name>PlanRequest</name>
    <message>
        <source>“%1” must be a real date written YYYY-MM-DD, not “%2”.</source>
        <translation>“%1”必须是以 YYYY-MM-DD 写成的真实日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be one of %2.</source>
        <translation>“%1”必须是以下其中之一：%2。</translation>
    </message>
    <message>
        <source>The input is not valid JSON (at character %1: %2).</source>
        <translation>输入内容不是有效的 JSON（第 %1 个字符：%2）。</translation>
    </message>
    <message>
        <source>The input must be a JSON object with the patient&apos;s details.</source>
        <translation>输入内容必须是载有病人数据的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>不明字段“%1”。</translation>
    </message>
    <message>
        <source>“conditions” must be a list.</source>
        <translation>“conditions”必须是清单。</translation>
    </message>
    <message>
        <source>“loss” is required: an object with kind, date, gestationalWeek and management.</source>
        <translation>必须提供“loss”：包含 kind、date、gestationalWeek 和 management 的对象。</translation>
    </message>
    <message>
        <source>“loss.gestationalWeek” must be a whole number from %1 to %2.</source>
        <translation>“loss.gestationalWeek”必须是 %1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>“lossCount” must be a whole number from 1 to 50.</source>
        <translation>“lossCount”必须是 1 至 50 之间的整数。</translation>
    </message>
    <message>
        <source>“days” must be a whole number from %1 to %2.</source>
        <translation>“days”必须是 %1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>“%1” is not a practitioner-only formula in the library.</source>
        <translation>“%1”不是调养目录中的医师专用方剂。</translation>
    </message>
    <message>
        <source>Unknown field “%1” in “%2”.</source>
        <translation>“%2”中有不明字段“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>The input is larger than 1 MB; it cannot be a patient&apos;s details.</source>
        <translation>输入内容超过 1 MB，不可能是病人数据。</translation>
    </message>
    <message>
        <source>The field “%1” is given twice; say it once.</source>
        <translation>字段“%1”出现了两次；请只写一次。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>“%1”必须是清单。</translation>
    </message>
    <message>
        <source>“loss.date” cannot be in the future.</source>
        <translation>“loss.date”不可以是未来的日子。</translation>
    </message>
    <message>
        <source>“start” must be from the day of the loss to a year after it.</source>
        <translation>“start”必须在流产／移植失败当天至一年后之间。</translation>
    </message>
    <message>
        <source>“heavyBleeding” must be true or false.</source>
        <translation>“heavyBleeding”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>“practitionerItems” must list names.</source>
        <translation>“practitionerItems”必须列出名称。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>PlanTitle</name>
    <message>
        <source>Recovery after %1</source>
        <translation>%1 之后的调养</translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message>
        <source>Choose the day the plan starts.</source>
        <translation>请选择计划开始的日期。</translation>
    </message>
    <message>
        <source>A plan lasts %1 to %2 days.</source>
        <translation>计划为期 %1 至 %2 天。</translation>
    </message>
    <message>
        <source>The phases must follow each other: expel from day 1, then regulate, then tonify to the last day.</source>
        <translation>各阶段必须依次排列：由第一天开始“排”，然后“调”，再“补”至最后一天。</translation>
    </message>
    <message>
        <source>A follow-up visit on day %1 falls outside the plan.</source>
        <translation>第 %1 天的复诊不在计划日期内。</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>This plan supports your recovery. It does not replace care from your doctor or hospital.</source>
        <translation>这份计划帮助您康复，但不能取代医生或医院的诊治。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Expel (排): warm, light food that is easy to digest, while the body clears and the bleeding settles.</source>
        <translation>排：出血渐止期间，吃温暖、清淡、容易消化的食物。</translation>
    </message>
    <message>
        <source>Regulate (調): strengthen digestion and begin to rebuild qi and blood.</source>
        <translation>调：健脾开胃，开始调养气血。</translation>
    </message>
    <message>
        <source>Tonify (補): nourish qi and blood and build up strength again.</source>
        <translation>补：补养气血，慢慢恢复体力。</translation>
    </message>
    <message>
        <source>Week %1 (continued) · %2</source>
        <translation>第%1周（续） · %2</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>第%1周 · %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第%1天</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <source>Soup</source>
        <translation>汤</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶饮</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>点心</translation>
    </message>
    <message>
        <source>as your practitioner directs</source>
        <translation>按医师指示服用</translation>
    </message>
    <message>
        <source>Diet schedule</source>
        <translation>饮食安排</translation>
    </message>
    <message>
        <source>Foods to avoid for now</source>
        <translation>暂时避免的食物</translation>
    </message>
    <message>
        <source>Sources differ: %1</source>
        <translation>资料说法不一：%1</translation>
    </message>
    <message>
        <source>Rest and activity schedule</source>
        <translation>休息与活动安排</translation>
    </message>
    <message>
        <source>Rest comes first in these weeks, with gentle movement every day. Each day&apos;s line says how much to do; go at your own pace and rest more whenever you need to.</source>
        <translation>这几周以休息为先，每天轻轻活动。每天一行写明活动多少；按自己的步伐，需要时便多休息。</translation>
    </message>
    <message>
        <source>Rest and activity</source>
        <translation>休息与活动</translation>
    </message>
    <message>
        <source>Appointments and dates</source>
        <translation>复诊及重要日子</translation>
    </message>
    <message>
        <source>Everyday care in these weeks</source>
        <translation>这几周的日常护理</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Each day shows its soup, then its tea in italics, and ★ the dates to remember.</source>
        <translation>每天先列汤水，再以斜体列茶饮，★ 为要记住的日子。</translation>
    </message>
    <message>
        <source>for 1 serving</source>
        <translation>1 份用量</translation>
    </message>
    <message>
        <source>for %1 servings</source>
        <translation>%1 份用量</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Weekly shopping list</source>
        <translation>每周购物清单</translation>
    </message>
    <message>
        <source>What the week&apos;s dishes, soups and teas need, added up. Herbs for anything your practitioner prescribes come from the clinic.</source>
        <translation>一周菜式、汤水和茶饮所需材料的总数。医师处方的药材由诊所提供。</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>分量</translation>
    </message>
    <message>
        <source>Go to a doctor or an emergency department now if you have any of these:</source>
        <translation>如有以下任何情况，请立即求医或前往急诊室：</translation>
    </message>
    <message>
        <source>This plan does not replace medical care. If something worries you, contact your doctor or the clinic.</source>
        <translation>这份计划不能取代医疗。如有任何担心，请联系您的医生或诊所。</translation>
    </message>
    <message>
        <source>The printer does not accept this paper size.</source>
        <translation>打印机不接受这个纸张大小。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The saved printout cannot be read (%1).</source>
        <translation>无法读取已保存的打印文档（%1）。</translation>
    </message>
    <message>
        <source>This printout was saved by a newer version of Recovery Planner. Update the app to reprint it.</source>
        <translation>这份打印文档由较新版本的调养计划保存。请先更新程序，才能重印。</translation>
    </message>
    <message>
        <source>The saved printout cannot be read (unknown settings).</source>
        <translation>无法读取已保存的打印文档（设置不明）。</translation>
    </message>
    <message>
        <source>The saved printout is empty.</source>
        <translation>已保存的打印文档是空的。</translation>
    </message>
    <message>
        <source>The print fonts were not found, so Chinese text copied out of a PDF may not match what is printed. Reinstall Recovery Planner to restore them.</source>
        <translation>找不到打印字体，从 PDF 复制出来的中文可能与打印的不同。请重新安装调养计划以恢复字体。</translation>
    </message>
    <message>
        <source>There is no plan number %1 in this database.</source>
        <translation>这个数据库没有编号 %1 的计划。</translation>
    </message>
    <message>
        <source>Choose at least one document to print.</source>
        <translation>请至少选择一份要打印的文档。</translation>
    </message>
    <message>
        <source>Expel (排)</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Regulate (調)</source>
        <translation>调</translation>
    </message>
    <message>
        <source>Tonify (補)</source>
        <translation>补</translation>
    </message>
    <message>
        <source>The clinic header and the patient&apos;s name take up too much of the page. Shorten them in Clinic settings.</source>
        <translation>诊所抬头和病人姓名占了页面太多位置。请在“诊所设置”中缩短。</translation>
    </message>
    <message>
        <source>Warm, gentle food for the weeks of rest after your loss. Eat what you can manage; warm water or the day&apos;s tea is fine between meals. The weeks follow three stages, expel (排), regulate (調) and tonify (補); each week says what its stage is for.</source>
        <translation>这几周休养期间，饮食以温和为主。吃得下多少便吃多少；两餐之间可喝温水或当天的茶饮。这几周分为排、调、补三个阶段；每周都写明该阶段的作用。</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>不放%1</translation>
    </message>
    <message>
        <source>* %1: %2</source>
        <translation>* %1：%2</translation>
    </message>
    <message>
        <source>You are still bleeding heavily. Food does not treat heavy bleeding: if you soak a pad in an hour or less, pass clots the size of a walnut or larger, or feel faint, go to an emergency department now. Until the bleeding settles, this plan leaves out tonic herbs and rich tonic dishes, brown sugar, wine and the foods said to move blood (its tonify weeks keep to gentle food).</source>
        <translation>您现在仍然出血量多。食物不能治疗大量出血：如1小时内或更短时间便湿透1片卫生巾、排出核桃般大小或更大的血块，或感到快要晕倒，请立即前往急诊室。出血减少之前，本计划不包括补药和滋补菜式、红糖、酒及据说会活血的食物（“补”的几周也只安排温和的食物）。</translation>
    </message>
    <message>
        <source>from your practitioner</source>
        <translation>由医师提供</translation>
    </message>
    <message>
        <source>your local emergency number</source>
        <translation>当地急救电话</translation>
    </message>
    <message>
        <source>Expel (排): warm, light food that is easy to digest, while the bleeding after stopping the support medicines comes and settles.</source>
        <translation>排：停用支持药物后的出血来临、渐止期间，吃温暖、清淡、容易消化的食物。</translation>
    </message>
    <message>
        <source>chosen by your practitioner: see foods to avoid</source>
        <translation>医师为您选用，见“暂时避免的食物”</translation>
    </message>
    <message>
        <source>You are still bleeding heavily. Food does not treat heavy bleeding: if you soak a pad in an hour or less, pass clots the size of a walnut or larger, or feel faint, go to an emergency department now. Until the bleeding settles, this plan leaves out tonic herbs and rich tonic dishes, brown sugar, wine and the foods said to move blood (its tonify weeks keep to gentle food), except where your practitioner has chosen one for you: the diet schedule marks it.</source>
        <translation>您现在仍然出血量多。食物不能治疗大量出血：如1小时内或更短时间便湿透1片卫生巾、排出核桃般大小或更大的血块，或感到快要晕倒，请立即前往急诊室。出血减少之前，本计划不包括补药和滋补菜式、红糖、酒及据说会活血的食物（“补”的几周也只安排温和的食物），只有医师特意为您安排的除外，饮食安排上已注明。</translation>
    </message>
    <message>
        <source>day %1, %2: %3</source>
        <translation>第%1天（%2）：%3</translation>
    </message>
    <message>
        <source>Except: your practitioner has chosen this for you all the same on these days: %1. Ask her about it if you are unsure.</source>
        <translation>例外：您的医师仍在以下日子为您安排了这类食物：%1。如有疑问，请向医师咨询。</translation>
    </message>
    <message>
        <source>%1, from day %2</source>
        <translation>%1，从第%2天起</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PrintHistoryText</name>
    <message>
        <source>The printout could not be kept in the print history: its document is empty.</source>
        <translation>无法把打印文档存入打印记录：文档是空的。</translation>
    </message>
    <message>
        <source>This printout is no longer in the print history.</source>
        <translation>打印记录中已没有这份打印文档。</translation>
    </message>
</context>
<context>
    <name>RepositoryText</name>
    <message>
        <source>The file number “%1” already belongs to %2. Each patient needs her own file number.</source>
        <translation>病历编号“%1”已属于%2。每位病人都需要自己的病历编号。</translation>
    </message>
    <message>
        <source>This patient is no longer in the database. Nothing was saved.</source>
        <translation>此病人已不在数据库中。没有保存任何数据。</translation>
    </message>
    <message>
        <source>A loss in this history is no longer in the database. Nothing was saved.</source>
        <translation>此记录中有一项流产／移植失败记录已不在数据库中。没有保存任何数据。</translation>
    </message>
    <message>
        <source>This patient is no longer in the database.</source>
        <translation>此病人已不在数据库中。</translation>
    </message>
    <message>
        <source>This patient&apos;s record was changed at another desk after you opened it. Nothing was saved, and your changes are still on screen. Note them, close this window and open the patient again to see the latest record.</source>
        <translation>您打开此病人记录后，另一台电脑修改了这份记录。没有保存任何数据，您的更改仍在画面上。请先记下更改，关闭此窗口，再重新打开病人记录查看最新内容。</translation>
    </message>
    <message>
        <source>A loss in this history has a recovery plan, so it cannot be removed. Nothing was saved.</source>
        <translation>此记录中有一项流产／移植失败记录已有调养计划，因此不能移除。没有保存任何数据。</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>记录不能与自己合并。</translation>
    </message>
    <message>
        <source>The two records cannot be merged: %1</source>
        <translation>这两份记录不能合并：%1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Demo patients not added</source>
        <translation>未加入示范病人</translation>
    </message>
    <message>
        <source>Chinese font missing</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The patient file was not used: %1</source>
        <translation>没有使用此病人文件：%1</translation>
    </message>
    <message>
        <source>There is no plan number %1 in this database.</source>
        <translation>这个数据库没有编号 %1 的计划。</translation>
    </message>
    <message>
        <source>The PDF was written, but it could not be recorded on the patient: %1</source>
        <translation>PDF 已写入，但无法记录在病人数据中：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>已写入 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>在 %1 找不到数据库。</translation>
    </message>
    <message>
        <source>Plan number %1 is a template, not a patient&apos;s plan: there is no one to print it for.</source>
        <translation>编号 %1 的计划是模板，不是病人的计划：没有可以为之打印的病人。</translation>
    </message>
    <message>
        <source>Database server password</source>
        <translation>数据库服务器密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Give the password when asked, or put it in a pgpass file (~/.pgpass, readable only by you); see docs/postgresql.md.</source>
        <translation>请在要求时输入密码，或把密码放在 pgpass 文件中（~/.pgpass，只有您可以读取）；详见 docs/postgresql.md。</translation>
    </message>
    <message>
        <source>The database file “%1” is on a network share. SQLite is not safe there: its write-ahead log does not work over a network file system, and two desks writing at once can damage the file. Keep the file on this computer&apos;s own disk, or, for several desks, set up a PostgreSQL server (see docs/postgresql.md).</source>
        <translation>数据库文件“%1”位于网络共用文件夹。SQLite 在那里并不安全：它的预写日志无法在网络文件系统上运作，两部电脑同时写入可能会损坏文件。请把文件放在这台电脑自己的磁盘上；如有多部电脑，请设立 PostgreSQL 服务器（见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>数据库位于网络共用文件夹</translation>
    </message>
    <message>
        <source>Recovery Planner</source>
        <translation>调养计划</translation>
    </message>
    <message>
        <source>Updating the patient search for this version of Recovery Planner. This is done once; with many patients it takes a few minutes. If the computer stops meanwhile, nothing is lost: it starts again next time.</source>
        <translation>正在为这个版本的调养计划更新病人搜索。只需进行一次；病人较多时需要几分钟。如果期间电脑停止运行，数据不会丢失，下次打开时会重新开始。</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>The database is busy: another desk is saving. Nothing was lost; please try again in a moment.</source>
        <translation>数据库正忙：另一台电脑正在保存。没有丢失任何数据；请稍后再试。</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only). Your changes are still on screen; nothing was saved.</source>
        <translation>无法写入数据库文件（文件为只读）。您的更改仍在画面上；没有保存任何数据。</translation>
    </message>
    <message>
        <source>The disk is full. Your changes are still on screen; free some space and save again.</source>
        <translation>磁盘已满。您的更改仍在画面上；请腾出空间后再保存。</translation>
    </message>
    <message>
        <source>The database reported an error, and nothing was saved: %1</source>
        <translation>数据库发生错误，没有保存任何数据：%1</translation>
    </message>
    <message>
        <source>The database server does not let this desk write (the database is read-only or this user may only read). Your changes are still on screen; nothing was saved. Ask whoever looks after the server.</source>
        <translation>数据库服务器不允许这台电脑写入（数据库是只读的，或此用户只可读取）。您的更改仍在画面上；没有保存任何数据。请联系管理服务器的人。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Your changes are still on screen; nothing was saved. Ask whoever looks after the server to free some space, then save again.</source>
        <translation>数据库服务器的磁盘已满。您的更改仍在画面上；没有保存任何数据。请管理服务器的人腾出空间，然后再保存。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (the server may be restarting, or the network is down). Nothing was saved, and your changes are still on screen. Recovery Planner connects again by itself as soon as the server answers; then save again.</source>
        <translation>与数据库服务器的连接断开了（服务器可能正在重启，或网络中断）。没有保存任何数据，您的修改仍在屏幕上。服务器一恢复响应，调养计划就会自动重新连接；届时请再保存一次。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while your changes were being saved, so it is not known yet whether the server kept them. They are still on screen. Recovery Planner connects again by itself; when the server answers, save again: it first checks what the server has, and never saves them twice.</source>
        <translation>保存您的修改期间，与数据库服务器的连接断开了，所以暂时不知道服务器是否已保存这些修改。修改仍在屏幕上。调养计划会自动重新连接；服务器恢复响应后，请再保存一次：程序会先核对服务器上的数据，绝不会重复保存。</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Cold (寒)</source>
        <translation>寒</translation>
    </message>
    <message>
        <source>Heat (熱)</source>
        <translation>热</translation>
    </message>
    <message>
        <source>Neutral (平和)</source>
        <translation>平和</translation>
    </message>
    <message>
        <source>Qi and blood deficiency (氣血兩虛)</source>
        <translation>气血两虚</translation>
    </message>
    <message>
        <source>Liver Qi stagnation (肝氣鬱結)</source>
        <translation>肝气郁结</translation>
    </message>
    <message>
        <source>Kidney Qi deficiency (腎氣不足)</source>
        <translation>肾气不足</translation>
    </message>
    <message>
        <source>Kidney Yang deficiency (腎陽虛)</source>
        <translation>肾阳虚</translation>
    </message>
    <message>
        <source>Kidney Yin deficiency (腎陰虛)</source>
        <translation>肾阴虚</translation>
    </message>
    <message>
        <source>Spleen deficiency with phlegm-damp (脾虛痰濕)</source>
        <translation>脾虚痰湿</translation>
    </message>
    <message>
        <source>Damp-heat (濕熱)</source>
        <translation>湿热</translation>
    </message>
    <message>
        <source>Blood stasis (血瘀)</source>
        <translation>血瘀</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>Seafood allergy</source>
        <translation>海鲜过敏</translation>
    </message>
    <message>
        <source>Takes anticoagulants</source>
        <translation>正服用抗凝血药</translation>
    </message>
    <message>
        <source>Hepatitis</source>
        <translation>肝炎</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>正在母乳喂养</translation>
    </message>
    <message>
        <source>Planning to conceive soon</source>
        <translation>计划短期内怀孕</translation>
    </message>
    <message>
        <source>Miscarriage</source>
        <translation>流产</translation>
    </message>
    <message>
        <source>Failed IVF transfer</source>
        <translation>试管婴儿植入失败</translation>
    </message>
    <message>
        <source>Biochemical pregnancy</source>
        <translation>生化妊娠</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>自然排出</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物处理</translation>
    </message>
    <message>
        <source>Surgical (D&amp;C)</source>
        <translation>手术（刮宫）</translation>
    </message>
    <message>
        <source>Expel (排)</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Regulate (調)</source>
        <translation>调</translation>
    </message>
    <message>
        <source>Tonify (補)</source>
        <translation>补</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <source>Soup</source>
        <translation>汤</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶饮</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>点心</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>菜式</translation>
    </message>
    <message>
        <source>Tea or drink</source>
        <translation>茶饮</translation>
    </message>
    <message>
        <source>Porridge</source>
        <translation>粥品</translation>
    </message>
    <message>
        <source>Formula (practitioner only)</source>
        <translation>方剂（医师专用）</translation>
    </message>
    <message>
        <source>Foods to avoid</source>
        <translation>应避免的食物</translation>
    </message>
    <message>
        <source>Rest and daily life</source>
        <translation>休息与日常生活</translation>
    </message>
    <message>
        <source>Follow-up milestone</source>
        <translation>随访事项</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>危险症状</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>抗凝血药</translation>
    </message>
    <message>
        <source>Hepatitis or alcohol</source>
        <translation>肝炎或酒精</translation>
    </message>
    <message>
        <source>Heat constitution</source>
        <translation>热性体质</translation>
    </message>
    <message>
        <source>Cold constitution</source>
        <translation>寒性体质</translation>
    </message>
    <message>
        <source>After surgical management</source>
        <translation>手术处理后</translation>
    </message>
    <message>
        <source>Heavy bleeding</source>
        <translation>大量出血</translation>
    </message>
    <message>
        <source>Planning to conceive</source>
        <translation>计划怀孕</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Clinic&apos;s version</source>
        <translation>诊所修订版</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>诊所自建</translation>
    </message>
    <message>
        <source>Day&apos;s rest and activity</source>
        <translation>当天的休息和活动</translation>
    </message>
    <message>
        <source>Diet schedule</source>
        <translation>饮食安排</translation>
    </message>
    <message>
        <source>Rest and activity schedule</source>
        <translation>休息与活动安排</translation>
    </message>
    <message>
        <source>Calendar for the fridge</source>
        <translation>贴在冰箱的日历</translation>
    </message>
    <message>
        <source>Weekly shopping list</source>
        <translation>每周购物清单</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese (繁體中文)</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English and Traditional Chinese (繁體中文)</source>
        <translation>英文及繁體中文</translation>
    </message>
    <message>
        <source>English and Simplified Chinese (简体中文)</source>
        <translation>英文及简体中文</translation>
    </message>
    <message>
        <source>One under the other</source>
        <translation>上下排列</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右并排</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>病人记录</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>流产／移植失败记录</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merged from an import</source>
        <translation>由导入合并</translation>
    </message>
    <message>
        <source>Merged with another record</source>
        <translation>与另一份记录合并</translation>
    </message>
    <message>
        <source>Wine not chosen for her</source>
        <translation>未为她选用酒煮菜式</translation>
    </message>
    <message>
        <source>Wine dishes chosen</source>
        <translation>已选用酒煮菜式</translation>
    </message>
    <message>
        <source>No wine dishes</source>
        <translation>不用酒煮菜式</translation>
    </message>
    <message>
        <source>Still bleeding heavily</source>
        <translation>仍然出血量多</translation>
    </message>
    <message>
        <source>After IVF</source>
        <translation>试管婴儿疗程后</translation>
    </message>
    <message>
        <source>Not after IVF</source>
        <translation>非试管婴儿疗程</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>酒精</translation>
    </message>
    <message>
        <source>Sweetener</source>
        <translation>糖分</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>肝脏</translation>
    </message>
    <message>
        <source>Fish or seafood</source>
        <translation>鱼或海鲜</translation>
    </message>
    <message>
        <source>Blood-moving</source>
        <translation>活血</translation>
    </message>
    <message>
        <source>Interacts with anticoagulants</source>
        <translation>与抗凝血药相互作用</translation>
    </message>
    <message>
        <source>Warming</source>
        <translation>温热</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>寒凉</translation>
    </message>
    <message>
        <source>Not in pregnancy</source>
        <translation>怀孕期间不宜</translation>
    </message>
    <message>
        <source>Tonic</source>
        <translation>补益</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1太长：最多 %2 个字。</translation>
    </message>
    <message>
        <source>%1 contains characters that cannot be shown or printed (such as control characters). Please retype it.</source>
        <translation>%1含有无法显示或打印的字符（例如控制字符），请重新输入。</translation>
    </message>
    <message>
        <source>Enter an English name or a Chinese name.</source>
        <translation>请输入英文姓名或中文姓名。</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>The Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>The file number</source>
        <translation>病历编号</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>出生日期不可以是未来的日子。</translation>
    </message>
    <message>
        <source>The date of birth is more than %1 years ago. Please check it.</source>
        <translation>出生日期在 %1 年以前，请核对。</translation>
    </message>
    <message>
        <source>Enter the date of the loss.</source>
        <translation>请输入流产／移植失败日期。</translation>
    </message>
    <message>
        <source>The date of a loss cannot be in the future.</source>
        <translation>流产／移植失败日期不可以是未来的日子。</translation>
    </message>
    <message>
        <source>The date of a loss cannot be before the date of birth.</source>
        <translation>流产／移植失败日期不可以早于出生日期。</translation>
    </message>
    <message>
        <source>The gestational week must be between %1 and %2.</source>
        <translation>怀孕周数必须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>The notes on a loss</source>
        <translation>流产／移植失败记录的备注</translation>
    </message>
    <message>
        <source>The clinic&apos;s name in English</source>
        <translation>诊所英文名称</translation>
    </message>
    <message>
        <source>The clinic&apos;s name in Chinese</source>
        <translation>诊所中文名称</translation>
    </message>
    <message>
        <source>The address in English</source>
        <translation>英文地址</translation>
    </message>
    <message>
        <source>The address in Chinese</source>
        <translation>中文地址</translation>
    </message>
    <message>
        <source>The practitioner&apos;s name in English</source>
        <translation>医师英文姓名</translation>
    </message>
    <message>
        <source>The practitioner&apos;s name in Chinese</source>
        <translation>医师中文姓名</translation>
    </message>
    <message>
        <source>The logo is too large: choose a picture under 1 MB.</source>
        <translation>标志文件太大：请选择小于 1 MB 的图片。</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only, at most %1 characters.</source>
        <translation>只可使用数字、空格、+、- 和括号，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The emergency number: %1</source>
        <translation>紧急电话：%1</translation>
    </message>
    <message>
        <source>At most two crisis lines are printed.</source>
        <translation>最多打印两条危机支持热线。</translation>
    </message>
    <message>
        <source>Crisis line %1&apos;s name in English</source>
        <translation>危机支持热线 %1 的英文名称</translation>
    </message>
    <message>
        <source>Crisis line %1&apos;s name in Chinese</source>
        <translation>危机支持热线 %1 的中文名称</translation>
    </message>
    <message>
        <source>Crisis line %1&apos;s number: %2</source>
        <translation>危机支持热线 %1 的电话：%2</translation>
    </message>
    <message>
        <source>Crisis line %1 has a name but no number: enter its number, or clear its name.</source>
        <translation>危机支持热线 %1 有名称但没有电话：请输入电话，或清除名称。</translation>
    </message>
</context>
<context>
    <name>rp::AboutDialog</name>
    <message>
        <source>About Recovery Planner</source>
        <translation>关于调养计划</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Recovery Planner %1</source>
        <translation>调养计划 %1</translation>
    </message>
    <message>
        <source>Recovery plans for the weeks after a miscarriage or a failed IVF cycle, for Traditional Chinese Medicine clinics.</source>
        <translation>为中医诊所而设：流产或人工受孕（IVF）失败后数周的调养计划。</translation>
    </message>
    <message>
        <source>The plans support a practitioner&apos;s care; they do not replace a doctor&apos;s.</source>
        <translation>计划用以辅助中医师的诊治，不能取代医生的诊治。</translation>
    </message>
    <message>
        <source>&amp;Sources of the content: each food, rest advice and warning names its source codes</source>
        <translation>内容资料来源(&amp;S)：每项食物、休养建议及警告均注明其来源代号</translation>
    </message>
    <message>
        <source>The clinic&apos;s own practice (items the clinic added)</source>
        <translation>诊所本身的做法（诊所自行加入的项目）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Recovery Planner is free software: you may share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>调养计划是自由软件：您可以按 GNU 通用公共许可证第 3 版或更高版本分享和修改它。本软件不附带任何担保。</translation>
    </message>
    <message>
        <source>Built with Qt %1. The print fonts are a subset of Noto Sans CJK (SIL Open Font License 1.1); Traditional to Simplified conversion by OpenCC (Apache License 2.0); pinyin and Jyutping readings made from the Unicode Unihan database (Unicode licence).</source>
        <translation>使用 Qt %1 构建。打印字体取自 Noto Sans CJK 的部分字符（SIL 开放字体许可证 1.1）；繁简转换由 OpenCC 提供（Apache 许可证 2.0）；拼音和粤拼读音取自 Unicode 的 Unihan 数据库（Unicode 许可）。</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>许可证(&amp;L)…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>rp::AuditDialog</name>
    <message>
        <source>History of changes: %1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message>
        <source>No changes have been recorded for her yet.</source>
        <translation>她的记录暂时未有任何修改。</translation>
    </message>
    <message>
        <source>Every change to her record, her losses and her plans, newest first, with the computer user and desk that made it.</source>
        <translation>她的记录、流产／移植失败记录和计划的每一次修改，最新的排在最前，并列出作出修改的电脑用户和电脑。</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>更改记录，最新的在前</translation>
    </message>
</context>
<context>
    <name>rp::AuditModel</name>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>病历编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Constitution</source>
        <translation>体质</translation>
    </message>
    <message>
        <source>TCM patterns</source>
        <translation>中医证型</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>身体状况</translation>
    </message>
    <message>
        <source>Printouts in</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Date of the loss</source>
        <translation>流产／移植失败日期</translation>
    </message>
    <message>
        <source>Kind of loss</source>
        <translation>类别（流产／移植失败）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>怀孕周数</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Notes on the loss</source>
        <translation>流产／移植失败记录备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Stages, follow-ups or practitioner items</source>
        <translation>阶段、复诊或医师专用项目</translation>
    </message>
    <message>
        <source>Days changed</source>
        <translation>修改的日子</translation>
    </message>
    <message>
        <source>From a file exported on</source>
        <translation>导出文件的时间</translation>
    </message>
    <message>
        <source>by Recovery Planner</source>
        <translation>导出的调养计划版本</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1：已删除 %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Merged with the record of</source>
        <translation>合并了以下病人的记录</translation>
    </message>
    <message>
        <source>Conceived by IVF</source>
        <translation>经试管婴儿疗程怀孕</translation>
    </message>
</context>
<context>
    <name>rp::BackupController</name>
    <message>
        <source>Today&apos;s backup was made: %1</source>
        <translation>今天的备份已完成：%1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made.</source>
        <translation>今天的自动备份未能完成。</translation>
    </message>
    <message>
        <source>Automatic backup not made</source>
        <translation>未能自动备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Recovery Planner backups (*.sqlite)</source>
        <translation>调养计划备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份至 %1（%2）。</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup was saved as “%1” (%2).

To be safe from a broken or lost computer, also copy it to another disk from time to time.</source>
        <translation>备份已保存为“%1”（%2）。

为免电脑损坏或丢失，请不时把备份另外复制到其他磁盘。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Recovery Planner backups (*.sqlite);;All files (*)</source>
        <translation>调养计划备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>无法还原此文件</translation>
    </message>
    <message>
        <source>Made: %1
Patients in the backup: %2
Patients now: %3

All the current data will be replaced by the backup&apos;s: whatever was entered or changed since it was made will no longer be there. First, a safety copy of the current data is made in the folder “%4”, so nothing is lost: it can be restored the same way.</source>
        <translation>备份时间：%1
备份中的病人：%2
目前的病人：%3

目前所有数据都会被备份的数据取代：备份之后输入或修改的内容将不再存在。程序会先把目前的数据制作安全副本，存放在文件夹“%4”中，所以不会丢失任何数据：可用同样方法还原。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Replace the current data?</source>
        <translation>要取代目前的数据吗？</translation>
    </message>
    <message>
        <source>Restore the backup “%1”?</source>
        <translation>要还原备份“%1”吗？</translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation>以此备份取代(&amp;R)</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>未能还原备份</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已还原 %1。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已还原</translation>
    </message>
    <message>
        <source>The data from “%1” is now in use (patients: %2).

The data you had before is kept in the safety copy “%3”.</source>
        <translation>现正使用“%1”的数据（病人：%2）。

原有数据保存在安全副本“%3”中。</translation>
    </message>
    <message>
        <source>%1 (and %2 archived)</source>
        <translation>%1（另有 %2 位已归档）</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is still being made. Try again in a moment; nothing was changed.</source>
        <translation>今天的自动备份仍在进行中。请稍后再试；没有更改任何数据。</translation>
    </message>
</context>
<context>
    <name>rp::ClinicSettingsDialog</name>
    <message>
        <source>&amp;Remove logo</source>
        <translation>移除标志(&amp;R)</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>诊所设置</translation>
    </message>
    <message>
        <source>Printed at the top of every page a patient takes home. Enter the Chinese once; Simplified Chinese printouts convert it.</source>
        <translation>印在病人带回家的每一页顶部。中文只需输入一次，简体中文的打印文档会自动转换。</translation>
    </message>
    <message>
        <source>Clinic name (&amp;English):</source>
        <translation>诊所名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Clinic name (&amp;Chinese):</source>
        <translation>诊所名称（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address (English):</source>
        <translation>地址（英文）(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;ddress (Chinese):</source>
        <translation>地址（中文）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Prac&amp;titioner (English):</source>
        <translation>医师（英文）(&amp;T)：</translation>
    </message>
    <message>
        <source>Practitio&amp;ner (Chinese):</source>
        <translation>医师（中文）(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>“%1” is not a picture Recovery Planner can read (%2). Choose a PNG or JPEG file.</source>
        <translation>“%1”不是调养计划能读取的图片（%2）。请选择 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>选择诊所标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>The clinic settings were not saved: %1</source>
        <translation>诊所设置未保存：%1</translation>
    </message>
    <message>
        <source>Emergency and crisis numbers</source>
        <translation>紧急及危机支持电话</translation>
    </message>
    <message>
        <source>Printed with the red flags once the clinic has confirmed them; while they are empty, printouts say “your local emergency number”.</source>
        <translation>诊所确认后会与危险症状一并打印；未填写时，打印文档会写“当地紧急电话”。</translation>
    </message>
    <message>
        <source>Local emer&amp;gency number:</source>
        <translation>当地紧急电话(&amp;G)：</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>24-hour crisis line &amp;1:</source>
        <translation>24小时心理危机热线 1(&amp;1)：</translation>
    </message>
    <message>
        <source>24-hour crisis line &amp;2:</source>
        <translation>24小时心理危机热线 2(&amp;2)：</translation>
    </message>
    <message>
        <source>Crisis line %1, name in English</source>
        <translation>危机支持热线 %1，英文名称</translation>
    </message>
    <message>
        <source>Crisis line %1, name in Chinese</source>
        <translation>危机支持热线 %1，中文名称</translation>
    </message>
    <message>
        <source>Crisis line %1, number</source>
        <translation>危机支持热线 %1，电话</translation>
    </message>
</context>
<context>
    <name>rp::DateField</name>
    <message>
        <source>Type a date, such as %1.</source>
        <translation>请输入日期，例如 %1。</translation>
    </message>
    <message>
        <source>Reads as %1.</source>
        <translation>即 %1。</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从月历选择（Alt+Down）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>月历</translation>
    </message>
</context>
<context>
    <name>rp::DemoLauncher</name>
    <message>
        <source>The demo window could not be started.</source>
        <translation>无法打开示范窗口。</translation>
    </message>
</context>
<context>
    <name>rp::FollowUpModel</name>
    <message>
        <source>%1
day %2 of her plan</source>
        <translation>%1
计划第 %2 天</translation>
    </message>
</context>
<context>
    <name>rp::HelpWindow</name>
    <message>
        <source>Recovery Planner user guide</source>
        <translation>调养计划使用指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>The user guide could not be found in this build.</source>
        <translation>此版本找不到使用指南。</translation>
    </message>
</context>
<context>
    <name>rp::IngredientModel</name>
    <message>
        <source>Amount</source>
        <translation>分量</translation>
    </message>
    <message>
        <source>Unit (g, ml, piece)</source>
        <translation>单位（g、ml、piece）</translation>
    </message>
    <message>
        <source>Choose an ingredient from the list.</source>
        <translation>请从清单中选择材料。</translation>
    </message>
    <message>
        <source>%1 (not in the ingredient list: choose the one it is)</source>
        <translation>%1（不在食材清单中：请选出对应的一项）</translation>
    </message>
    <message>
        <source>Choose an ingredient…</source>
        <translation>选择材料…</translation>
    </message>
    <message>
        <source>Or, when a rule holds it: %1</source>
        <translation>如规则不允许，可改用：%1</translation>
    </message>
    <message>
        <source>A medicinal herb: its amount is never printed unless you set the clinic&apos;s pack.</source>
        <translation>药材：除非您设置了诊所配包的分量，否则不会打印分量。</translation>
    </message>
    <message>
        <source>The amount in the clinic&apos;s own pack: the only herb amount the patient reads.</source>
        <translation>诊所自己配包的分量：病人只会看到这个药材分量。</translation>
    </message>
    <message>
        <source>Only a medicinal herb has a clinic pack.</source>
        <translation>只有药材才有诊所配包。</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可省略</translation>
    </message>
    <message>
        <source>Clinic pack</source>
        <translation>诊所配包</translation>
    </message>
</context>
<context>
    <name>rp::ItemDialog</name>
    <message>
        <source>New library item</source>
        <translation>添加目录项目</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Names and description</source>
        <translation>名称及说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;When and for whom</source>
        <translation>时间及对象(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Ingredients</source>
        <translation>材料(&amp;I)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>%1名称</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <translation>名称（%1）：</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>%1说明</translation>
    </message>
    <message>
        <source>Description (%1):</source>
        <translation>说明（%1）：</translation>
    </message>
    <message>
        <source>Fill 简体 from 繁體</source>
        <translation>由繁体填写简体</translation>
    </message>
    <message>
        <source>Writes the Simplified Chinese from the Traditional, where it is empty. Read it before saving.</source>
        <translation>在简体字段空白时，由繁体转换填写。保存前请先核对。</translation>
    </message>
    <message>
        <source>Source codes from the source key (T4, M28 …); CLINIC for the clinic&apos;s own practice.</source>
        <translation>资料来源编号（T4、M28 …）；诊所自己的做法用 CLINIC。</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>资料来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>From &amp;day:</source>
        <translation>由第几天起(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Until day:</source>
        <translation>至第几天止(&amp;U)：</translation>
    </message>
    <message>
        <source>At &amp;most, days in a plan:</source>
        <translation>一份计划中最多天数(&amp;M)：</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>用餐时段</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Not for (contraindications)</source>
        <translation>不适用于（禁忌）</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>&amp;Add ingredient</source>
        <translation>添加材料(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove ingredient</source>
        <translation>移除材料(&amp;R)</translation>
    </message>
    <message>
        <source>At most, &amp;times a week:</source>
        <translation>每周最多次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Pages of the item</source>
        <translation>项目各页</translation>
    </message>
</context>
<context>
    <name>rp::ItemPickerDialog</name>
    <message>
        <source>Day %1 · %2</source>
        <translation>第 %1 天 · %2</translation>
    </message>
    <message>
        <source>outside its phase</source>
        <translation>不在适用阶段</translation>
    </message>
    <message>
        <source>not on this day</source>
        <translation>不适用于这一天</translation>
    </message>
    <message>
        <source>%1 — not for her: %2</source>
        <translation>%1 — 不适合她：%2</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Leave empty</source>
        <translation>留空(&amp;L)</translation>
    </message>
    <message>
        <source>Filter the items</source>
        <translation>筛选项目</translation>
    </message>
    <message>
        <source>Down arrow goes to the list; Enter chooses the only match.</source>
        <translation>按向下键进入列表；只有一项相符时，按 Enter 即选取。</translation>
    </message>
    <message>
        <source>Items for this meal</source>
        <translation>这一餐可选的项目</translation>
    </message>
</context>
<context>
    <name>rp::LanguageManager</name>
    <message>
        <source>Chinese text cannot be shown correctly: the font %1 is not installed. Install the Debian package fonts-noto-cjk (sudo apt install fonts-noto-cjk) and restart Recovery Planner.</source>
        <translation>中文无法正确显示：未安装字体 %1。请安装 Debian 软件包 fonts-noto-cjk（sudo apt install fonts-noto-cjk），然后重新启动调养计划。</translation>
    </message>
    <message>
        <source>Recovery Planner</source>
        <translation>调养计划</translation>
    </message>
</context>
<context>
    <name>rp::LibraryModel</name>
    <message>
        <source>%1, hidden</source>
        <translation>%1，已隐藏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>用餐时段</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>rp::LibraryWindow</name>
    <message>
        <source>Cannot read the library</source>
        <translation>无法读取调养目录</translation>
    </message>
    <message>
        <source>Showing %1 of %2 items</source>
        <translation>显示 %2 项中的 %1 项</translation>
    </message>
    <message>
        <source>&amp;Show again</source>
        <translation>重新显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Red flags are printed on every plan and cannot be changed or hidden.</source>
        <translation>危险症状会印在每份计划上，不能修改或隐藏。</translation>
    </message>
    <message>
        <source>Change this item; a built-in item becomes the clinic&apos;s version</source>
        <translation>修改此项目；内置项目会成为诊所修订版</translation>
    </message>
    <message>
        <source>Hidden items are not offered in plans; nothing is deleted</source>
        <translation>已隐藏的项目不会在计划中建议；不会删除任何数据</translation>
    </message>
    <message>
        <source>Reset to the original</source>
        <translation>还原为原本版本</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s version of “%1” with the built-in original? The clinic&apos;s changes to this item are discarded.</source>
        <translation>要以内置原本版本取代“%1”的诊所修订版吗？诊所对此项目的修改将会舍弃。</translation>
    </message>
    <message>
        <source>Cannot reset this item</source>
        <translation>无法还原此项目</translation>
    </message>
    <message>
        <source>Cannot change this item</source>
        <translation>无法更改此项目</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>All meals</source>
        <translation>所有用餐时段</translation>
    </message>
    <message>
        <source>Any constitution</source>
        <translation>任何体质</translation>
    </message>
    <message>
        <source>Any contraindication</source>
        <translation>任何禁忌</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>调养目录</translation>
    </message>
    <message>
        <source>Search names and ingredients (English or Chinese) or a source code</source>
        <translation>以名称、材料（英文或中文）或资料来源编号搜索</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索调养目录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>用餐时段</translation>
    </message>
    <message>
        <source>Suitable for a constitution</source>
        <translation>适合某种体质</translation>
    </message>
    <message>
        <source>Items she may have with this constitution</source>
        <translation>此体质可以食用的项目</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <source>Items that must not be given with this condition</source>
        <translation>有此情况时不可使用的项目</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>显示已隐藏</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>添加项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset to original</source>
        <translation>还原为原本版本(&amp;R)</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>调养目录项目</translation>
    </message>
    <message>
        <source>Enter edits the highlighted item.</source>
        <translation>按 Enter 编辑选中的项目。</translation>
    </message>
    <message>
        <source>About the highlighted item</source>
        <translation>选中项目的详情</translation>
    </message>
    <message>
        <source>Items of one kind: foods, rest, milestones, red flags</source>
        <translation>某一类项目：食物、休息、跟进事项、危险症状</translation>
    </message>
    <message>
        <source>Items for one stage: expel, regulate or tonify</source>
        <translation>某一阶段的项目：排、调或补</translation>
    </message>
    <message>
        <source>Items for one meal of the day</source>
        <translation>一天中某一餐的项目</translation>
    </message>
</context>
<context>
    <name>rp::LossDialog</name>
    <message>
        <source>Edit loss</source>
        <translation>编辑流产／移植失败记录</translation>
    </message>
    <message>
        <source>Add loss</source>
        <translation>添加流产／移植失败记录</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>&amp;Date of loss:</source>
        <translation>流产／移植失败日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Gestational week:</source>
        <translation>怀孕周数(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Management:</source>
        <translation>处理方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Conceived by &amp;IVF</source>
        <translation>经试管婴儿疗程怀孕(&amp;I)</translation>
    </message>
    <message>
        <source>A failed transfer is always an IVF pregnancy.</source>
        <translation>胚胎移植失败一定属试管婴儿疗程。</translation>
    </message>
    <message>
        <source>The day of the negative test, when support medication stops.</source>
        <translation>验孕结果为阴性、停用支持药物的那一天。</translation>
    </message>
    <message>
        <source>The day the test turned negative or bleeding began.</source>
        <translation>验孕转为阴性或开始出血的那一天。</translation>
    </message>
    <message>
        <source>The day of the miscarriage, or of the procedure.</source>
        <translation>流产或接受手术的那一天。</translation>
    </message>
</context>
<context>
    <name>rp::LossTableModel</name>
    <message>
        <source>%1 weeks</source>
        <translation>%1 周</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Gestation</source>
        <translation>怀孕周数</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (IVF)</source>
        <translation>%1（试管婴儿）</translation>
    </message>
</context>
<context>
    <name>rp::MainWindow</name>
    <message>
        <source>Recovery Planner</source>
        <translation>调养计划</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>病人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Patient actions</source>
        <translation>病人操作</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>添加病人(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new patient (%1)</source>
        <translation>添加病人（%1）</translation>
    </message>
    <message>
        <source>&amp;Open patient…</source>
        <translation>打开病人记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s record (Enter)</source>
        <translation>打开所选病人的记录（Enter）</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>归档病人(&amp;A)…</translation>
    </message>
    <message>
        <source>Hide the selected patient from the list; nothing is deleted</source>
        <translation>在名单中隐藏所选病人；不会删除任何数据</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>取消归档(&amp;R)</translation>
    </message>
    <message>
        <source>Return the selected archived patient to the list</source>
        <translation>把所选的已归档病人放回名单</translation>
    </message>
    <message>
        <source>&amp;Show archived patients</source>
        <translation>显示已归档病人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>搜索病人(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Recovery Planner</source>
        <translation>关于调养计划(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>调养目录(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>调养目录(&amp;L)…</translation>
    </message>
    <message>
        <source>Dishes, soups, teas, formulas, rest advice, milestones and red flags (%1)</source>
        <translation>菜式、汤水、茶饮、方剂、休养建议、随访事项及危险症状（%1）</translation>
    </message>
    <message>
        <source>New recovery &amp;plan…</source>
        <translation>添加调养计划(&amp;P)…</translation>
    </message>
    <message>
        <source>A 30-day plan for the selected patient&apos;s loss (%1)</source>
        <translation>为所选病人的流产／移植失败制订三十天计划（%1）</translation>
    </message>
    <message>
        <source>P&amp;rint plan…</source>
        <translation>打印计划(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the selected plan for the patient, in her language (%1)</source>
        <translation>以病人的语言打印所选计划（%1）</translation>
    </message>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>把计划导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print &amp;history…</source>
        <translation>打印记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>诊所设置(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of all the data, as it is now, to a file</source>
        <translation>把目前所有数据的副本保存到文件</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份还原(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace all the data with a backup&apos;s; a safety copy is made first</source>
        <translation>以备份的数据取代所有数据；会先制作安全副本</translation>
    </message>
    <message>
        <source>E&amp;xport patient…</source>
        <translation>导出病人(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the selected patient, with her losses, plans and printouts, to a file for another computer</source>
        <translation>把所选病人连同她的流产／移植失败记录、计划和打印记录保存到文件，供另一台电脑使用</translation>
    </message>
    <message>
        <source>&amp;Import patient…</source>
        <translation>导入病人(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a patient from a file exported on another computer, or merge it into her record here</source>
        <translation>从另一台电脑导出的文件加入病人，或把它合并到她在这里的记录</translation>
    </message>
    <message>
        <source>Opening the demo patients in a separate window…</source>
        <translation>正在另一个窗口打开示范病人…</translation>
    </message>
    <message>
        <source>Demo patients</source>
        <translation>示范病人</translation>
    </message>
    <message>
        <source>Recovery Planner — demo patients (practice only)</source>
        <translation>调养计划 — 示范病人（仅供练习）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>正常(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>较大(&amp;L)</translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation>最大(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>放大文字(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide (%1)</source>
        <translation>打开使用指南（%1）</translation>
    </message>
    <message>
        <source>&amp;Merge with possible duplicate…</source>
        <translation>与可能重复的记录合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>已重新连接数据库服务器。</translation>
    </message>
    <message>
        <source>Not connected: %1 (trying again)</source>
        <translation>未连接：%1（正在重试）</translation>
    </message>
</context>
<context>
    <name>rp::MergeController</name>
    <message>
        <source>Records not merged</source>
        <translation>记录未合并</translation>
    </message>
    <message>
        <source>Merge with possible duplicate</source>
        <translation>与可能重复的记录合并</translation>
    </message>
    <message>
        <source>No other record has the same names and date of birth or the same phone as %1.</source>
        <translation>没有其他记录与%1的姓名和出生日期相同，或电话相同。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 and %2 will not be flagged as possible duplicates again.</source>
        <translation>%1与%2不会再被标记为可能重复。</translation>
    </message>
    <message>
        <source>Merge the two records?</source>
        <translation>合并这两份记录？</translation>
    </message>
    <message>
        <source>Merge the two records of %1 into one?</source>
        <translation>把%1的两份记录合并为一份？</translation>
    </message>
    <message>
        <source>Everything in the other record (%1) moves to the record kept, and the other record is removed. This cannot be undone.</source>
        <translation>另一份记录（%1）的所有内容会移到保留的记录，然后删除另一份记录。此操作无法撤销。</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>病历编号 %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: both records are as they were.</source>
        <translation>%1

没有任何更改：两份记录保持原状。</translation>
    </message>
    <message>
        <source>Merged the two records of %1.</source>
        <translation>已合并%1的两份记录。</translation>
    </message>
</context>
<context>
    <name>rp::MergeDialog</name>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>病历编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>流产／移植失败记录</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Printouts: %1</source>
        <translation>打印次数：%1</translation>
    </message>
    <message>
        <source>the same names, date of birth and phone</source>
        <translation>相同的姓名、出生日期和电话</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>相同的电话</translation>
    </message>
    <message>
        <source>the same names and date of birth</source>
        <translation>相同的姓名和出生日期</translation>
    </message>
    <message>
        <source>Merge with possible duplicate</source>
        <translation>与可能重复的记录合并</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比较对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Possible duplicate to compare with</source>
        <translation>要比较的可能重复记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This record&lt;/b&gt;</source>
        <translation>&lt;b&gt;这份记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep this record</source>
        <translation>保留这份记录(&amp;K)</translation>
    </message>
    <message>
        <source>Keep &amp;this one instead</source>
        <translation>改为保留这份(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <source>These are two women: stop flagging these two records.</source>
        <translation>这是两位不同的女士：不再标记这两份记录。</translation>
    </message>
    <message>
        <source>These two records may be the same woman: they have %1. Compare them. If they are the same woman, choose the record to keep and merge them; if not, say so and they will not be flagged again.</source>
        <translation>这两份记录可能属于同一位女士：两者有%1。请比较一下。如果是同一人，请选择要保留的记录再合并；如果不是，请注明，以后就不会再标记。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate&lt;/b&gt;</source>
        <translation>&lt;b&gt;可能重复的记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Keep the record of %1</source>
        <translation>保留%1的记录</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（病历编号 %2）</translation>
    </message>
    <message>
        <source>The record of %1 is kept, with its own details. The losses, plans, printouts and history of the other record of %2 move to it, and details it lacks are filled in from the other record. Then the other record is removed. This cannot be undone.</source>
        <translation>会保留%1的记录及其数据。%2另一份记录的流产／移植失败记录、计划、打印记录和更改记录会移到这份记录，缺少的数据会由另一份记录补上。然后删除另一份记录。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>rp::PatientController</name>
    <message>
        <source>Cannot open this patient</source>
        <translation>无法打开此病人的记录</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>归档病人</translation>
    </message>
    <message>
        <source>Archive %1? She will be hidden from the patient list; nothing is deleted, and “Show archived” brings her back.</source>
        <translation>要归档%1吗？她会从病人名单中隐藏；不会删除任何数据，选择“显示已归档”即可再次看到她。</translation>
    </message>
    <message>
        <source>Cannot archive this patient</source>
        <translation>无法归档此病人</translation>
    </message>
    <message>
        <source>Cannot restore this patient</source>
        <translation>无法取消归档此病人</translation>
    </message>
    <message>
        <source>this patient&apos;s record</source>
        <translation>此病人记录</translation>
    </message>
    <message>
        <source>“Keep mine as a copy” saves your version as a separate patient record (without the file number, which stays with the other), so you can compare the two and archive the one you do not need.</source>
        <translation>“把我的版本另存为副本”会把您的版本保存为另一份病人记录（不含病历编号，编号留在另一份记录），让您比较两份记录，再归档不需要的一份。</translation>
    </message>
    <message>
        <source>Cannot show the history of changes</source>
        <translation>无法显示修改记录</translation>
    </message>
</context>
<context>
    <name>rp::PatientDialog</name>
    <message>
        <source>Patient: %1</source>
        <translation>病人：%1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>添加病人</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Patterns and conditions</source>
        <translation>证型及身体状况(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Loss history (%1)</source>
        <translation>流产／移植失败记录（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Clinic &amp;file number:</source>
        <translation>诊所病历编号(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;onstitution:</source>
        <translation>体质(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>TCM patterns</source>
        <translation>中医证型</translation>
    </message>
    <message>
        <source>Conditions that change a plan</source>
        <translation>影响调养计划的身体状况</translation>
    </message>
    <message>
        <source>Loss history</source>
        <translation>流产／移植失败记录</translation>
    </message>
    <message>
        <source>&amp;Add loss…</source>
        <translation>添加流产／移植失败记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove loss</source>
        <translation>移除流产／移植失败记录</translation>
    </message>
    <message>
        <source>Remove the loss of %1 from this history? It is removed when you save the patient.</source>
        <translation>要从记录中移除 %1 的流产／移植失败记录吗？保存病人数据时才会移除。</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Printouts &amp;in:</source>
        <translation>打印语言(&amp;I)：</translation>
    </message>
    <message>
        <source>History of chan&amp;ges…</source>
        <translation>修改记录(&amp;G)…</translation>
    </message>
    <message>
        <source>Who changed her record, losses and plans, and when</source>
        <translation>谁在什么时候修改了她的记录、流产／移植失败记录和计划</translation>
    </message>
    <message>
        <source>Enter edits the highlighted loss.</source>
        <translation>按 Enter 编辑选中的流产／移植失败记录。</translation>
    </message>
    <message>
        <source>The loss of %1 has a recovery plan, so it stays in her history: a plan is always kept with the loss it was made for.</source>
        <translation>%1 的流产／移植失败记录已有调养计划，所以会保留在她的记录中：计划一定与它所针对的那一次记录一起保存。</translation>
    </message>
    <message>
        <source>Pages of her record</source>
        <translation>她的记录各页</translation>
    </message>
</context>
<context>
    <name>rp::PatientListModel</name>
    <message>
        <source>Archived: hidden from the list unless archived patients are shown.</source>
        <translation>已归档：除非选择显示已归档病人，否则不会在名单中出现。</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>病历编号</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Constitution</source>
        <translation>体质</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>流产／移植
失败次数</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>最近一次
流产／移植失败</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (same phone)</source>
        <translation>可能与%1重复（电话相同）</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (same names and date of birth)</source>
        <translation>可能与%1重复（姓名和出生日期相同）</translation>
    </message>
</context>
<context>
    <name>rp::PatientListPanel</name>
    <message>
        <source>No patients yet. Choose “New patient” to add the first one.</source>
        <translation>尚未有病人。请选择“添加病人”加入第一位病人。</translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <translation>病人：%1 位</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>没有病人符合“%1”。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 patients</source>
        <translation>显示 %2 位病人中的 %1 位</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>搜索病人</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>All %1 patients are archived. Tick “Show archived” to see them.</source>
        <translation>全部 %1 位病人都已归档。勾选“显示已归档”即可看到她们。</translation>
    </message>
    <message>
        <source>More than %1 patients match “%2”. The most recent losses are at the top; type more of the name or phone to narrow the list.</source>
        <translation>符合“%2”的病人超过 %1 位，最近一次流产／移植失败的排在最前；再多输入一些姓名或电话即可缩小范围。</translation>
    </message>
    <message>
        <source>Type part of a name, phone or file number. Down arrow goes to the list; Enter opens the highlighted patient.</source>
        <translation>输入部分姓名、电话或病历编号。按向下键进入列表；按 Enter 打开选中的病人。</translation>
    </message>
    <message>
        <source>Enter opens the highlighted patient.</source>
        <translation>按 Enter 打开选中的病人。</translation>
    </message>
    <message>
        <source>Search by name (English, Chinese, pinyin or Jyutping), phone or file number</source>
        <translation>以姓名（英文、中文、拼音或粤拼）、电话或病历编号搜索</translation>
    </message>
</context>
<context>
    <name>rp::PatientTransferController</name>
    <message>
        <source>Patient not exported</source>
        <translation>未能导出病人</translation>
    </message>
    <message>
        <source>%1

No file was written.</source>
        <translation>%1

没有写入任何文件。</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>导出病人</translation>
    </message>
    <message>
        <source>Patient files (*.rpatient.json)</source>
        <translation>病人文件 (*.rpatient.json)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已把%1导出至 %2。</translation>
    </message>
    <message>
        <source>Patient exported</source>
        <translation>病人已导出</translation>
    </message>
    <message>
        <source>Her record cannot be exported as it is stored: %1

Correct it in her record, then export again. No file was written.</source>
        <translation>她的记录无法按目前保存的内容导出：%1

请在她的记录中更正，然后再导出。没有写入任何文件。</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). No file was written, and her record is unchanged.</source>
        <translation>无法写入文件“%1”（%2）。没有写入任何文件，她的记录没有改变。</translation>
    </message>
    <message>
        <source>%1 was exported to “%2”.

Losses: %3. Plans: %4. Printouts: %5.

The file holds her medical record: keep it safe, and delete it once she has been imported on the other computer.</source>
        <translation>%1已导出至“%2”。

流产／移植失败记录：%3。计划：%4。打印记录：%5。

此文件载有她的病历：请妥善保管，并在另一台电脑导入她的数据后删除文件。</translation>
    </message>
    <message>
        <source>Import patient</source>
        <translation>导入病人</translation>
    </message>
    <message>
        <source>Patient files (*.rpatient.json *.json);;All files (*)</source>
        <translation>病人文件 (*.rpatient.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Patient not imported</source>
        <translation>未能导入病人</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened (%2).</source>
        <translation>无法打开文件“%1”（%2）。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>无法读取文件“%1”（%2）。</translation>
    </message>
    <message>
        <source>%1

Nothing was imported, and nothing here was changed.</source>
        <translation>%1

没有导入任何数据，这里的数据亦没有改变。</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

没有导入任何数据。</translation>
    </message>
    <message>
        <source>%1 (file number %2, born %3)</source>
        <translation>%1（病历编号 %2，出生日期 %3）</translation>
    </message>
    <message>
        <source>%1 (file number %2)</source>
        <translation>%1（病历编号 %2）</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（出生日期 %2）</translation>
    </message>
    <message>
        <source>The file is for %1.</source>
        <translation>此文件属于%1。</translation>
    </message>
    <message>
        <source>This database already has a patient with the file number “%1”: %2.</source>
        <translation>此数据库已有病历编号为“%1”的病人：%2。</translation>
    </message>
    <message>
        <source>This database already has a patient with the same names and date of birth: %1.</source>
        <translation>此数据库已有姓名和出生日期相同的病人：%1。</translation>
    </message>
    <message>
        <source>Merging keeps her record here as it is and only fills in what it leaves empty; losses, plans and printouts that are not here yet are added. Nothing is removed or duplicated.</source>
        <translation>合并会保留她在这里的记录，只填补空白的字段；并加入这里还没有的流产／移植失败记录、计划和打印记录。不会删除或重复任何数据。</translation>
    </message>
    <message>
        <source>Each patient needs her own file number, so the file cannot be imported as a new patient. If these are two different women, cancel, and correct the file number in one of the records first.</source>
        <translation>每位病人都需要自己的病历编号，所以此文件不能导入为新病人。如果这是两位不同的女士，请取消，并先更正其中一份记录的病历编号。</translation>
    </message>
    <message>
        <source>If they are two different women, import the file as a new patient.</source>
        <translation>如果这是两位不同的女士，请把文件导入为新病人。</translation>
    </message>
    <message>
        <source>Patient already here</source>
        <translation>病人已在这里</translation>
    </message>
    <message>
        <source>%1 may already be in this database.</source>
        <translation>%1可能已在此数据库中。</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>合并到%1(&amp;M)</translation>
    </message>
    <message>
        <source>Import as a &amp;new patient</source>
        <translation>导入为新病人(&amp;N)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入%1。</translation>
    </message>
    <message>
        <source>%1 was added as a new patient.

Losses: %2. Plans: %3. Printouts: %4.</source>
        <translation>%1已加入为新病人。

流产／移植失败记录：%2。计划：%3。打印记录：%4。</translation>
    </message>
    <message>
        <source>She is archived, as she was on the other computer: tick “Show archived” to see her in the list.</source>
        <translation>她已归档，与在另一台电脑上一样：勾选“显示已归档”即可在名单中看到她。</translation>
    </message>
    <message>
        <source>The file was merged into %1&apos;s record.

Added: losses %2, plans %3, printouts %4. Details filled in or added to her record: %5. Everything already here was kept as it was.</source>
        <translation>文件已合并到%1的记录。

添加：流产／移植失败记录 %2、计划 %3、打印记录 %4。在她的记录中填补或添加的数据：%5。这里原有的一切保持不变。</translation>
    </message>
    <message>
        <source>%1&apos;s record here already has everything in this file. Nothing was changed.</source>
        <translation>%1在这里的记录已包含此文件的所有内容。没有更改任何数据。</translation>
    </message>
    <message>
        <source>Patient imported</source>
        <translation>病人已导入</translation>
    </message>
</context>
<context>
    <name>rp::PlanController</name>
    <message>
        <source>Cannot open this patient</source>
        <translation>无法打开此病人的记录</translation>
    </message>
    <message>
        <source>No loss recorded</source>
        <translation>未有流产／移植失败记录</translation>
    </message>
    <message>
        <source>A plan belongs to one loss. Add her loss to her record first (Loss history).</source>
        <translation>每份计划针对一次流产／移植失败。请先在她的记录中加入流产／移植失败记录（流产／移植失败记录分页）。</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>计划未能保存</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>无法打开此计划</translation>
    </message>
</context>
<context>
    <name>rp::PlanEditor</name>
    <message>
        <source>&lt;b&gt;No warnings.&lt;/b&gt; Every item fits her and its day.</source>
        <translation>&lt;b&gt;没有警告。&lt;/b&gt;每一项都适合她和当天。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings: %1&lt;/b&gt; (%2 kept anyway)</source>
        <translation>&lt;b&gt;警告：%1 项&lt;/b&gt;（%2 项已决定保留）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day %1&lt;/b&gt;, %2 · %3</source>
        <translation>&lt;b&gt;第 %1 天&lt;/b&gt;，%2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rest:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;休息：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Milestones:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;随访事项：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Keep anyway</source>
        <translation>仍然保留</translation>
    </message>
    <message>
        <source>%1

Why keep it? The reason is saved with the plan and never printed for the patient.</source>
        <translation>%1

为何保留？原因会与计划一并保存，但不会印给病人。</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>计划未能保存</translation>
    </message>
    <message>
        <source>The plan was not copied</source>
        <translation>计划未能复制</translation>
    </message>
    <message>
        <source>Plan copied</source>
        <translation>已复制计划</translation>
    </message>
    <message>
        <source>“%1” was saved as a new plan for %2.</source>
        <translation>“%1”已保存为%2的新计划。</translation>
    </message>
    <message>
        <source>Save as a clinic template</source>
        <translation>保存为诊所模板</translation>
    </message>
    <message>
        <source>Name the template (her name and notes are not copied):</source>
        <translation>为模板命名（不会复制她的姓名和备注）：</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>模板未能保存</translation>
    </message>
    <message>
        <source>Save the changes to this plan before closing?</source>
        <translation>关闭前要保存这份计划的更改吗？</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 to %4 · %5 days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 至 %4 · 共 %5 天</translation>
    </message>
    <message>
        <source>&amp;Lock this day (Generate leaves it alone)</source>
        <translation>锁定这一天（重新生成时不会更改）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep anyway…</source>
        <translation>仍然保留(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep the selected warning&apos;s item, with a reason that is never printed</source>
        <translation>保留所选警告的项目，并注明原因（原因不会打印）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>重新生成(&amp;G)</translation>
    </message>
    <message>
        <source>Fill the days again by the rules; locked and edited days stay as they are</source>
        <translation>按规则重新安排各天；已锁定和已修改的日子维持不变</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;hopping list…</source>
        <translation>购物清单(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>保存为模板(&amp;M)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red flags printed with this plan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;随计划打印的危险症状：&lt;/b&gt;%1 项</translation>
    </message>
    <message>
        <source>Choose another rest-and-activity line for this day</source>
        <translation>为这一天选择另一项休息和活动建议</translation>
    </message>
    <message>
        <source>Fill the days again?</source>
        <translation>要重新安排各天吗？</translation>
    </message>
    <message>
        <source>These settings change which foods fit. Fill again every day you have not locked or edited?</source>
        <translation>这些设置会改变适合的食物。要重新安排所有未锁定、未修改的日子吗？</translation>
    </message>
    <message>
        <source>Save before printing</source>
        <translation>打印前先保存</translation>
    </message>
    <message>
        <source>The printout shows the plan as saved. Save your changes now and print?</source>
        <translation>打印文档显示的是已保存的计划。现在保存您的修改并打印吗？</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print or export for the patient (%1; %2 exports a PDF)</source>
        <translation>为病人打印或导出（%1；%2 导出 PDF）</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>此计划</translation>
    </message>
    <message>
        <source>“Keep mine as a copy” saves your version as a new plan for the same loss, next to the other desk&apos;s.</source>
        <translation>“把我的版本另存为副本”会把您的版本保存为同一次流产／移植失败的新计划，与另一台电脑的版本并存。</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>无法打开此计划</translation>
    </message>
    <message>
        <source>N&amp;otes for the day:</source>
        <translation>当天备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Days of the plan</source>
        <translation>计划的每一天</translation>
    </message>
    <message>
        <source>One row a day. Enter chooses the item for a meal; Delete empties it.</source>
        <translation>每行一天。按 Enter 为这一餐选择项目；按 Delete 清空。</translation>
    </message>
    <message>
        <source>Rest and activity for the day</source>
        <translation>当天的休息及活动</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Enter goes to the meal the warning is about.</source>
        <translation>按 Enter 前往警告所指的一餐。</translation>
    </message>
</context>
<context>
    <name>rp::PlanGridModel</name>
    <message>
        <source> (kept: %1)</source>
        <translation>（已保留：%1）</translation>
    </message>
    <message>
        <source>Day %1 · %2
Week %3 · %4</source>
        <translation>第 %1 天 · %2
第 %3 周 · %4</translation>
    </message>
    <message>
        <source> · locked</source>
        <translation> · 已锁定</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日子</translation>
    </message>
    <message>
        <source>Rest and activity</source>
        <translation>休息和活动</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>随访事项</translation>
    </message>
    <message>
        <source>Kept despite a warning: %1</source>
        <translation>有警告但仍保留：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source> · today</source>
        <translation> · 今天</translation>
    </message>
</context>
<context>
    <name>rp::PlanListModel</name>
    <message>
        <source>%1
%2, %3 days</source>
        <translation>%1
%2 起，共 %3 天</translation>
    </message>
    <message>
        <source>Made before the planner&apos;s rules changed. Open warnings now: %1. Open the plan to check them; saving it clears this mark.</source>
        <translation>此计划在规则更改前制订。现时未处理的警告：%1 项。请打开计划检查；保存后此标记便会消失。</translation>
    </message>
    <message>
        <source>Today: day %1 of %2</source>
        <translation>今天：第 %1 天，共 %2 天</translation>
    </message>
    <message>
        <source>Rules changed: check its warnings</source>
        <translation>规则已更改：请检查警告</translation>
    </message>
</context>
<context>
    <name>rp::PlanSettingsDialog</name>
    <message>
        <source>New plan for %1</source>
        <translation>为%1添加计划</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>计划设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation>流产／移植失败记录(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Expel (排) until day:</source>
        <translation>“排”至第几天(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Regulate (調) until day:</source>
        <translation>“调”至第几天(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up visits on days:</source>
        <translation>复诊日(&amp;F)：</translation>
    </message>
    <message>
        <source>Practitioner-only items for this plan</source>
        <translation>此计划的医师专用项目</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Add her loss to the patient&apos;s record first: a plan belongs to one loss.</source>
        <translation>请先在病人记录中加入流产／移植失败记录：每份计划针对一次流产／移植失败。</translation>
    </message>
    <message>
        <source>The plan cannot start before the loss.</source>
        <translation>计划不可早于流产／移植失败日期开始。</translation>
    </message>
    <message>
        <source>The planner&apos;s rules, for her</source>
        <translation>按规则为她安排</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>She is still &amp;bleeding heavily (tonics and blood-moving items are held)</source>
        <translation>她仍然出血量多（暂停补品和活血项目）(&amp;B)</translation>
    </message>
    <message>
        <source>Not for her: %1</source>
        <translation>不适合她：%1</translation>
    </message>
    <message>
        <source>Start fr&amp;om:</source>
        <translation>起始方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Dishes cooked with &amp;wine (the practitioner&apos;s choice)</source>
        <translation>以酒烹调的菜式(&amp;W)（由医师决定）</translation>
    </message>
    <message>
        <source>Not for her: %1. No dish cooked with wine is planned.</source>
        <translation>不适合她：%1。计划不会安排以酒烹调的菜式。</translation>
    </message>
    <message>
        <source>her constitution is not yet assessed</source>
        <translation>她的体质尚未评估</translation>
    </message>
</context>
<context>
    <name>rp::PlansPanel</name>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: no follow-up visits due.</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;：没有需要复诊的病人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: follow-up visits due</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;：需要复诊</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt; for %1</source>
        <translation>%1的&lt;b&gt;计划&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;: select a patient.</source>
        <translation>&lt;b&gt;计划&lt;/b&gt;：请选择病人。</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>今天需要复诊</translation>
    </message>
    <message>
        <source>The patient&apos;s plans</source>
        <translation>病人的计划</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>添加计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>打开计划(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: looking for follow-up visits due…</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;：正在查找需要复诊的病人…</translation>
    </message>
</context>
<context>
    <name>rp::PrintController</name>
    <message>
        <source>Cannot print this plan</source>
        <translation>无法打印这份计划</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>没有导出任何内容。</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF 未写入：%1</translation>
    </message>
    <message>
        <source>The PDF was written to %1, but it could not be added to her print history: %2</source>
        <translation>PDF 已写入 %1，但无法加入她的打印记录：%2</translation>
    </message>
    <message>
        <source>Saved %1 pages to %2.</source>
        <translation>已把 %1 页保存到 %2。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>预览打印</translation>
    </message>
    <message>
        <source>Printed, but not added to her print history: %1</source>
        <translation>已打印，但未加入她的打印记录：%1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已送往打印机。</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>没有打印任何内容：%1</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>已把 %1 页送往 %2。</translation>
    </message>
    <message>
        <source>Cannot show the print history</source>
        <translation>无法显示打印记录</translation>
    </message>
    <message>
        <source>Cannot print this again</source>
        <translation>无法再次打印这份文档</translation>
    </message>
    <message>
        <source>Printed, but not added to her print history</source>
        <translation>已打印，但未加入她的打印记录</translation>
    </message>
    <message>
        <source>Save as PDF again</source>
        <translation>再次保存为 PDF</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Cannot open the clinic settings</source>
        <translation>无法打开诊所设置</translation>
    </message>
    <message>
        <source>The clinic&apos;s name, address and phone are not set, so the pages carry only her name and dates. Set them in File ▸ Clinic settings.</source>
        <translation>尚未设置诊所名称、地址和电话，因此每页只印有她的姓名和日期。请在“文件 ▸ 诊所设置”中设置。</translation>
    </message>
    <message>
        <source>The planner&apos;s rules have changed</source>
        <translation>计划规则已更改</translation>
    </message>
    <message>
        <source>This printout was made before the planner&apos;s rules changed. Reprint it exactly as it was, or print the current plan instead?</source>
        <translation>这份打印文档在计划规则更改前制作。要按原样重印，还是改印目前的计划？</translation>
    </message>
    <message>
        <source>&amp;Reprint as it was</source>
        <translation>按原样重印(&amp;R)</translation>
    </message>
    <message>
        <source>Print the &amp;current plan</source>
        <translation>打印目前的计划(&amp;C)</translation>
    </message>
    <message>
        <source>Her plan for it is no longer stored, so it can only be reprinted as it was.</source>
        <translation>她的这份计划已不再保存，只能按原样重印。</translation>
    </message>
    <message>
        <source>Nothing was printed: choose all pages. A printout is printed whole, so that her print history records exactly what she was given.</source>
        <translation>没有打印：请选择“全部页面”。调养计划会整份打印，她的打印记录才会与她拿到的完全一样。</translation>
    </message>
</context>
<context>
    <name>rp::PrintDialog</name>
    <message>
        <source>&amp;Large print</source>
        <translation>大字体(&amp;L)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print for %1</source>
        <translation>为 %1 打印</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Two languages &amp;set:</source>
        <translation>双语排版(&amp;S)：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <source>Every printout carries the red flags and says it does not replace medical care. Your notes and keep-anyway reasons are never printed.</source>
        <translation>每份打印文档都附有危险征兆，并注明不能取代医疗。您的备注和“仍然保留”的原因永远不会打印出来。</translation>
    </message>
    <message>
        <source>Leave private milestones &amp;off the fridge calendar (pregnancy test, trying again)</source>
        <translation>冰箱月历不印私人事项(&amp;O)（验孕、何时再尝试怀孕）</translation>
    </message>
    <message>
        <source>Print from &amp;today on: day %1 of %2, leaving out the days before</source>
        <translation>从今天起打印(&amp;T)：共%2天中的第%1天，之前的日子不打印</translation>
    </message>
</context>
<context>
    <name>rp::PrintHistoryDialog</name>
    <message>
        <source>&amp;Preview and print again…</source>
        <translation>预览并再次打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF again…</source>
        <translation>再次保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print history: %1</source>
        <translation>打印记录：%1</translation>
    </message>
    <message>
        <source>Nothing has been printed for her yet.</source>
        <translation>尚未为她打印任何文档。</translation>
    </message>
    <message>
        <source>What she was given, newest first. Printing again gives exactly the same pages, even if the plan has changed since.</source>
        <translation>她获发的文档，最新的排最前。再次打印会得到完全相同的页面，即使计划之后有所修改。</translation>
    </message>
    <message>
        <source>Printouts, newest first</source>
        <translation>打印记录，最新的在前</translation>
    </message>
    <message>
        <source>Enter shows the highlighted printout again.</source>
        <translation>按 Enter 再次显示选中的打印文档。</translation>
    </message>
</context>
<context>
    <name>rp::PrintHistoryModel</name>
    <message>
        <source>%1, large print</source>
        <translation>%1，大字体</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>提供方式</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>%1 (from day %2)</source>
        <translation>%1（从第%2天起）</translation>
    </message>
</context>
<context>
    <name>rp::ServerNotice</name>
    <message>
        <source>&lt;b&gt;Not connected.&lt;/b&gt; The database server does not answer (it may be restarting, or the network is down). What you type here stays on screen. Recovery Planner connects again by itself and says so here.</source>
        <translation>&lt;b&gt;未连接。&lt;/b&gt;数据库服务器没有响应（可能正在重启，或网络中断）。您在这里输入的内容会留在屏幕上。调养计划会自动重新连接，并在这里告诉您。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected again.&lt;/b&gt; The database server answers. Save when you are ready: what it already kept is never saved twice.</source>
        <translation>&lt;b&gt;已重新连接。&lt;/b&gt;数据库服务器已恢复响应。准备好就可以保存：服务器已保存的内容绝不会重复保存。</translation>
    </message>
</context>
<context>
    <name>rp::ShoppingListDialog</name>
    <message>
        <source>Shopping list</source>
        <translation>购物清单</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Amounts are added up where the recipes give them. Practitioner-only formulas come from the clinic and are not listed.</source>
        <translation>食谱有列明分量的材料会加总。医师专用方剂由诊所提供，不在清单内。</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周次(&amp;W)：</translation>
    </message>
    <message>
        <source>Ingredients to buy</source>
        <translation>要买的材料</translation>
    </message>
</context>
<context>
    <name>rp::ShoppingListModel</name>
    <message>
        <source>as needed</source>
        <translation>按需要</translation>
    </message>
    <message>
        <source>%1 pieces</source>
        <translation>%1 个</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Amount for the week</source>
        <translation>一周分量</translation>
    </message>
    <message>
        <source>Dishes using it</source>
        <translation>用到的菜式数目</translation>
    </message>
</context>
<context>
    <name>rp::UnsavedEdits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>继续编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Save what you changed in this window before closing it?</source>
        <translation>关闭这个窗口前，要保存您在这里所作的更改吗？</translation>
    </message>
</context>
<context>
    <name>rp::WarningModel</name>
    <message>
        <source>Day %1, %2: %3</source>
        <translation>第 %1 天，%2：%3</translation>
    </message>
    <message>
        <source>Kept anyway: %1</source>
        <translation>仍然保留：%1</translation>
    </message>
</context>
<context>
    <name>rp::WelcomePanel</name>
    <message>
        <source>No patients yet</source>
        <translation>还没有病人</translation>
    </message>
    <message>
        <source>Each patient&apos;s record keeps her losses, her constitution and conditions, and the recovery plans you make for her.</source>
        <translation>每位病人的记录会保存她的流产／移植失败记录、体质和病况，以及您为她制定的调养计划。</translation>
    </message>
    <message>
        <source>Add your first patient…</source>
        <translation>添加第一位病人…</translation>
    </message>
    <message>
        <source>Opens an empty patient record (%1)</source>
        <translation>打开一份空白的病人记录（%1）</translation>
    </message>
    <message>
        <source>To look around first, open a separate practice database with a few made-up patients and their plans. Nothing is added to this one.</source>
        <translation>如想先熟悉操作，可打开另一个练习用的数据库，内有几位虚构病人及其计划。这个数据库不会加入任何数据。</translation>
    </message>
    <message>
        <source>Try with demo patients</source>
        <translation>用示范病人试用</translation>
    </message>
    <message>
        <source>Printouts carry the clinic&apos;s name, address and telephone. You can enter them now, or later from File ▸ Clinic settings.</source>
        <translation>打印件会印上诊所名称、地址及电话。您可以现在输入，或稍后在“文件 ▸ 诊所设置”输入。</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s details…</source>
        <translation>输入诊所信息…</translation>
    </message>
</context>
</TS>
