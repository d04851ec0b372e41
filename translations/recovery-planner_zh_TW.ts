<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BackupText</name>
    <message>
        <source>the copy could not be written to the disk</source>
        <translation>副本無法寫入磁碟</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2), so it cannot be restored. Nothing was changed. Choose another backup, for example an earlier one from the backups folder.</source>
        <translation>「%1」已損壞（%2），所以無法還原。沒有更改任何資料。請選擇另一個備份，例如備份資料夾中較早的一個。</translation>
    </message>
    <message>
        <source>“%1” is not a Recovery Planner backup: it is a database made by another program, or an empty one. Nothing was changed.</source>
        <translation>「%1」不是調養計劃的備份：它是其他程式建立的資料庫，或是空白資料庫。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Recovery Planner (database version %2; this version understands up to %3). Install the newer version to restore it. Nothing was changed.</source>
        <translation>「%1」由較新版本的調養計劃建立（資料庫版本 %2；此版本最多只能讀取版本 %3）。請安裝較新版本再還原。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>“%1” was made by an earlier version of Recovery Planner. It will be brought up to date when it is restored.</source>
        <translation>「%1」由較早版本的調養計劃建立。還原時會自動更新至目前版本。</translation>
    </message>
    <message>
        <source>“%1” is a complete Recovery Planner backup.</source>
        <translation>「%1」是完整的調養計劃備份。</translation>
    </message>
    <message>
        <source>“%1” is not a file. Choose a backup file (its name ends in .sqlite). Nothing was changed.</source>
        <translation>「%1」不是檔案。請選擇備份檔案（檔名以 .sqlite 結尾）。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot read “%1”: %2. Nothing was changed.</source>
        <translation>調養計劃無法讀取「%1」：%2。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>“%1” is not a Recovery Planner backup (it is not a SQLite database file). Nothing was changed.</source>
        <translation>「%1」不是調養計劃的備份（它不是 SQLite 資料庫檔案）。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are made and restored on the server, by whoever looks after it (for example with pg_dump); Recovery Planner backs up and restores only a database file on this computer. Nothing was changed.</source>
        <translation>此資料庫位於 PostgreSQL 伺服器上。它的備份和還原由管理伺服器的人在伺服器上進行（例如使用 pg_dump）；調養計劃只會備份和還原這部電腦上的資料庫檔案。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>the folder “%1” could not be created</source>
        <translation>無法建立資料夾「%1」</translation>
    </message>
    <message>
        <source>There is no open database to back up or restore.</source>
        <translation>沒有已開啟的資料庫可以備份或還原。</translation>
    </message>
    <message>
        <source>There is no open database to back up.</source>
        <translation>沒有已開啟的資料庫可以備份。</translation>
    </message>
    <message>
        <source>“%1” is the database in use (or one of its own files): a backup cannot replace it. Choose another name or folder. Nothing was changed.</source>
        <translation>「%1」是正在使用的資料庫（或它的附屬檔案）：備份不能取代它。請選擇其他檔名或資料夾。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the backup. Nothing was changed.</source>
        <translation>「%1」是資料夾。請為備份選擇一個檔名。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot write in the folder “%1”: %2. Check that the folder exists and is writable and that the disk has space. Your data is unchanged.</source>
        <translation>調養計劃無法寫入資料夾「%1」：%2。請檢查資料夾是否存在、可否寫入，以及磁碟是否有足夠空間。你的資料沒有改變。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1. Your data is unchanged.</source>
        <translation>無法寫入備份：%1。你的資料沒有改變。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1. Check that the disk has space. Your data is unchanged.</source>
        <translation>無法寫入備份：%1。請檢查磁碟是否有足夠空間。你的資料沒有改變。</translation>
    </message>
    <message>
        <source>The backup was written but did not pass its check (%1), so it was removed. Your data is unchanged; try again, or choose another disk.</source>
        <translation>備份已寫入，但未能通過檢查（%1），所以已將其刪除。你的資料沒有改變；請再試一次，或選擇另一個磁碟。</translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”: %2. Your data is unchanged.</source>
        <translation>無法把備份儲存為「%1」：%2。你的資料沒有改變。</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>無法寫入磁碟</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made: %1. Nothing was lost and you can work as usual; use File ▸ Back up now… to try again.</source>
        <translation>今天的自動備份未能完成：%1。沒有遺失任何資料，你可以照常工作；可用「檔案 ▸ 立即備份…」再試一次。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot check “%1”: there is no room for a temporary copy (%2). Nothing was changed.</source>
        <translation>調養計劃無法檢查「%1」：沒有空間存放臨時副本（%2）。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>There is no open database to restore into.</source>
        <translation>沒有已開啟的資料庫可以還原。</translation>
    </message>
    <message>
        <source>“%1” is the database in use, not a backup. Choose a backup file. Nothing was changed.</source>
        <translation>「%1」是正在使用的資料庫，不是備份。請選擇備份檔案。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>The backup was not restored, because a safety copy of the current data could not be made first: %1. Nothing was changed.</source>
        <translation>沒有還原備份，因為未能先為目前的資料製作安全副本：%1。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>Recovery Planner could not open the database again (%1): quit and start it again.</source>
        <translation>調養計劃無法重新開啟資料庫（%1）：請結束程式後再重新啟動。</translation>
    </message>
    <message>
        <source>The backup was not restored, because the database is still open in another Recovery Planner window or program. Close it there and try again. Nothing was changed; a safety copy of the current data is in “%1”.</source>
        <translation>沒有還原備份，因為資料庫仍在另一個調養計劃視窗或程式中開啟。請先在那裡關閉，再試一次。沒有更改任何資料；目前資料的安全副本位於「%1」。</translation>
    </message>
    <message>
        <source>The backup could not be put in place: %1. Nothing was changed; a safety copy of the current data is in “%2”.</source>
        <translation>無法放入備份：%1。沒有更改任何資料；目前資料的安全副本位於「%2」。</translation>
    </message>
    <message>
        <source>The backup could not be opened (%1), and the data you had before could not be put back (%2). Nothing is lost: your data is in the safety copy “%3” and in “%4”. Restore the safety copy with File ▸ Restore from backup….</source>
        <translation>無法開啟備份（%1），也未能放回原有資料（%2）。沒有遺失任何資料：你的資料在安全副本「%3」及「%4」中。請用「檔案 ▸ 從備份還原…」還原安全副本。</translation>
    </message>
    <message>
        <source>The backup could not be opened after it was put in place (%1). The data you had before was put back, so nothing was lost; a safety copy of it is also in “%2”.</source>
        <translation>備份放入後無法開啟（%1）。原有資料已放回，沒有遺失任何資料；它的安全副本亦位於「%2」。</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>Changed at another desk</source>
        <translation>已在另一部電腦修改</translation>
    </message>
    <message>
        <source>Someone at another desk saved %1 after you opened it, so your changes were not saved. Nothing has been overwritten.</source>
        <translation>你開啟%1後，有人在另一部電腦儲存了它，所以你的更改沒有儲存。沒有任何資料被覆蓋。</translation>
    </message>
    <message>
        <source>“Show the latest” replaces what is on your screen with the version saved at the other desk.
%1</source>
        <translation>「顯示最新版本」會以另一部電腦儲存的版本取代你畫面上的內容。
%1</translation>
    </message>
    <message>
        <source>Show the &amp;latest</source>
        <translation>顯示最新版本(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep mine as a copy</source>
        <translation>把我的版本另存為副本(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ClinicRepositoryText</name>
    <message>
        <source>At most two crisis lines can be kept.</source>
        <translation>最多只可保存兩條危機支援熱線。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Fill an empty database with demo patients (refused if it has patients).</source>
        <translation>在空白資料庫加入示範病人（資料庫已有病人時不會加入）。</translation>
    </message>
    <message>
        <source>Open the database and the main window, then exit once it is painted.</source>
        <translation>開啟資料庫及主視窗，視窗顯示後即結束程式。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>Recovery Planner: 30-day recovery plans after a miscarriage or a failed IVF cycle.</source>
        <translation>調養計劃：為流產或試管嬰兒療程失敗後的女士制訂三十天調養計劃。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>無法辨識的參數：%1</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, zh-Hant or zh-Hans.</source>
        <translation>不明語言「%1」：請使用 en、zh-Hant 或 zh-Hans。</translation>
    </message>
    <message>
        <source>Print the plan generated for the patient described in &lt;file&gt; (JSON; - for standard input) as JSON, from the built-in library, without a database.</source>
        <translation>按 &lt;檔案&gt;（JSON；- 代表標準輸入）所描述的病人，以內置調養目錄產生計劃並以 JSON 輸出，不使用資料庫。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Export the printout of the plan given by --plan to the PDF &lt;file&gt;, without a window, and record it on the patient.</source>
        <translation>不開視窗，把 --plan 指定計劃的列印文件匯出為 PDF 檔 &lt;file&gt;，並記錄在病人資料中。</translation>
    </message>
    <message>
        <source>The plan to export (its number).</source>
        <translation>要匯出的計劃（編號）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>What to export: diet, rest, calendar, shopping or all (default).</source>
        <translation>匯出甚麼：diet、rest、calendar、shopping 或 all（預設）。</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>紙張大小：a4（預設）或 letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Bilingual layout: stacked (default) or side-by-side.</source>
        <translation>雙語排版：stacked（上下，預設）或 side-by-side（並排）。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>Use large print.</source>
        <translation>使用大字體。</translation>
    </message>
    <message>
        <source>--export-pdf needs --plan with the plan&apos;s number, for example --plan 3.</source>
        <translation>--export-pdf 需要配合 --plan 和計劃編號，例如 --plan 3。</translation>
    </message>
    <message>
        <source>--export-pdf needs the path of the PDF file to write.</source>
        <translation>--export-pdf 需要要寫入的 PDF 檔案路徑。</translation>
    </message>
    <message>
        <source>--export-pdf needs --database with the database to read the plan from.</source>
        <translation>--export-pdf 需要配合 --database，指明從哪個資料庫讀取計劃。</translation>
    </message>
    <message>
        <source>Unknown print language “%1”: use en, zh-Hant, zh-Hans or bilingual.</source>
        <translation>不明的列印語言「%1」：請用 en、zh-Hant、zh-Hans 或 bilingual。</translation>
    </message>
    <message>
        <source>Unknown document “%1”: use diet, rest, calendar, shopping or all.</source>
        <translation>不明的文件「%1」：請用 diet、rest、calendar、shopping 或 all。</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”: use a4 or letter.</source>
        <translation>不明的紙張大小「%1」：請用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use stacked or side-by-side.</source>
        <translation>不明的排版「%1」：請用 stacked 或 side-by-side。</translation>
    </message>
    <message>
        <source>--%1 only goes with --export-pdf.</source>
        <translation>--%1 只能配合 --export-pdf 使用。</translation>
    </message>
    <message>
        <source>--demo does not go with --export-pdf: make the demo database first, then export from it.</source>
        <translation>--demo 不能配合 --export-pdf 使用：請先建立示範資料庫，再從中匯出。</translation>
    </message>
    <message>
        <source>Use the SQLite database file at &lt;path&gt;, or the PostgreSQL server at postgresql://user@host:port/dbname, instead of the one in settings.</source>
        <translation>使用位於 &lt;path&gt; 的 SQLite 資料庫檔案，或位於 postgresql://user@host:port/dbname 的 PostgreSQL 伺服器，而不是設定中的資料庫。</translation>
    </message>
    <message>
        <source>Add &lt;count&gt; made-up patients to the database given by --database, each with a loss and a plan (for tests and benchmarks), without a window.</source>
        <translation>不開視窗，在 --database 指定的資料庫中加入 &lt;count&gt; 位虛構病人，每位各有一次流產／移植失敗紀錄和一份計劃（供測試及效能評測使用）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>數目</translation>
    </message>
    <message>
        <source>--generate-patients needs a number of patients from 1 to %1.</source>
        <translation>--generate-patients 需要 1 至 %1 之間的病人數目。</translation>
    </message>
    <message>
        <source>--generate-patients needs --database with the database to add them to.</source>
        <translation>--generate-patients 需要配合 --database，指定要加入病人的資料庫。</translation>
    </message>
    <message>
        <source>--generate-patients goes with --database only.</source>
        <translation>--generate-patients 只能配合 --database 使用。</translation>
    </message>
    <message>
        <source>--database needs the path of a file or a postgresql:// address.</source>
        <translation>--database 需要檔案路徑或 postgresql:// 位址。</translation>
    </message>
    <message>
        <source>Leave private milestones (pregnancy test, trying again) off the fridge calendar. Without it, the patient&apos;s own choice.</source>
        <translation>雪櫃月曆不印私人事項（驗孕、何時再嘗試懷孕）。不指定時，按病人自己的選擇。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (en, zh-Hant or zh-Hans) for this run; with --export-pdf, the printout&apos;s language (en, zh-Hant, zh-Hans, en+zh-Hant, en+zh-Hans, or bilingual: English with the Chinese she last had; default: the patient&apos;s own).</source>
        <translation>本次以 &lt;language&gt;（en、zh-Hant 或 zh-Hans）顯示介面；配合 --export-pdf 時為列印文件的語言（en、zh-Hant、zh-Hans、en+zh-Hant、en+zh-Hans，或 bilingual：英文加她上次列印所用的中文；預設為病人自己的語言）。</translation>
    </message>
</context>
<context>
    <name>ConnectionWatchText</name>
    <message>
        <source>The database server %1 does not answer.</source>
        <translation>資料庫伺服器 %1 沒有回應。</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install the Debian package libqt6sql6-sqlite and start Recovery Planner again.</source>
        <translation>缺少 Qt 的 SQLite 驅動程式。請安裝 Debian 套件 libqt6sql6-sqlite，然後重新啟動調養計劃。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot open “%1”: %2</source>
        <translation>調養計劃無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>Recovery Planner cannot write to “%1”: %2. Check that the file, its folder and the disk are writable. Nothing was changed.</source>
        <translation>調養計劃無法寫入「%1」：%2。請檢查檔案、所在資料夾及磁碟是否可以寫入。沒有任何更改。</translation>
    </message>
    <message>
        <source>Recovery Planner could not bring “%1” up to date: %2. The database was left as it was before the failed step.</source>
        <translation>調養計劃無法更新「%1」：%2。資料庫維持在失敗步驟之前的狀態。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Give the path of a file.</source>
        <translation>「%1」是資料夾，不是資料庫檔案。請提供檔案的路徑。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot read “%1”: %2</source>
        <translation>調養計劃無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Recovery Planner database (it is not a SQLite database file). It was left unchanged.</source>
        <translation>「%1」不是調養計劃的資料庫（它不是 SQLite 資料庫檔案）。檔案沒有被更改。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot write to “%1”. Check that the file and its folder are writable. It was left unchanged.</source>
        <translation>調養計劃無法寫入「%1」。請檢查檔案及所在資料夾是否可以寫入。檔案沒有被更改。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot create the folder “%1” for its database. Choose another location with --database.</source>
        <translation>調養計劃無法建立存放資料庫的資料夾「%1」。請用 --database 選擇其他位置。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot create its database “%1”: %2. Choose another location with --database.</source>
        <translation>調養計劃無法建立資料庫「%1」：%2。請用 --database 選擇其他位置。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database (%2). It may be damaged. It was left unchanged; restore it from a backup or choose another file.</source>
        <translation>「%1」無法作為資料庫讀取（%2），檔案可能已損壞。檔案沒有被更改；請從備份還原，或選擇其他檔案。</translation>
    </message>
    <message>
        <source>“%1” is a database made by another program, not by Recovery Planner. It was left unchanged.</source>
        <translation>「%1」是由其他程式建立的資料庫，不是調養計劃的資料庫。檔案沒有被更改。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Recovery Planner (database version %2; this version understands up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>「%1」由較新版本的調養計劃建立（資料庫版本 %2；此版本只支援至版本 %3）。請安裝較新的版本。檔案沒有被更改。</translation>
    </message>
    <message>
        <source>“%1” is not a database server address Recovery Planner understands. Write it as postgresql://user@host:port/database, for example postgresql://clinic@192.168.1.10:5432/recovery.</source>
        <translation>「%1」不是調養計劃能理解的資料庫伺服器位址。請寫成 postgresql://user@host:port/database，例如 postgresql://clinic@192.168.1.10:5432/recovery。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing. Install the Debian package libqt6sql6-psql and start Recovery Planner again.</source>
        <translation>缺少 Qt 的 PostgreSQL 驅動程式。請安裝 Debian 套件 libqt6sql6-psql，然後重新啟動調養計劃。</translation>
    </message>
    <message>
        <source>The option “%1” in the server address cannot be used.</source>
        <translation>伺服器位址中的選項「%1」不能使用。</translation>
    </message>
    <message>
        <source>The database server at %1 asks for the password of “%2”.</source>
        <translation>位於 %1 的資料庫伺服器要求輸入「%2」的密碼。</translation>
    </message>
    <message>
        <source>The database server at %1 did not accept the password of “%2”. Try again.</source>
        <translation>位於 %1 的資料庫伺服器不接受「%2」的密碼。請再試一次。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot connect to the database server %1: %2. Check that the server is running and that this computer can reach it.</source>
        <translation>調養計劃無法連接資料庫伺服器 %1：%2。請檢查伺服器是否正在運作，以及這部電腦能否連上它。</translation>
    </message>
    <message>
        <source>Recovery Planner cannot read the database %1: %2</source>
        <translation>調養計劃無法讀取資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not Recovery Planner&apos;s. It was left unchanged; give an empty database or this app&apos;s.</source>
        <translation>資料庫 %1 載有其他程式的資料表，而不是調養計劃的。資料庫沒有被更改；請提供空白資料庫或本程式的資料庫。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Recovery Planner (database version %2; this version understands up to %3). Please install the newer version on this desk. The database was left unchanged.</source>
        <translation>資料庫 %1 由較新版本的調養計劃建立（資料庫版本 %2；此版本最多只能讀取版本 %3）。請在這部電腦安裝較新版本。資料庫沒有被更改。</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached yet: %2</source>
        <translation>暫時仍無法連接資料庫伺服器 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>There is no month %1. Type the month as a number from 1 to 12 or by its name.</source>
        <translation>沒有第 %1 個月。請以1至12的數字或月份名稱輸入月份。</translation>
    </message>
    <message>
        <source>The year %1 cannot be right. Type the year in full, such as %2.</source>
        <translation>年份 %1 似乎不正確。請輸入完整年份，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is not a leap year: February has 28 days.</source>
        <translation>%1年不是閏年：二月只有28天。</translation>
    </message>
    <message>
        <source>%1 has %2 days, so there is no day %3.</source>
        <translation>%1只有 %2 天，沒有第 %3 天。</translation>
    </message>
    <message>
        <source>“%1” is not a date this field can read. Type it as %2, %3 or %4.</source>
        <translation>無法把「%1」讀成日期。請輸入例如 %2、%3 或 %4。</translation>
    </message>
    <message>
        <source>“%1” is not a month name. Type the month as a name, such as Sep or September, or as a number.</source>
        <translation>「%1」不是月份名稱。請輸入月份名稱（例如 Sep、September 或 九月）或數字。</translation>
    </message>
</context>
<context>
    <name>GeneratePatients</name>
    <message>
        <source>Stopped after %1 of %2 patients: %3</source>
        <translation>已加入 %2 位病人中的 %1 位後停止：%3</translation>
    </message>
    <message>
        <source>Added %1 of %2 patients.</source>
        <translation>已加入 %2 位病人中的 %1 位。</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (it may be restarting, or the network is down). Those added so far are stored; the batch it was storing is not. Run the command again for the rest once the server answers.</source>
        <translation>與資料庫伺服器的連線中斷了（伺服器可能正在重新啟動，或網絡中斷）。已加入的病人都已儲存；正在儲存的那一批沒有儲存。伺服器恢復回應後，請再執行一次指令加入其餘病人。</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while a batch of %1 was being stored, so it may or may not be there. Once the server answers, count the patients before running the command again.</source>
        <translation>儲存一批 %1 位病人期間，與資料庫伺服器的連線中斷了，所以不能確定這一批是否已儲存。伺服器恢復回應後，請先點算病人數目，再執行一次指令。</translation>
    </message>
    <message>
        <source>the database stayed busy (another desk kept writing). Run the command again.</source>
        <translation>資料庫一直忙碌（另一部電腦不斷寫入資料）。請再執行一次指令。</translation>
    </message>
</context>
<context>
    <name>HeavyBleedingNotice</name>
    <message>
        <source>Heavy bleeding is a red flag, and food does not manage it. If she soaks a pad in an hour or less, passes clots the size of a walnut or larger, or feels faint, she needs urgent care or the emergency department now. While this is ticked, the plan holds tonics and blood-moving foods.</source>
        <translation>大量出血是危險徵狀，食物不能處理。如她在1小時內或更短時間便濕透1片衛生巾、排出合桃般大小或更大的血塊，或感到快要暈倒，須立即求醫或前往急症室。勾選期間，計劃會暫停補品和活血的食物。</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>%1 pieces</source>
        <translation>%1 個</translation>
    </message>
    <message>
        <source>hidden: not offered in plans</source>
        <translation>已隱藏：計劃中不會建議</translation>
    </message>
    <message>
        <source>Practitioner only: proposed in a plan only when you tick it in for that patient, and never printed with a dose.</source>
        <translation>醫師專用：只有在你為該病人勾選後才會在計劃中建議，列印時不會印出劑量。</translation>
    </message>
    <message>
        <source>Printed on every plan: go to a doctor or an emergency department now.</source>
        <translation>每份計劃都會印出：請立即求醫或前往急症室。</translation>
    </message>
    <message>
        <source>The built-in original has been updated since the clinic&apos;s version was made. Compare them below, and reset to the original if it is better.</source>
        <translation>診所修訂此項目後，內置原本版本已經更新。請比較下面兩者；如原本版本較好，可還原。</translation>
    </message>
    <message>
        <source>Phases: %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <source>Meals: %1</source>
        <translation>用餐時段：%1</translation>
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
        <translation>一份計劃中最多 %1 天</translation>
    </message>
    <message>
        <source>At most %1 times a week</source>
        <translation>每週最多 %1 次</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>適合：%1</translation>
    </message>
    <message>
        <source>Only after: %1</source>
        <translation>只適用於：%1</translation>
    </message>
    <message>
        <source>After a loss at %1 weeks or later</source>
        <translation>適用於懷孕 %1 週或以後流產</translation>
    </message>
    <message>
        <source>Not for:</source>
        <translation>不適用於：</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Notes and cautions</source>
        <translation>備註及注意事項</translation>
    </message>
    <message>
        <source>Sources differ:</source>
        <translation>各方說法不同：</translation>
    </message>
    <message>
        <source>Built-in original</source>
        <translation>內置原本版本</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
</context>
<context>
    <name>LibraryRepositoryText</name>
    <message>
        <source>Red flags cannot be changed or hidden: every printed plan carries all of them, in their most cautious form.</source>
        <translation>危險徵狀不能修改或隱藏：每份列印的計劃都會以最審慎的寫法列出全部危險徵狀。</translation>
    </message>
    <message>
        <source>The red-flag list comes with the app and cannot be added to here.</source>
        <translation>危險徵狀清單隨程式提供，不能在此新增。</translation>
    </message>
    <message>
        <source>This item is no longer in the library.</source>
        <translation>此項目已不在調養目錄中。</translation>
    </message>
    <message>
        <source>Only built-in items have an original to go back to.</source>
        <translation>只有內置項目才可還原為原本版本。</translation>
    </message>
    <message>
        <source>Milestones and daily rest lines cannot be hidden: plans need them. Edit the text instead.</source>
        <translation>跟進事項和每日休息建議不能隱藏：計劃需要用到。可以改為編輯內容。</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>the id must be lower-case letters, digits and dashes</source>
        <translation>編號只可用小寫英文字母、數字和連字號</translation>
    </message>
    <message>
        <source>%1 in English is empty</source>
        <translation>%1（英文）未填寫</translation>
    </message>
    <message>
        <source>%1 in Traditional Chinese is empty</source>
        <translation>%1（繁體中文）未填寫</translation>
    </message>
    <message>
        <source>%1 in Simplified Chinese is empty</source>
        <translation>%1（簡體中文）未填寫</translation>
    </message>
    <message>
        <source>%1 in Simplified Chinese still has Traditional characters: %2</source>
        <translation>%1（簡體中文）仍有繁體字：%2</translation>
    </message>
    <message>
        <source>%1 mentions a medicine or a dose: %2</source>
        <translation>%1提及藥物或劑量：%2</translation>
    </message>
    <message>
        <source>%1 uses wording unkind after a loss: %2</source>
        <translation>%1的用詞對剛經歷流產或移植失敗的人不夠體貼：%2</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>a practitioner-only formula lists no amounts (%1)</source>
        <translation>只供醫師使用的方劑不列份量（%1）</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>unknown source code %1</source>
        <translation>不明的資料來源編號 %1</translation>
    </message>
    <message>
        <source>no source is given</source>
        <translation>未註明資料來源</translation>
    </message>
    <message>
        <source>a food needs at least one meal slot</source>
        <translation>食物最少要有一個用餐時段</translation>
    </message>
    <message>
        <source>a food needs at least one phase</source>
        <translation>食物最少要有一個階段</translation>
    </message>
    <message>
        <source>only foods have meal slots and ingredients</source>
        <translation>只有食物才有用餐時段和材料</translation>
    </message>
    <message>
        <source>days must be between 1 and 42</source>
        <translation>日數必須在 1 至 42 之間</translation>
    </message>
    <message>
        <source>the first day comes after the last day</source>
        <translation>第一天在最後一天之後</translation>
    </message>
    <message>
        <source>times a week must be between 1 and 7</source>
        <translation>每週次數必須在 1 至 7 之間</translation>
    </message>
    <message>
        <source>a formula is always practitioner-only</source>
        <translation>方劑一律屬醫師專用</translation>
    </message>
    <message>
        <source>only foods and formulas can be practitioner-only</source>
        <translation>只有食物和方劑才可設為醫師專用</translation>
    </message>
    <message>
        <source>the amount of %1 needs a positive number and a unit: g, ml or piece</source>
        <translation>%1的份量須為正數，單位為 g、ml 或 piece</translation>
    </message>
    <message>
        <source>an item with motherwort (益母草) must be practitioner-only</source>
        <translation>含益母草的項目必須設為醫師專用</translation>
    </message>
    <message>
        <source>“%1” is not in the ingredient list: choose it from the list so the rules can read it</source>
        <translation>「%1」不在食材清單中：請從清單選擇，讓規則可以檢查</translation>
    </message>
    <message>
        <source>only a medicinal herb has a pack amount (%1)</source>
        <translation>只有藥材才可填寫診所藥包份量（%1）</translation>
    </message>
    <message>
        <source>an item with three or more medicinal herbs is built on a formula and must be practitioner-only</source>
        <translation>含三種或以上藥材的項目屬方劑，必須設為醫師專用</translation>
    </message>
    <message>
        <source>“wine not chosen” is the planner&apos;s own reason, not a contraindication</source>
        <translation>「未選用酒煮菜式」是計劃規則本身的理由，不是禁忌</translation>
    </message>
    <message>
        <source>“%1” in what it warns against is neither an ingredient nor a property</source>
        <translation>警告對象中的「%1」既不是食材，也不是食材特性</translation>
    </message>
    <message>
        <source>a food has no printing conditions and warns against nothing</source>
        <translation>食物沒有列印條件，也不會警告任何東西</translation>
    </message>
    <message>
        <source>only a milestone is private</source>
        <translation>只有跟進事項可設為私人</translation>
    </message>
</context>
<context>
    <name>PatientFileText</name>
    <message>
        <source>The file has a member this version does not know: “%1”.</source>
        <translation>檔案中有此版本不認識的項目：「%1」。</translation>
    </message>
    <message>
        <source>“%1” has a member this version does not know: “%2”.</source>
        <translation>「%1」中有此版本不認識的項目：「%2」。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少「%1」。</translation>
    </message>
    <message>
        <source>“%1” must be an object (members in braces).</source>
        <translation>「%1」必須是物件（以大括號包住的項目）。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>「%1」必須是清單。</translation>
    </message>
    <message>
        <source>“%1” has %2 entries; a patient file has at most %3.</source>
        <translation>「%1」有 %2 項；病人檔案最多只可有 %3 項。</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>「%1」必須是文字。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>「%1」必須是 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>「%1」必須是 %2 至 %3 之間的整數。</translation>
    </message>
    <message>
        <source>“%1” must be a real date written YYYY-MM-DD, not “%2”.</source>
        <translation>「%1」必須是以 YYYY-MM-DD 寫成的真實日期，而不是「%2」。</translation>
    </message>
    <message>
        <source>“%1” must be a date and time such as 2024-03-05T09:30:00.000Z, not “%2”.</source>
        <translation>「%1」必須是日期和時間，例如 2024-03-05T09:30:00.000Z，而不是「%2」。</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2; not “%3”.</source>
        <translation>「%1」必須是以下其中之一：%2；而不是「%3」。</translation>
    </message>
    <message>
        <source>“%1” must be an item id (lower-case letters, digits and dashes), not “%2”.</source>
        <translation>「%1」必須是項目代號（小寫英文字母、數字和連字號），而不是「%2」。</translation>
    </message>
    <message>
        <source>“%1” must be a warning such as “contraindicated:diabetes”, not “%2”.</source>
        <translation>「%1」必須是警告代號，例如「contraindicated:diabetes」，而不是「%2」。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” fills the slot “%2” a second time on the same day.</source>
        <translation>「%1」在同一天第二次填入「%2」。</translation>
    </message>
    <message>
        <source>“%1” must be day %2: a plan&apos;s days are numbered 1, 2, 3 … in order.</source>
        <translation>「%1」必須是第 %2 天：計劃的日子須按 1、2、3 … 順序編號。</translation>
    </message>
    <message>
        <source>“%1”: the key %2 is used twice.</source>
        <translation>「%1」：編號 %2 用了兩次。</translation>
    </message>
    <message>
        <source>“%1” refers to loss %2, which is not in the file.</source>
        <translation>「%1」指向流產／移植失敗紀錄 %2，但檔案中沒有這項紀錄。</translation>
    </message>
    <message>
        <source>“%1” refers to plan %2, which is not in the file.</source>
        <translation>「%1」指向計劃 %2，但檔案中沒有這份計劃。</translation>
    </message>
    <message>
        <source>“%1” must name at least one document.</source>
        <translation>「%1」必須列出最少一份文件。</translation>
    </message>
    <message>
        <source>“%1” names “%2” twice.</source>
        <translation>「%1」列出「%2」兩次。</translation>
    </message>
    <message>
        <source>“%1” must be the printed document in base64 (A–Z, a–z, 0–9, +, /).</source>
        <translation>「%1」必須是以 base64（A–Z、a–z、0–9、+、/）寫成的列印文件。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a patient file is far smaller, so it was not read.</source>
        <translation>檔案大於 %1 MB；病人檔案遠比這小，所以沒有讀取。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>The file cannot be read as a patient file: it is damaged or incomplete (at byte %1: %2).</source>
        <translation>無法以病人檔案讀取此檔案：檔案已損壞或不完整（第 %1 位元組：%2）。</translation>
    </message>
    <message>
        <source>This is not a patient file from Recovery Planner.</source>
        <translation>這不是調養計劃的病人檔案。</translation>
    </message>
    <message>
        <source>This patient file was made by a newer version of Recovery Planner (file version %1; this version reads version %2). Update Recovery Planner on this computer, then import it again.</source>
        <translation>此病人檔案由較新版本的調養計劃建立（檔案版本 %1；此版本只能讀取版本 %2）。請先更新這部電腦上的調養計劃，再重新匯入。</translation>
    </message>
    <message>
        <source>The member “%1” is given twice in one place, so the file cannot be read safely.</source>
        <translation>項目「%1」在同一處出現兩次，所以無法安全地讀取檔案。</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>This database already has patients, so no demo patients were added. Use --demo with a new, empty database file, for example --database demo.sqlite.</source>
        <translation>此資料庫已有病人，所以沒有加入示範病人。請以新的空白資料庫檔案使用 --demo，例如 --database demo.sqlite。</translation>
    </message>
</context>
<context>
    <name>PatientTransferText</name>
    <message>
        <source>Her losses could not be matched to their plans, so nothing was imported.</source>
        <translation>她的流產／移植失敗紀錄無法與計劃對應，所以沒有匯入任何資料。</translation>
    </message>
    <message>
        <source>Her record here and the file cannot be merged: %1</source>
        <translation>她在這裡的紀錄無法與檔案合併：%1</translation>
    </message>
</context>
<context>
    <name>PlanRepositoryText</name>
    <message>
        <source>This plan was changed at another desk after you opened it. Nothing was saved, and your changes are still on screen. Note them, close the plan and open it again to see the latest version.</source>
        <translation>你開啟此計劃後，另一部電腦修改了這份計劃。沒有儲存任何資料，你的更改仍在畫面上。請先記下更改，關閉計劃，再重新開啟查看最新版本。</translation>
    </message>
    <message>
        <source>This plan is no longer in the database.</source>
        <translation>此計劃已不在資料庫中。</translation>
    </message>
    <message>
        <source>This plan is already stored.</source>
        <translation>此計劃已經儲存。</translation>
    </message>
</context>
<context>
    <name>PlanRequest</name>
    <message>
        <source>“%1” must be a real date written YYYY-MM-DD, not “%2”.</source>
        <translation>「%1」必須是以 YYYY-MM-DD 寫成的真實日期，而不是「%2」。</translation>
    </message>
    <message>
        <source>“%1” must be one of %2.</source>
        <translation>「%1」必須是以下其中之一：%2。</translation>
    </message>
    <message>
        <source>The input is not valid JSON (at character %1: %2).</source>
        <translation>輸入內容不是有效的 JSON（第 %1 個字元：%2）。</translation>
    </message>
    <message>
        <source>The input must be a JSON object with the patient&apos;s details.</source>
        <translation>輸入內容必須是載有病人資料的 JSON 物件。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>不明欄位「%1」。</translation>
    </message>
    <message>
        <source>“conditions” must be a list.</source>
        <translation>「conditions」必須是清單。</translation>
    </message>
    <message>
        <source>“loss” is required: an object with kind, date, gestationalWeek and management.</source>
        <translation>必須提供「loss」：包含 kind、date、gestationalWeek 和 management 的物件。</translation>
    </message>
    <message>
        <source>“loss.gestationalWeek” must be a whole number from %1 to %2.</source>
        <translation>「loss.gestationalWeek」必須是 %1 至 %2 之間的整數。</translation>
    </message>
    <message>
        <source>“lossCount” must be a whole number from 1 to 50.</source>
        <translation>「lossCount」必須是 1 至 50 之間的整數。</translation>
    </message>
    <message>
        <source>“days” must be a whole number from %1 to %2.</source>
        <translation>「days」必須是 %1 至 %2 之間的整數。</translation>
    </message>
    <message>
        <source>“%1” is not a practitioner-only formula in the library.</source>
        <translation>「%1」不是調養目錄中的醫師專用方劑。</translation>
    </message>
    <message>
        <source>Unknown field “%1” in “%2”.</source>
        <translation>「%2」中有不明欄位「%1」。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>「%1」必須是 %2 至 %3 之間的整數。</translation>
    </message>
    <message>
        <source>The input is larger than 1 MB; it cannot be a patient&apos;s details.</source>
        <translation>輸入內容超過 1 MB，不可能是病人資料。</translation>
    </message>
    <message>
        <source>The field “%1” is given twice; say it once.</source>
        <translation>欄位「%1」出現了兩次；請只寫一次。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>「%1」必須是清單。</translation>
    </message>
    <message>
        <source>“loss.date” cannot be in the future.</source>
        <translation>「loss.date」不可以是未來的日子。</translation>
    </message>
    <message>
        <source>“start” must be from the day of the loss to a year after it.</source>
        <translation>「start」必須在流產／移植失敗當天至一年後之間。</translation>
    </message>
    <message>
        <source>“heavyBleeding” must be true or false.</source>
        <translation>「heavyBleeding」必須是 true 或 false。</translation>
    </message>
    <message>
        <source>“practitionerItems” must list names.</source>
        <translation>「practitionerItems」必須列出名稱。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>「%1」必須是 true 或 false。</translation>
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
        <translation>%1 之後的調養</translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message>
        <source>Choose the day the plan starts.</source>
        <translation>請選擇計劃開始的日期。</translation>
    </message>
    <message>
        <source>A plan lasts %1 to %2 days.</source>
        <translation>計劃為期 %1 至 %2 天。</translation>
    </message>
    <message>
        <source>The phases must follow each other: expel from day 1, then regulate, then tonify to the last day.</source>
        <translation>各階段必須依次排列：由第一天開始「排」，然後「調」，再「補」至最後一天。</translation>
    </message>
    <message>
        <source>A follow-up visit on day %1 falls outside the plan.</source>
        <translation>第 %1 天的覆診不在計劃日期內。</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>This plan supports your recovery. It does not replace care from your doctor or hospital.</source>
        <translation>這份計劃幫助你康復，但不能取代醫生或醫院的診治。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1頁，共%2頁</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>計劃：%1</translation>
    </message>
    <message>
        <source>Expel (排): warm, light food that is easy to digest, while the body clears and the bleeding settles.</source>
        <translation>排：出血漸止期間，吃溫暖、清淡、容易消化的食物。</translation>
    </message>
    <message>
        <source>Regulate (調): strengthen digestion and begin to rebuild qi and blood.</source>
        <translation>調：健脾開胃，開始調養氣血。</translation>
    </message>
    <message>
        <source>Tonify (補): nourish qi and blood and build up strength again.</source>
        <translation>補：補養氣血，慢慢恢復體力。</translation>
    </message>
    <message>
        <source>Week %1 (continued) · %2</source>
        <translation>第%1週（續） · %2</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>第%1週 · %2</translation>
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
        <translation>湯</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶飲</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>小食</translation>
    </message>
    <message>
        <source>as your practitioner directs</source>
        <translation>按醫師指示服用</translation>
    </message>
    <message>
        <source>Diet schedule</source>
        <translation>飲食安排</translation>
    </message>
    <message>
        <source>Foods to avoid for now</source>
        <translation>暫時避免的食物</translation>
    </message>
    <message>
        <source>Sources differ: %1</source>
        <translation>資料說法不一：%1</translation>
    </message>
    <message>
        <source>Rest and activity schedule</source>
        <translation>休息與活動安排</translation>
    </message>
    <message>
        <source>Rest comes first in these weeks, with gentle movement every day. Each day&apos;s line says how much to do; go at your own pace and rest more whenever you need to.</source>
        <translation>這幾週以休息為先，每天輕輕活動。每天一行寫明活動多少；按自己的步伐，需要時便多休息。</translation>
    </message>
    <message>
        <source>Rest and activity</source>
        <translation>休息與活動</translation>
    </message>
    <message>
        <source>Appointments and dates</source>
        <translation>覆診及重要日子</translation>
    </message>
    <message>
        <source>Everyday care in these weeks</source>
        <translation>這幾週的日常護理</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Each day shows its soup, then its tea in italics, and ★ the dates to remember.</source>
        <translation>每天先列湯水，再以斜體列茶飲，★ 為要記住的日子。</translation>
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
        <translation>個</translation>
    </message>
    <message>
        <source>Weekly shopping list</source>
        <translation>每週購物清單</translation>
    </message>
    <message>
        <source>What the week&apos;s dishes, soups and teas need, added up. Herbs for anything your practitioner prescribes come from the clinic.</source>
        <translation>一週菜式、湯水和茶飲所需材料的總數。醫師處方的藥材由診所提供。</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>份量</translation>
    </message>
    <message>
        <source>Go to a doctor or an emergency department now if you have any of these:</source>
        <translation>如有以下任何情況，請立即求醫或前往急症室：</translation>
    </message>
    <message>
        <source>This plan does not replace medical care. If something worries you, contact your doctor or the clinic.</source>
        <translation>這份計劃不能取代醫療。如有任何擔心，請聯絡你的醫生或診所。</translation>
    </message>
    <message>
        <source>The printer does not accept this paper size.</source>
        <translation>打印機不接受這個紙張大小。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動打印機。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The saved printout cannot be read (%1).</source>
        <translation>無法讀取已儲存的列印文件（%1）。</translation>
    </message>
    <message>
        <source>This printout was saved by a newer version of Recovery Planner. Update the app to reprint it.</source>
        <translation>這份列印文件由較新版本的調養計劃儲存。請先更新程式，才能重印。</translation>
    </message>
    <message>
        <source>The saved printout cannot be read (unknown settings).</source>
        <translation>無法讀取已儲存的列印文件（設定不明）。</translation>
    </message>
    <message>
        <source>The saved printout is empty.</source>
        <translation>已儲存的列印文件是空的。</translation>
    </message>
    <message>
        <source>The print fonts were not found, so Chinese text copied out of a PDF may not match what is printed. Reinstall Recovery Planner to restore them.</source>
        <translation>找不到列印字型，從 PDF 複製出來的中文可能與印出的不同。請重新安裝調養計劃以恢復字型。</translation>
    </message>
    <message>
        <source>There is no plan number %1 in this database.</source>
        <translation>這個資料庫沒有編號 %1 的計劃。</translation>
    </message>
    <message>
        <source>Choose at least one document to print.</source>
        <translation>請至少選擇一份要列印的文件。</translation>
    </message>
    <message>
        <source>Expel (排)</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Regulate (調)</source>
        <translation>調</translation>
    </message>
    <message>
        <source>Tonify (補)</source>
        <translation>補</translation>
    </message>
    <message>
        <source>The clinic header and the patient&apos;s name take up too much of the page. Shorten them in Clinic settings.</source>
        <translation>診所抬頭和病人姓名佔了頁面太多位置。請在「診所設定」中縮短。</translation>
    </message>
    <message>
        <source>Warm, gentle food for the weeks of rest after your loss. Eat what you can manage; warm water or the day&apos;s tea is fine between meals. The weeks follow three stages, expel (排), regulate (調) and tonify (補); each week says what its stage is for.</source>
        <translation>這幾週休養期間，飲食以溫和為主。吃得下多少便吃多少；兩餐之間可喝溫水或當天的茶飲。這幾週分為排、調、補三個階段；每週都寫明該階段的作用。</translation>
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
        <translation>你現在仍然出血量多。食物不能治療大量出血：如1小時內或更短時間便濕透1片衛生巾、排出合桃般大小或更大的血塊，或感到快要暈倒，請立即前往急症室。出血減少之前，本計劃不包括補藥和滋補菜式、紅糖、酒及據說會活血的食物（「補」的幾週也只安排溫和的食物）。</translation>
    </message>
    <message>
        <source>from your practitioner</source>
        <translation>由醫師提供</translation>
    </message>
    <message>
        <source>your local emergency number</source>
        <translation>當地緊急電話</translation>
    </message>
    <message>
        <source>Expel (排): warm, light food that is easy to digest, while the bleeding after stopping the support medicines comes and settles.</source>
        <translation>排：停用支持藥物後的出血來臨、漸止期間，吃溫暖、清淡、容易消化的食物。</translation>
    </message>
    <message>
        <source>chosen by your practitioner: see foods to avoid</source>
        <translation>醫師為你選用，見「暫時避免的食物」</translation>
    </message>
    <message>
        <source>You are still bleeding heavily. Food does not treat heavy bleeding: if you soak a pad in an hour or less, pass clots the size of a walnut or larger, or feel faint, go to an emergency department now. Until the bleeding settles, this plan leaves out tonic herbs and rich tonic dishes, brown sugar, wine and the foods said to move blood (its tonify weeks keep to gentle food), except where your practitioner has chosen one for you: the diet schedule marks it.</source>
        <translation>你現在仍然出血量多。食物不能治療大量出血：如1小時內或更短時間便濕透1片衛生巾、排出合桃般大小或更大的血塊，或感到快要暈倒，請立即前往急症室。出血減少之前，本計劃不包括補藥和滋補菜式、紅糖、酒及據說會活血的食物（「補」的幾週也只安排溫和的食物），只有醫師特意為你安排的除外，飲食安排上已註明。</translation>
    </message>
    <message>
        <source>day %1, %2: %3</source>
        <translation>第%1天（%2）：%3</translation>
    </message>
    <message>
        <source>Except: your practitioner has chosen this for you all the same on these days: %1. Ask her about it if you are unsure.</source>
        <translation>例外：你的醫師仍在以下日子為你安排了這類食物：%1。如有疑問，請向醫師查詢。</translation>
    </message>
    <message>
        <source>%1, from day %2</source>
        <translation>%1，由第%2天起</translation>
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
        <translation>無法把列印文件存入列印記錄：文件是空的。</translation>
    </message>
    <message>
        <source>This printout is no longer in the print history.</source>
        <translation>列印記錄中已沒有這份列印文件。</translation>
    </message>
</context>
<context>
    <name>RepositoryText</name>
    <message>
        <source>The file number “%1” already belongs to %2. Each patient needs her own file number.</source>
        <translation>病歷編號「%1」已屬於%2。每位病人都需要自己的病歷編號。</translation>
    </message>
    <message>
        <source>This patient is no longer in the database. Nothing was saved.</source>
        <translation>此病人已不在資料庫中。沒有儲存任何資料。</translation>
    </message>
    <message>
        <source>A loss in this history is no longer in the database. Nothing was saved.</source>
        <translation>此紀錄中有一項流產／移植失敗紀錄已不在資料庫中。沒有儲存任何資料。</translation>
    </message>
    <message>
        <source>This patient is no longer in the database.</source>
        <translation>此病人已不在資料庫中。</translation>
    </message>
    <message>
        <source>This patient&apos;s record was changed at another desk after you opened it. Nothing was saved, and your changes are still on screen. Note them, close this window and open the patient again to see the latest record.</source>
        <translation>你開啟此病人紀錄後，另一部電腦修改了這份紀錄。沒有儲存任何資料，你的更改仍在畫面上。請先記下更改，關閉此視窗，再重新開啟病人紀錄查看最新內容。</translation>
    </message>
    <message>
        <source>A loss in this history has a recovery plan, so it cannot be removed. Nothing was saved.</source>
        <translation>此紀錄中有一項流產／移植失敗紀錄已有調養計劃，因此不能移除。沒有儲存任何資料。</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>紀錄不能與自己合併。</translation>
    </message>
    <message>
        <source>The two records cannot be merged: %1</source>
        <translation>這兩份紀錄不能合併：%1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Demo patients not added</source>
        <translation>未加入示範病人</translation>
    </message>
    <message>
        <source>Chinese font missing</source>
        <translation>缺少中文字型</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>The patient file was not used: %1</source>
        <translation>沒有使用此病人檔案：%1</translation>
    </message>
    <message>
        <source>There is no plan number %1 in this database.</source>
        <translation>這個資料庫沒有編號 %1 的計劃。</translation>
    </message>
    <message>
        <source>The PDF was written, but it could not be recorded on the patient: %1</source>
        <translation>PDF 已寫入，但無法記錄在病人資料中：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>已寫入 %1（共 %2 頁）。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>在 %1 找不到資料庫。</translation>
    </message>
    <message>
        <source>Plan number %1 is a template, not a patient&apos;s plan: there is no one to print it for.</source>
        <translation>編號 %1 的計劃是範本，不是病人的計劃：沒有可以為之列印的病人。</translation>
    </message>
    <message>
        <source>Database server password</source>
        <translation>資料庫伺服器密碼</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Give the password when asked, or put it in a pgpass file (~/.pgpass, readable only by you); see docs/postgresql.md.</source>
        <translation>請在要求時輸入密碼，或把密碼放在 pgpass 檔案中（~/.pgpass，只有你可以讀取）；詳見 docs/postgresql.md。</translation>
    </message>
    <message>
        <source>The database file “%1” is on a network share. SQLite is not safe there: its write-ahead log does not work over a network file system, and two desks writing at once can damage the file. Keep the file on this computer&apos;s own disk, or, for several desks, set up a PostgreSQL server (see docs/postgresql.md).</source>
        <translation>資料庫檔案「%1」位於網絡共用資料夾。SQLite 在那裡並不安全：它的預寫日誌無法在網絡檔案系統上運作，兩部電腦同時寫入可能會損壞檔案。請把檔案放在這部電腦自己的磁碟上；如有多部電腦，請設立 PostgreSQL 伺服器（見 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>資料庫位於網絡共用資料夾</translation>
    </message>
    <message>
        <source>Recovery Planner</source>
        <translation>調養計劃</translation>
    </message>
    <message>
        <source>Updating the patient search for this version of Recovery Planner. This is done once; with many patients it takes a few minutes. If the computer stops meanwhile, nothing is lost: it starts again next time.</source>
        <translation>正在為這個版本的調養計劃更新病人搜尋。只需做一次；病人多時需時幾分鐘。期間電腦如果停止，資料不會遺失，下次開啟時會重新再做。</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>The database is busy: another desk is saving. Nothing was lost; please try again in a moment.</source>
        <translation>資料庫忙碌中：另一部電腦正在儲存。沒有遺失任何資料；請稍後再試。</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only). Your changes are still on screen; nothing was saved.</source>
        <translation>無法寫入資料庫檔案（檔案為唯讀）。你的更改仍在畫面上；沒有儲存任何資料。</translation>
    </message>
    <message>
        <source>The disk is full. Your changes are still on screen; free some space and save again.</source>
        <translation>磁碟已滿。你的更改仍在畫面上；請騰出空間後再儲存。</translation>
    </message>
    <message>
        <source>The database reported an error, and nothing was saved: %1</source>
        <translation>資料庫發生錯誤，沒有儲存任何資料：%1</translation>
    </message>
    <message>
        <source>The database server does not let this desk write (the database is read-only or this user may only read). Your changes are still on screen; nothing was saved. Ask whoever looks after the server.</source>
        <translation>資料庫伺服器不允許這部電腦寫入（資料庫是唯讀的，或此使用者只可讀取）。你的更改仍在畫面上；沒有儲存任何資料。請聯絡管理伺服器的人。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Your changes are still on screen; nothing was saved. Ask whoever looks after the server to free some space, then save again.</source>
        <translation>資料庫伺服器的磁碟已滿。你的更改仍在畫面上；沒有儲存任何資料。請管理伺服器的人騰出空間，然後再儲存。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (the server may be restarting, or the network is down). Nothing was saved, and your changes are still on screen. Recovery Planner connects again by itself as soon as the server answers; then save again.</source>
        <translation>與資料庫伺服器的連線中斷了（伺服器可能正在重新啟動，或網絡中斷）。沒有儲存任何資料，你的更改仍在畫面上。伺服器一恢復回應，調養計劃便會自動重新連線；屆時請再儲存一次。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while your changes were being saved, so it is not known yet whether the server kept them. They are still on screen. Recovery Planner connects again by itself; when the server answers, save again: it first checks what the server has, and never saves them twice.</source>
        <translation>儲存你的更改期間，與資料庫伺服器的連線中斷了，所以暫時不知道伺服器是否已保存這些更改。更改仍在畫面上。調養計劃會自動重新連線；伺服器恢復回應後，請再儲存一次：程式會先查核伺服器上的資料，絕不會重複儲存。</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <source>Cold (寒)</source>
        <translation>寒</translation>
    </message>
    <message>
        <source>Heat (熱)</source>
        <translation>熱</translation>
    </message>
    <message>
        <source>Neutral (平和)</source>
        <translation>平和</translation>
    </message>
    <message>
        <source>Qi and blood deficiency (氣血兩虛)</source>
        <translation>氣血兩虛</translation>
    </message>
    <message>
        <source>Liver Qi stagnation (肝氣鬱結)</source>
        <translation>肝氣鬱結</translation>
    </message>
    <message>
        <source>Kidney Qi deficiency (腎氣不足)</source>
        <translation>腎氣不足</translation>
    </message>
    <message>
        <source>Kidney Yang deficiency (腎陽虛)</source>
        <translation>腎陽虛</translation>
    </message>
    <message>
        <source>Kidney Yin deficiency (腎陰虛)</source>
        <translation>腎陰虛</translation>
    </message>
    <message>
        <source>Spleen deficiency with phlegm-damp (脾虛痰濕)</source>
        <translation>脾虛痰濕</translation>
    </message>
    <message>
        <source>Damp-heat (濕熱)</source>
        <translation>濕熱</translation>
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
        <translation>海鮮過敏</translation>
    </message>
    <message>
        <source>Takes anticoagulants</source>
        <translation>正服用抗凝血藥</translation>
    </message>
    <message>
        <source>Hepatitis</source>
        <translation>肝炎</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>正在餵哺母乳</translation>
    </message>
    <message>
        <source>Planning to conceive soon</source>
        <translation>計劃短期內懷孕</translation>
    </message>
    <message>
        <source>Miscarriage</source>
        <translation>流產</translation>
    </message>
    <message>
        <source>Failed IVF transfer</source>
        <translation>試管嬰兒植入失敗</translation>
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
        <translation>藥物處理</translation>
    </message>
    <message>
        <source>Surgical (D&amp;C)</source>
        <translation>手術（刮宮）</translation>
    </message>
    <message>
        <source>Expel (排)</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Regulate (調)</source>
        <translation>調</translation>
    </message>
    <message>
        <source>Tonify (補)</source>
        <translation>補</translation>
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
        <translation>湯</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶飲</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>小食</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>菜式</translation>
    </message>
    <message>
        <source>Tea or drink</source>
        <translation>茶飲</translation>
    </message>
    <message>
        <source>Porridge</source>
        <translation>粥品</translation>
    </message>
    <message>
        <source>Formula (practitioner only)</source>
        <translation>方劑（醫師專用）</translation>
    </message>
    <message>
        <source>Foods to avoid</source>
        <translation>應避免的食物</translation>
    </message>
    <message>
        <source>Rest and daily life</source>
        <translation>休息與日常生活</translation>
    </message>
    <message>
        <source>Follow-up milestone</source>
        <translation>跟進事項</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>危險徵狀</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>抗凝血藥</translation>
    </message>
    <message>
        <source>Hepatitis or alcohol</source>
        <translation>肝炎或酒精</translation>
    </message>
    <message>
        <source>Heat constitution</source>
        <translation>熱性體質</translation>
    </message>
    <message>
        <source>Cold constitution</source>
        <translation>寒性體質</translation>
    </message>
    <message>
        <source>After surgical management</source>
        <translation>手術處理後</translation>
    </message>
    <message>
        <source>Heavy bleeding</source>
        <translation>大量出血</translation>
    </message>
    <message>
        <source>Planning to conceive</source>
        <translation>計劃懷孕</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>內置</translation>
    </message>
    <message>
        <source>Clinic&apos;s version</source>
        <translation>診所修訂版</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>診所自訂</translation>
    </message>
    <message>
        <source>Day&apos;s rest and activity</source>
        <translation>當天的休息和活動</translation>
    </message>
    <message>
        <source>Diet schedule</source>
        <translation>飲食安排</translation>
    </message>
    <message>
        <source>Rest and activity schedule</source>
        <translation>休息與活動安排</translation>
    </message>
    <message>
        <source>Calendar for the fridge</source>
        <translation>貼在雪櫃的日曆</translation>
    </message>
    <message>
        <source>Weekly shopping list</source>
        <translation>每週購物清單</translation>
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
        <translation>左右並排</translation>
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
        <translation>打印機</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>病人紀錄</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>取消封存</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Merged from an import</source>
        <translation>由匯入合併</translation>
    </message>
    <message>
        <source>Merged with another record</source>
        <translation>與另一份紀錄合併</translation>
    </message>
    <message>
        <source>Wine not chosen for her</source>
        <translation>未為她選用酒煮菜式</translation>
    </message>
    <message>
        <source>Wine dishes chosen</source>
        <translation>已選用酒煮菜式</translation>
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
        <translation>試管嬰兒療程後</translation>
    </message>
    <message>
        <source>Not after IVF</source>
        <translation>非試管嬰兒療程</translation>
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
        <translation>肝臟</translation>
    </message>
    <message>
        <source>Fish or seafood</source>
        <translation>魚或海鮮</translation>
    </message>
    <message>
        <source>Blood-moving</source>
        <translation>活血</translation>
    </message>
    <message>
        <source>Interacts with anticoagulants</source>
        <translation>與抗凝血藥相互作用</translation>
    </message>
    <message>
        <source>Warming</source>
        <translation>溫熱</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>寒涼</translation>
    </message>
    <message>
        <source>Not in pregnancy</source>
        <translation>懷孕期間不宜</translation>
    </message>
    <message>
        <source>Tonic</source>
        <translation>補益</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1太長：最多 %2 個字。</translation>
    </message>
    <message>
        <source>%1 contains characters that cannot be shown or printed (such as control characters). Please retype it.</source>
        <translation>%1含有無法顯示或列印的字元（例如控制字元），請重新輸入。</translation>
    </message>
    <message>
        <source>Enter an English name or a Chinese name.</source>
        <translation>請輸入英文姓名或中文姓名。</translation>
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
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>The file number</source>
        <translation>病歷編號</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>出生日期不可以是未來的日子。</translation>
    </message>
    <message>
        <source>The date of birth is more than %1 years ago. Please check it.</source>
        <translation>出生日期在 %1 年以前，請核對。</translation>
    </message>
    <message>
        <source>Enter the date of the loss.</source>
        <translation>請輸入流產／移植失敗日期。</translation>
    </message>
    <message>
        <source>The date of a loss cannot be in the future.</source>
        <translation>流產／移植失敗日期不可以是未來的日子。</translation>
    </message>
    <message>
        <source>The date of a loss cannot be before the date of birth.</source>
        <translation>流產／移植失敗日期不可以早於出生日期。</translation>
    </message>
    <message>
        <source>The gestational week must be between %1 and %2.</source>
        <translation>懷孕週數必須在 %1 至 %2 之間。</translation>
    </message>
    <message>
        <source>The notes on a loss</source>
        <translation>流產／移植失敗紀錄的備註</translation>
    </message>
    <message>
        <source>The clinic&apos;s name in English</source>
        <translation>診所英文名稱</translation>
    </message>
    <message>
        <source>The clinic&apos;s name in Chinese</source>
        <translation>診所中文名稱</translation>
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
        <translation>醫師英文姓名</translation>
    </message>
    <message>
        <source>The practitioner&apos;s name in Chinese</source>
        <translation>醫師中文姓名</translation>
    </message>
    <message>
        <source>The logo is too large: choose a picture under 1 MB.</source>
        <translation>標誌檔案太大：請選擇小於 1 MB 的圖片。</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only, at most %1 characters.</source>
        <translation>只可使用數字、空格、+、- 和括號，最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The emergency number: %1</source>
        <translation>緊急電話：%1</translation>
    </message>
    <message>
        <source>At most two crisis lines are printed.</source>
        <translation>最多印出兩條危機支援熱線。</translation>
    </message>
    <message>
        <source>Crisis line %1&apos;s name in English</source>
        <translation>危機支援熱線 %1 的英文名稱</translation>
    </message>
    <message>
        <source>Crisis line %1&apos;s name in Chinese</source>
        <translation>危機支援熱線 %1 的中文名稱</translation>
    </message>
    <message>
        <source>Crisis line %1&apos;s number: %2</source>
        <translation>危機支援熱線 %1 的電話：%2</translation>
    </message>
    <message>
        <source>Crisis line %1 has a name but no number: enter its number, or clear its name.</source>
        <translation>危機支援熱線 %1 有名稱但沒有電話：請輸入電話，或清除名稱。</translation>
    </message>
</context>
<context>
    <name>rp::AboutDialog</name>
    <message>
        <source>About Recovery Planner</source>
        <translation>關於調養計劃</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>資料：%1</translation>
    </message>
    <message>
        <source>Recovery Planner %1</source>
        <translation>調養計劃 %1</translation>
    </message>
    <message>
        <source>Recovery plans for the weeks after a miscarriage or a failed IVF cycle, for Traditional Chinese Medicine clinics.</source>
        <translation>為中醫診所而設：流產或人工受孕（IVF）失敗後數星期的調養計劃。</translation>
    </message>
    <message>
        <source>The plans support a practitioner&apos;s care; they do not replace a doctor&apos;s.</source>
        <translation>計劃用以輔助中醫師的診治，不能取代醫生的診治。</translation>
    </message>
    <message>
        <source>&amp;Sources of the content: each food, rest advice and warning names its source codes</source>
        <translation>內容資料來源(&amp;S)：每項食物、休養建議及警告均註明其來源代號</translation>
    </message>
    <message>
        <source>The clinic&apos;s own practice (items the clinic added)</source>
        <translation>診所本身的做法（診所自行加入的項目）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Recovery Planner is free software: you may share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>調養計劃是自由軟件：你可以按 GNU 通用公眾授權條款第 3 版或之後的版本分享和修改它。本軟件不附帶任何保證。</translation>
    </message>
    <message>
        <source>Built with Qt %1. The print fonts are a subset of Noto Sans CJK (SIL Open Font License 1.1); Traditional to Simplified conversion by OpenCC (Apache License 2.0); pinyin and Jyutping readings made from the Unicode Unihan database (Unicode licence).</source>
        <translation>以 Qt %1 建置。列印字型取自 Noto Sans CJK 的部分字元（SIL 開放字型授權 1.1）；繁簡轉換由 OpenCC 提供（Apache 授權 2.0）；拼音和粵拼讀音取自 Unicode 的 Unihan 資料庫（Unicode 授權）。</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>授權條款(&amp;L)…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
</context>
<context>
    <name>rp::AuditDialog</name>
    <message>
        <source>History of changes: %1</source>
        <translation>修改記錄：%1</translation>
    </message>
    <message>
        <source>No changes have been recorded for her yet.</source>
        <translation>她的紀錄暫時未有任何修改。</translation>
    </message>
    <message>
        <source>Every change to her record, her losses and her plans, newest first, with the computer user and desk that made it.</source>
        <translation>她的紀錄、流產／移植失敗紀錄和計劃的每一次修改，最新的排在最前，並列出作出修改的電腦使用者和電腦。</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>更改紀錄，最新的在前</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>病歷編號</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Constitution</source>
        <translation>體質</translation>
    </message>
    <message>
        <source>TCM patterns</source>
        <translation>中醫證型</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>身體狀況</translation>
    </message>
    <message>
        <source>Printouts in</source>
        <translation>列印語言</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Date of the loss</source>
        <translation>流產／移植失敗日期</translation>
    </message>
    <message>
        <source>Kind of loss</source>
        <translation>類別（流產／移植失敗）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>懷孕週數</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Notes on the loss</source>
        <translation>流產／移植失敗紀錄備註</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation>日數</translation>
    </message>
    <message>
        <source>Stages, follow-ups or practitioner items</source>
        <translation>階段、覆診或醫師專用項目</translation>
    </message>
    <message>
        <source>Days changed</source>
        <translation>修改的日子</translation>
    </message>
    <message>
        <source>From a file exported on</source>
        <translation>匯出檔案的時間</translation>
    </message>
    <message>
        <source>by Recovery Planner</source>
        <translation>匯出的調養計劃版本</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
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
        <translation>%1：已刪除 %2</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Merged with the record of</source>
        <translation>合併了以下病人的紀錄</translation>
    </message>
    <message>
        <source>Conceived by IVF</source>
        <translation>經試管嬰兒療程懷孕</translation>
    </message>
</context>
<context>
    <name>rp::BackupController</name>
    <message>
        <source>Today&apos;s backup was made: %1</source>
        <translation>今天的備份已完成：%1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made.</source>
        <translation>今天的自動備份未能完成。</translation>
    </message>
    <message>
        <source>Automatic backup not made</source>
        <translation>未能自動備份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Recovery Planner backups (*.sqlite)</source>
        <translation>調養計劃備份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>未能備份</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已備份至 %1（%2）。</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <source>The backup was saved as “%1” (%2).

To be safe from a broken or lost computer, also copy it to another disk from time to time.</source>
        <translation>備份已儲存為「%1」（%2）。

為免電腦損壞或遺失，請不時把備份另外複製到其他磁碟。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Recovery Planner backups (*.sqlite);;All files (*)</source>
        <translation>調養計劃備份 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>無法還原此檔案</translation>
    </message>
    <message>
        <source>Made: %1
Patients in the backup: %2
Patients now: %3

All the current data will be replaced by the backup&apos;s: whatever was entered or changed since it was made will no longer be there. First, a safety copy of the current data is made in the folder “%4”, so nothing is lost: it can be restored the same way.</source>
        <translation>備份時間：%1
備份中的病人：%2
目前的病人：%3

目前所有資料都會被備份的資料取代：備份之後輸入或修改的內容將不再存在。程式會先把目前的資料製作安全副本，存放在資料夾「%4」中，所以不會遺失任何資料：可用同樣方法還原。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Replace the current data?</source>
        <translation>要取代目前的資料嗎？</translation>
    </message>
    <message>
        <source>Restore the backup “%1”?</source>
        <translation>要還原備份「%1」嗎？</translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation>以此備份取代(&amp;R)</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>未能還原備份</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已還原 %1。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>備份已還原</translation>
    </message>
    <message>
        <source>The data from “%1” is now in use (patients: %2).

The data you had before is kept in the safety copy “%3”.</source>
        <translation>現正使用「%1」的資料（病人：%2）。

原有資料保存在安全副本「%3」中。</translation>
    </message>
    <message>
        <source>%1 (and %2 archived)</source>
        <translation>%1（另有 %2 位已封存）</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is still being made. Try again in a moment; nothing was changed.</source>
        <translation>今天的自動備份仍在進行中。請稍後再試；沒有更改任何資料。</translation>
    </message>
</context>
<context>
    <name>rp::ClinicSettingsDialog</name>
    <message>
        <source>&amp;Remove logo</source>
        <translation>移除標誌(&amp;R)</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>診所設定</translation>
    </message>
    <message>
        <source>Printed at the top of every page a patient takes home. Enter the Chinese once; Simplified Chinese printouts convert it.</source>
        <translation>印在病人帶回家的每一頁頂部。中文只需輸入一次，簡體中文的列印文件會自動轉換。</translation>
    </message>
    <message>
        <source>Clinic name (&amp;English):</source>
        <translation>診所名稱（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Clinic name (&amp;Chinese):</source>
        <translation>診所名稱（中文）(&amp;C)：</translation>
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
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Prac&amp;titioner (English):</source>
        <translation>醫師（英文）(&amp;T)：</translation>
    </message>
    <message>
        <source>Practitio&amp;ner (Chinese):</source>
        <translation>醫師（中文）(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>選擇標誌(&amp;L)…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <source>“%1” is not a picture Recovery Planner can read (%2). Choose a PNG or JPEG file.</source>
        <translation>「%1」不是調養計劃能讀取的圖片（%2）。請選擇 PNG 或 JPEG 檔案。</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>選擇診所標誌</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>沒有</translation>
    </message>
    <message>
        <source>The clinic settings were not saved: %1</source>
        <translation>診所設定未儲存：%1</translation>
    </message>
    <message>
        <source>Emergency and crisis numbers</source>
        <translation>緊急及危機支援電話</translation>
    </message>
    <message>
        <source>Printed with the red flags once the clinic has confirmed them; while they are empty, printouts say “your local emergency number”.</source>
        <translation>診所確認後會與危險徵狀一併印出；未填寫時，列印文件會寫「當地緊急電話」。</translation>
    </message>
    <message>
        <source>Local emer&amp;gency number:</source>
        <translation>當地緊急電話(&amp;G)：</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>24-hour crisis line &amp;1:</source>
        <translation>24小時危機支援熱線 1(&amp;1)：</translation>
    </message>
    <message>
        <source>24-hour crisis line &amp;2:</source>
        <translation>24小時危機支援熱線 2(&amp;2)：</translation>
    </message>
    <message>
        <source>Crisis line %1, name in English</source>
        <translation>危機支援熱線 %1，英文名稱</translation>
    </message>
    <message>
        <source>Crisis line %1, name in Chinese</source>
        <translation>危機支援熱線 %1，中文名稱</translation>
    </message>
    <message>
        <source>Crisis line %1, number</source>
        <translation>危機支援熱線 %1，電話</translation>
    </message>
</context>
<context>
    <name>rp::DateField</name>
    <message>
        <source>Type a date, such as %1.</source>
        <translation>請輸入日期，例如 %1。</translation>
    </message>
    <message>
        <source>Reads as %1.</source>
        <translation>即 %1。</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>從月曆選擇（Alt+Down）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>月曆</translation>
    </message>
</context>
<context>
    <name>rp::DemoLauncher</name>
    <message>
        <source>The demo window could not be started.</source>
        <translation>無法開啟示範視窗。</translation>
    </message>
</context>
<context>
    <name>rp::FollowUpModel</name>
    <message>
        <source>%1
day %2 of her plan</source>
        <translation>%1
計劃第 %2 天</translation>
    </message>
</context>
<context>
    <name>rp::HelpWindow</name>
    <message>
        <source>Recovery Planner user guide</source>
        <translation>調養計劃使用指南</translation>
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
        <translation>份量</translation>
    </message>
    <message>
        <source>Unit (g, ml, piece)</source>
        <translation>單位（g、ml、piece）</translation>
    </message>
    <message>
        <source>Choose an ingredient from the list.</source>
        <translation>請從清單中選擇材料。</translation>
    </message>
    <message>
        <source>%1 (not in the ingredient list: choose the one it is)</source>
        <translation>%1（不在食材清單中：請選出對應的一項）</translation>
    </message>
    <message>
        <source>Choose an ingredient…</source>
        <translation>選擇材料…</translation>
    </message>
    <message>
        <source>Or, when a rule holds it: %1</source>
        <translation>如規則不允許，可改用：%1</translation>
    </message>
    <message>
        <source>A medicinal herb: its amount is never printed unless you set the clinic&apos;s pack.</source>
        <translation>藥材：除非你設定了診所配包的份量，否則不會印出份量。</translation>
    </message>
    <message>
        <source>The amount in the clinic&apos;s own pack: the only herb amount the patient reads.</source>
        <translation>診所自己配包的份量：病人只會看到這個藥材份量。</translation>
    </message>
    <message>
        <source>Only a medicinal herb has a clinic pack.</source>
        <translation>只有藥材才有診所配包。</translation>
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
        <translation>診所配包</translation>
    </message>
</context>
<context>
    <name>rp::ItemDialog</name>
    <message>
        <source>New library item</source>
        <translation>新增目錄項目</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>編輯：%1</translation>
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
        <translation>名稱及說明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;When and for whom</source>
        <translation>時間及對象(&amp;W)</translation>
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
        <translation>%1名稱</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <translation>名稱（%1）：</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>%1說明</translation>
    </message>
    <message>
        <source>Description (%1):</source>
        <translation>說明（%1）：</translation>
    </message>
    <message>
        <source>Fill 简体 from 繁體</source>
        <translation>由繁體填寫简体</translation>
    </message>
    <message>
        <source>Writes the Simplified Chinese from the Traditional, where it is empty. Read it before saving.</source>
        <translation>在簡體欄位空白時，由繁體轉換填寫。儲存前請先核對。</translation>
    </message>
    <message>
        <source>Source codes from the source key (T4, M28 …); CLINIC for the clinic&apos;s own practice.</source>
        <translation>資料來源編號（T4、M28 …）；診所自己的做法用 CLINIC。</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>資料來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
    <message>
        <source>From &amp;day:</source>
        <translation>由第幾天起(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Until day:</source>
        <translation>至第幾天止(&amp;U)：</translation>
    </message>
    <message>
        <source>At &amp;most, days in a plan:</source>
        <translation>一份計劃中最多天數(&amp;M)：</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>用餐時段</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Not for (contraindications)</source>
        <translation>不適用於（禁忌）</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>&amp;Add ingredient</source>
        <translation>新增材料(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove ingredient</source>
        <translation>移除材料(&amp;R)</translation>
    </message>
    <message>
        <source>At most, &amp;times a week:</source>
        <translation>每週最多次數(&amp;T)：</translation>
    </message>
    <message>
        <source>Pages of the item</source>
        <translation>項目各頁</translation>
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
        <translation>不在適用階段</translation>
    </message>
    <message>
        <source>not on this day</source>
        <translation>不適用於這一天</translation>
    </message>
    <message>
        <source>%1 — not for her: %2</source>
        <translation>%1 — 不適合她：%2</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>&amp;Leave empty</source>
        <translation>留空(&amp;L)</translation>
    </message>
    <message>
        <source>Filter the items</source>
        <translation>篩選項目</translation>
    </message>
    <message>
        <source>Down arrow goes to the list; Enter chooses the only match.</source>
        <translation>按向下鍵進入清單；只有一項相符時，按 Enter 即選取。</translation>
    </message>
    <message>
        <source>Items for this meal</source>
        <translation>這一餐可選的項目</translation>
    </message>
</context>
<context>
    <name>rp::LanguageManager</name>
    <message>
        <source>Chinese text cannot be shown correctly: the font %1 is not installed. Install the Debian package fonts-noto-cjk (sudo apt install fonts-noto-cjk) and restart Recovery Planner.</source>
        <translation>中文無法正確顯示：未安裝字型 %1。請安裝 Debian 套件 fonts-noto-cjk（sudo apt install fonts-noto-cjk），然後重新啟動調養計劃。</translation>
    </message>
    <message>
        <source>Recovery Planner</source>
        <translation>調養計劃</translation>
    </message>
</context>
<context>
    <name>rp::LibraryModel</name>
    <message>
        <source>%1, hidden</source>
        <translation>%1，已隱藏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>用餐時段</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>rp::LibraryWindow</name>
    <message>
        <source>Cannot read the library</source>
        <translation>無法讀取調養目錄</translation>
    </message>
    <message>
        <source>Showing %1 of %2 items</source>
        <translation>顯示 %2 項中的 %1 項</translation>
    </message>
    <message>
        <source>&amp;Show again</source>
        <translation>重新顯示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
        <source>Red flags are printed on every plan and cannot be changed or hidden.</source>
        <translation>危險徵狀會印在每份計劃上，不能修改或隱藏。</translation>
    </message>
    <message>
        <source>Change this item; a built-in item becomes the clinic&apos;s version</source>
        <translation>修改此項目；內置項目會成為診所修訂版</translation>
    </message>
    <message>
        <source>Hidden items are not offered in plans; nothing is deleted</source>
        <translation>已隱藏的項目不會在計劃中建議；不會刪除任何資料</translation>
    </message>
    <message>
        <source>Reset to the original</source>
        <translation>還原為原本版本</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s version of “%1” with the built-in original? The clinic&apos;s changes to this item are discarded.</source>
        <translation>要以內置原本版本取代「%1」的診所修訂版嗎？診所對此項目的修改將會捨棄。</translation>
    </message>
    <message>
        <source>Cannot reset this item</source>
        <translation>無法還原此項目</translation>
    </message>
    <message>
        <source>Cannot change this item</source>
        <translation>無法更改此項目</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>所有階段</translation>
    </message>
    <message>
        <source>All meals</source>
        <translation>所有用餐時段</translation>
    </message>
    <message>
        <source>Any constitution</source>
        <translation>任何體質</translation>
    </message>
    <message>
        <source>Any contraindication</source>
        <translation>任何禁忌</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>調養目錄</translation>
    </message>
    <message>
        <source>Search names and ingredients (English or Chinese) or a source code</source>
        <translation>以名稱、材料（英文或中文）或資料來源編號搜尋</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋調養目錄</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>用餐時段</translation>
    </message>
    <message>
        <source>Suitable for a constitution</source>
        <translation>適合某種體質</translation>
    </message>
    <message>
        <source>Items she may have with this constitution</source>
        <translation>此體質可以食用的項目</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <source>Items that must not be given with this condition</source>
        <translation>有此情況時不可使用的項目</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>顯示已隱藏</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新增項目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset to original</source>
        <translation>還原為原本版本(&amp;R)</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>調養目錄項目</translation>
    </message>
    <message>
        <source>Enter edits the highlighted item.</source>
        <translation>按 Enter 編輯選中的項目。</translation>
    </message>
    <message>
        <source>About the highlighted item</source>
        <translation>選中項目的詳情</translation>
    </message>
    <message>
        <source>Items of one kind: foods, rest, milestones, red flags</source>
        <translation>某一類項目：食物、休息、跟進事項、危險徵狀</translation>
    </message>
    <message>
        <source>Items for one stage: expel, regulate or tonify</source>
        <translation>某一階段的項目：排、調或補</translation>
    </message>
    <message>
        <source>Items for one meal of the day</source>
        <translation>一天中某一餐的項目</translation>
    </message>
</context>
<context>
    <name>rp::LossDialog</name>
    <message>
        <source>Edit loss</source>
        <translation>編輯流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>Add loss</source>
        <translation>新增流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 週</translation>
    </message>
    <message>
        <source>&amp;Date of loss:</source>
        <translation>流產／移植失敗日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Gestational week:</source>
        <translation>懷孕週數(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Management:</source>
        <translation>處理方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Conceived by &amp;IVF</source>
        <translation>經試管嬰兒療程懷孕(&amp;I)</translation>
    </message>
    <message>
        <source>A failed transfer is always an IVF pregnancy.</source>
        <translation>胚胎移植失敗一定屬試管嬰兒療程。</translation>
    </message>
    <message>
        <source>The day of the negative test, when support medication stops.</source>
        <translation>驗孕結果為陰性、停用支持藥物的那一天。</translation>
    </message>
    <message>
        <source>The day the test turned negative or bleeding began.</source>
        <translation>驗孕轉為陰性或開始出血的那一天。</translation>
    </message>
    <message>
        <source>The day of the miscarriage, or of the procedure.</source>
        <translation>流產或接受手術的那一天。</translation>
    </message>
</context>
<context>
    <name>rp::LossTableModel</name>
    <message>
        <source>%1 weeks</source>
        <translation>%1 週</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Gestation</source>
        <translation>懷孕週數</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1 (IVF)</source>
        <translation>%1（試管嬰兒）</translation>
    </message>
</context>
<context>
    <name>rp::MainWindow</name>
    <message>
        <source>Recovery Planner</source>
        <translation>調養計劃</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>病人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Patient actions</source>
        <translation>病人操作</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>新增病人(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new patient (%1)</source>
        <translation>新增病人（%1）</translation>
    </message>
    <message>
        <source>&amp;Open patient…</source>
        <translation>開啟病人紀錄(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s record (Enter)</source>
        <translation>開啟所選病人的紀錄（Enter）</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>封存病人(&amp;A)…</translation>
    </message>
    <message>
        <source>Hide the selected patient from the list; nothing is deleted</source>
        <translation>在名單中隱藏所選病人；不會刪除任何資料</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>取消封存(&amp;R)</translation>
    </message>
    <message>
        <source>Return the selected archived patient to the list</source>
        <translation>把所選的已封存病人放回名單</translation>
    </message>
    <message>
        <source>&amp;Show archived patients</source>
        <translation>顯示已封存病人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>搜尋病人(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Recovery Planner</source>
        <translation>關於調養計劃(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>調養目錄(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>調養目錄(&amp;L)…</translation>
    </message>
    <message>
        <source>Dishes, soups, teas, formulas, rest advice, milestones and red flags (%1)</source>
        <translation>菜式、湯水、茶飲、方劑、休養建議、跟進事項及危險徵狀（%1）</translation>
    </message>
    <message>
        <source>New recovery &amp;plan…</source>
        <translation>新增調養計劃(&amp;P)…</translation>
    </message>
    <message>
        <source>A 30-day plan for the selected patient&apos;s loss (%1)</source>
        <translation>為所選病人的流產／移植失敗制訂三十天計劃（%1）</translation>
    </message>
    <message>
        <source>P&amp;rint plan…</source>
        <translation>列印計劃(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the selected plan for the patient, in her language (%1)</source>
        <translation>以病人的語言列印所選計劃（%1）</translation>
    </message>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>把計劃匯出為 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print &amp;history…</source>
        <translation>列印記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>診所設定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of all the data, as it is now, to a file</source>
        <translation>把目前所有資料的副本儲存到檔案</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>從備份還原(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace all the data with a backup&apos;s; a safety copy is made first</source>
        <translation>以備份的資料取代所有資料；會先製作安全副本</translation>
    </message>
    <message>
        <source>E&amp;xport patient…</source>
        <translation>匯出病人(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the selected patient, with her losses, plans and printouts, to a file for another computer</source>
        <translation>把所選病人連同她的流產／移植失敗紀錄、計劃和列印記錄儲存到檔案，供另一部電腦使用</translation>
    </message>
    <message>
        <source>&amp;Import patient…</source>
        <translation>匯入病人(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a patient from a file exported on another computer, or merge it into her record here</source>
        <translation>從另一部電腦匯出的檔案加入病人，或把它合併到她在這裡的紀錄</translation>
    </message>
    <message>
        <source>Opening the demo patients in a separate window…</source>
        <translation>正在另一個視窗開啟示範病人…</translation>
    </message>
    <message>
        <source>Demo patients</source>
        <translation>示範病人</translation>
    </message>
    <message>
        <source>Recovery Planner — demo patients (practice only)</source>
        <translation>調養計劃 — 示範病人（只供練習）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
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
        <translation>較大(&amp;L)</translation>
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
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide (%1)</source>
        <translation>開啟使用指南（%1）</translation>
    </message>
    <message>
        <source>&amp;Merge with possible duplicate…</source>
        <translation>與可能重複的紀錄合併(&amp;M)…</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>已重新連接資料庫伺服器。</translation>
    </message>
    <message>
        <source>Not connected: %1 (trying again)</source>
        <translation>未連線：%1（正在重試）</translation>
    </message>
</context>
<context>
    <name>rp::MergeController</name>
    <message>
        <source>Records not merged</source>
        <translation>紀錄未合併</translation>
    </message>
    <message>
        <source>Merge with possible duplicate</source>
        <translation>與可能重複的紀錄合併</translation>
    </message>
    <message>
        <source>No other record has the same names and date of birth or the same phone as %1.</source>
        <translation>沒有其他紀錄與%1的姓名和出生日期相同，或電話相同。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>%1 and %2 will not be flagged as possible duplicates again.</source>
        <translation>%1與%2不會再被標示為可能重複。</translation>
    </message>
    <message>
        <source>Merge the two records?</source>
        <translation>合併這兩份紀錄？</translation>
    </message>
    <message>
        <source>Merge the two records of %1 into one?</source>
        <translation>把%1的兩份紀錄合併為一份？</translation>
    </message>
    <message>
        <source>Everything in the other record (%1) moves to the record kept, and the other record is removed. This cannot be undone.</source>
        <translation>另一份紀錄（%1）的所有內容會移到保留的紀錄，然後刪除另一份紀錄。此操作無法復原。</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>病歷編號 %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: both records are as they were.</source>
        <translation>%1

沒有任何更改：兩份紀錄保持原狀。</translation>
    </message>
    <message>
        <source>Merged the two records of %1.</source>
        <translation>已合併%1的兩份紀錄。</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>病歷編號</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Printouts: %1</source>
        <translation>列印次數：%1</translation>
    </message>
    <message>
        <source>the same names, date of birth and phone</source>
        <translation>相同的姓名、出生日期和電話</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>相同的電話</translation>
    </message>
    <message>
        <source>the same names and date of birth</source>
        <translation>相同的姓名和出生日期</translation>
    </message>
    <message>
        <source>Merge with possible duplicate</source>
        <translation>與可能重複的紀錄合併</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比較對象(&amp;W)：</translation>
    </message>
    <message>
        <source>Possible duplicate to compare with</source>
        <translation>要比較的可能重複紀錄</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This record&lt;/b&gt;</source>
        <translation>&lt;b&gt;這份紀錄&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep this record</source>
        <translation>保留這份紀錄(&amp;K)</translation>
    </message>
    <message>
        <source>Keep &amp;this one instead</source>
        <translation>改為保留這份(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合併(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <source>These are two women: stop flagging these two records.</source>
        <translation>這是兩位不同的女士：不再標示這兩份紀錄。</translation>
    </message>
    <message>
        <source>These two records may be the same woman: they have %1. Compare them. If they are the same woman, choose the record to keep and merge them; if not, say so and they will not be flagged again.</source>
        <translation>這兩份紀錄可能屬於同一位女士：兩者有%1。請比較一下。如果是同一人，請選擇要保留的紀錄再合併；如果不是，請註明，以後便不會再標示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate&lt;/b&gt;</source>
        <translation>&lt;b&gt;可能重複的紀錄&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Keep the record of %1</source>
        <translation>保留%1的紀錄</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（病歷編號 %2）</translation>
    </message>
    <message>
        <source>The record of %1 is kept, with its own details. The losses, plans, printouts and history of the other record of %2 move to it, and details it lacks are filled in from the other record. Then the other record is removed. This cannot be undone.</source>
        <translation>會保留%1的紀錄及其資料。%2另一份紀錄的流產／移植失敗紀錄、計劃、列印記錄和更改記錄會移到這份紀錄，缺少的資料會由另一份紀錄補上。然後刪除另一份紀錄。此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>rp::PatientController</name>
    <message>
        <source>Cannot open this patient</source>
        <translation>無法開啟此病人的紀錄</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>封存病人</translation>
    </message>
    <message>
        <source>Archive %1? She will be hidden from the patient list; nothing is deleted, and “Show archived” brings her back.</source>
        <translation>要封存%1嗎？她會從病人名單中隱藏；不會刪除任何資料，選擇「顯示已封存」即可再次看到她。</translation>
    </message>
    <message>
        <source>Cannot archive this patient</source>
        <translation>無法封存此病人</translation>
    </message>
    <message>
        <source>Cannot restore this patient</source>
        <translation>無法取消封存此病人</translation>
    </message>
    <message>
        <source>this patient&apos;s record</source>
        <translation>此病人紀錄</translation>
    </message>
    <message>
        <source>“Keep mine as a copy” saves your version as a separate patient record (without the file number, which stays with the other), so you can compare the two and archive the one you do not need.</source>
        <translation>「把我的版本另存為副本」會把你的版本儲存為另一份病人紀錄（不含病歷編號，編號留在另一份紀錄），讓你比較兩份紀錄，再封存不需要的一份。</translation>
    </message>
    <message>
        <source>Cannot show the history of changes</source>
        <translation>無法顯示修改記錄</translation>
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
        <translation>新增病人</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本資料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Patterns and conditions</source>
        <translation>證型及身體狀況(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Loss history (%1)</source>
        <translation>流產／移植失敗紀錄（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
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
        <translation>診所病歷編號(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;onstitution:</source>
        <translation>體質(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>TCM patterns</source>
        <translation>中醫證型</translation>
    </message>
    <message>
        <source>Conditions that change a plan</source>
        <translation>影響調養計劃的身體狀況</translation>
    </message>
    <message>
        <source>Loss history</source>
        <translation>流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>&amp;Add loss…</source>
        <translation>新增流產／移植失敗紀錄(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove loss</source>
        <translation>移除流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>Remove the loss of %1 from this history? It is removed when you save the patient.</source>
        <translation>要從紀錄中移除 %1 的流產／移植失敗紀錄嗎？儲存病人資料時才會移除。</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H)：</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未選擇</translation>
    </message>
    <message>
        <source>Printouts &amp;in:</source>
        <translation>列印語言(&amp;I)：</translation>
    </message>
    <message>
        <source>History of chan&amp;ges…</source>
        <translation>修改記錄(&amp;G)…</translation>
    </message>
    <message>
        <source>Who changed her record, losses and plans, and when</source>
        <translation>誰在甚麼時候修改了她的紀錄、流產／移植失敗紀錄和計劃</translation>
    </message>
    <message>
        <source>Enter edits the highlighted loss.</source>
        <translation>按 Enter 編輯選中的流產／移植失敗紀錄。</translation>
    </message>
    <message>
        <source>The loss of %1 has a recovery plan, so it stays in her history: a plan is always kept with the loss it was made for.</source>
        <translation>%1 的流產／移植失敗紀錄已有調養計劃，所以會保留在她的紀錄中：計劃一定與它所針對的那一次紀錄一起保存。</translation>
    </message>
    <message>
        <source>Pages of her record</source>
        <translation>她的紀錄各頁</translation>
    </message>
</context>
<context>
    <name>rp::PatientListModel</name>
    <message>
        <source>Archived: hidden from the list unless archived patients are shown.</source>
        <translation>已封存：除非選擇顯示已封存病人，否則不會在名單中出現。</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>病歷編號</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Constitution</source>
        <translation>體質</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>流產／移植
失敗次數</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>最近一次
流產／移植失敗</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (same phone)</source>
        <translation>可能與%1重複（電話相同）</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (same names and date of birth)</source>
        <translation>可能與%1重複（姓名和出生日期相同）</translation>
    </message>
</context>
<context>
    <name>rp::PatientListPanel</name>
    <message>
        <source>No patients yet. Choose “New patient” to add the first one.</source>
        <translation>尚未有病人。請選擇「新增病人」加入第一位病人。</translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <translation>病人：%1 位</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>沒有病人符合「%1」。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 patients</source>
        <translation>顯示 %2 位病人中的 %1 位</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>搜尋病人</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>All %1 patients are archived. Tick “Show archived” to see them.</source>
        <translation>全部 %1 位病人都已封存。勾選「顯示已封存」即可看到她們。</translation>
    </message>
    <message>
        <source>More than %1 patients match “%2”. The most recent losses are at the top; type more of the name or phone to narrow the list.</source>
        <translation>符合「%2」的病人超過 %1 位，最近一次流產／移植失敗的排在最前；多輸入姓名或電話的其他部分可以收窄名單。</translation>
    </message>
    <message>
        <source>Type part of a name, phone or file number. Down arrow goes to the list; Enter opens the highlighted patient.</source>
        <translation>輸入部分姓名、電話或病歷編號。按向下鍵進入清單；按 Enter 開啟選中的病人。</translation>
    </message>
    <message>
        <source>Enter opens the highlighted patient.</source>
        <translation>按 Enter 開啟選中的病人。</translation>
    </message>
    <message>
        <source>Search by name (English, Chinese, pinyin or Jyutping), phone or file number</source>
        <translation>以姓名（英文、中文、拼音或粵拼）、電話或病歷編號搜尋</translation>
    </message>
</context>
<context>
    <name>rp::PatientTransferController</name>
    <message>
        <source>Patient not exported</source>
        <translation>未能匯出病人</translation>
    </message>
    <message>
        <source>%1

No file was written.</source>
        <translation>%1

沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>匯出病人</translation>
    </message>
    <message>
        <source>Patient files (*.rpatient.json)</source>
        <translation>病人檔案 (*.rpatient.json)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已把%1匯出至 %2。</translation>
    </message>
    <message>
        <source>Patient exported</source>
        <translation>病人已匯出</translation>
    </message>
    <message>
        <source>Her record cannot be exported as it is stored: %1

Correct it in her record, then export again. No file was written.</source>
        <translation>她的紀錄無法按目前儲存的內容匯出：%1

請在她的紀錄中更正，然後再匯出。沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2). No file was written, and her record is unchanged.</source>
        <translation>無法寫入檔案「%1」（%2）。沒有寫入任何檔案，她的紀錄沒有改變。</translation>
    </message>
    <message>
        <source>%1 was exported to “%2”.

Losses: %3. Plans: %4. Printouts: %5.

The file holds her medical record: keep it safe, and delete it once she has been imported on the other computer.</source>
        <translation>%1已匯出至「%2」。

流產／移植失敗紀錄：%3。計劃：%4。列印記錄：%5。

此檔案載有她的病歷：請妥善保管，並在另一部電腦匯入她的資料後刪除檔案。</translation>
    </message>
    <message>
        <source>Import patient</source>
        <translation>匯入病人</translation>
    </message>
    <message>
        <source>Patient files (*.rpatient.json *.json);;All files (*)</source>
        <translation>病人檔案 (*.rpatient.json *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Patient not imported</source>
        <translation>未能匯入病人</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened (%2).</source>
        <translation>無法開啟檔案「%1」（%2）。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>無法讀取檔案「%1」（%2）。</translation>
    </message>
    <message>
        <source>%1

Nothing was imported, and nothing here was changed.</source>
        <translation>%1

沒有匯入任何資料，這裡的資料亦沒有改變。</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

沒有匯入任何資料。</translation>
    </message>
    <message>
        <source>%1 (file number %2, born %3)</source>
        <translation>%1（病歷編號 %2，出生日期 %3）</translation>
    </message>
    <message>
        <source>%1 (file number %2)</source>
        <translation>%1（病歷編號 %2）</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（出生日期 %2）</translation>
    </message>
    <message>
        <source>The file is for %1.</source>
        <translation>此檔案屬於%1。</translation>
    </message>
    <message>
        <source>This database already has a patient with the file number “%1”: %2.</source>
        <translation>此資料庫已有病歷編號為「%1」的病人：%2。</translation>
    </message>
    <message>
        <source>This database already has a patient with the same names and date of birth: %1.</source>
        <translation>此資料庫已有姓名和出生日期相同的病人：%1。</translation>
    </message>
    <message>
        <source>Merging keeps her record here as it is and only fills in what it leaves empty; losses, plans and printouts that are not here yet are added. Nothing is removed or duplicated.</source>
        <translation>合併會保留她在這裡的紀錄，只填補空白的欄位；並加入這裡還沒有的流產／移植失敗紀錄、計劃和列印記錄。不會刪除或重複任何資料。</translation>
    </message>
    <message>
        <source>Each patient needs her own file number, so the file cannot be imported as a new patient. If these are two different women, cancel, and correct the file number in one of the records first.</source>
        <translation>每位病人都需要自己的病歷編號，所以此檔案不能匯入為新病人。如果這是兩位不同的女士，請取消，並先更正其中一份紀錄的病歷編號。</translation>
    </message>
    <message>
        <source>If they are two different women, import the file as a new patient.</source>
        <translation>如果這是兩位不同的女士，請把檔案匯入為新病人。</translation>
    </message>
    <message>
        <source>Patient already here</source>
        <translation>病人已在這裡</translation>
    </message>
    <message>
        <source>%1 may already be in this database.</source>
        <translation>%1可能已在此資料庫中。</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>合併到%1(&amp;M)</translation>
    </message>
    <message>
        <source>Import as a &amp;new patient</source>
        <translation>匯入為新病人(&amp;N)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已匯入%1。</translation>
    </message>
    <message>
        <source>%1 was added as a new patient.

Losses: %2. Plans: %3. Printouts: %4.</source>
        <translation>%1已加入為新病人。

流產／移植失敗紀錄：%2。計劃：%3。列印記錄：%4。</translation>
    </message>
    <message>
        <source>She is archived, as she was on the other computer: tick “Show archived” to see her in the list.</source>
        <translation>她已封存，與在另一部電腦上一樣：勾選「顯示已封存」即可在名單中看到她。</translation>
    </message>
    <message>
        <source>The file was merged into %1&apos;s record.

Added: losses %2, plans %3, printouts %4. Details filled in or added to her record: %5. Everything already here was kept as it was.</source>
        <translation>檔案已合併到%1的紀錄。

新增：流產／移植失敗紀錄 %2、計劃 %3、列印記錄 %4。在她的紀錄中填補或新增的資料：%5。這裡原有的一切保持不變。</translation>
    </message>
    <message>
        <source>%1&apos;s record here already has everything in this file. Nothing was changed.</source>
        <translation>%1在這裡的紀錄已包含此檔案的所有內容。沒有更改任何資料。</translation>
    </message>
    <message>
        <source>Patient imported</source>
        <translation>病人已匯入</translation>
    </message>
</context>
<context>
    <name>rp::PlanController</name>
    <message>
        <source>Cannot open this patient</source>
        <translation>無法開啟此病人的紀錄</translation>
    </message>
    <message>
        <source>No loss recorded</source>
        <translation>未有流產／移植失敗紀錄</translation>
    </message>
    <message>
        <source>A plan belongs to one loss. Add her loss to her record first (Loss history).</source>
        <translation>每份計劃針對一次流產／移植失敗。請先在她的紀錄中加入流產／移植失敗紀錄（流產／移植失敗紀錄分頁）。</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>計劃未能儲存</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>無法開啟此計劃</translation>
    </message>
</context>
<context>
    <name>rp::PlanEditor</name>
    <message>
        <source>&lt;b&gt;No warnings.&lt;/b&gt; Every item fits her and its day.</source>
        <translation>&lt;b&gt;沒有警告。&lt;/b&gt;每一項都適合她和當天。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings: %1&lt;/b&gt; (%2 kept anyway)</source>
        <translation>&lt;b&gt;警告：%1 項&lt;/b&gt;（%2 項已決定保留）</translation>
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
        <translation>&lt;b&gt;跟進事項：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Keep anyway</source>
        <translation>仍然保留</translation>
    </message>
    <message>
        <source>%1

Why keep it? The reason is saved with the plan and never printed for the patient.</source>
        <translation>%1

為何保留？原因會與計劃一併儲存，但不會印給病人。</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>計劃未能儲存</translation>
    </message>
    <message>
        <source>The plan was not copied</source>
        <translation>計劃未能複製</translation>
    </message>
    <message>
        <source>Plan copied</source>
        <translation>已複製計劃</translation>
    </message>
    <message>
        <source>“%1” was saved as a new plan for %2.</source>
        <translation>「%1」已儲存為%2的新計劃。</translation>
    </message>
    <message>
        <source>Save as a clinic template</source>
        <translation>儲存為診所範本</translation>
    </message>
    <message>
        <source>Name the template (her name and notes are not copied):</source>
        <translation>為範本命名（不會複製她的姓名和備註）：</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>範本未能儲存</translation>
    </message>
    <message>
        <source>Save the changes to this plan before closing?</source>
        <translation>關閉前要儲存這份計劃的更改嗎？</translation>
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
        <translation>鎖定這一天（重新產生時不會更改）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep anyway…</source>
        <translation>仍然保留(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep the selected warning&apos;s item, with a reason that is never printed</source>
        <translation>保留所選警告的項目，並註明原因（原因不會列印）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>重新產生(&amp;G)</translation>
    </message>
    <message>
        <source>Fill the days again by the rules; locked and edited days stay as they are</source>
        <translation>按規則重新安排各天；已鎖定和已修改的日子維持不變</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;hopping list…</source>
        <translation>購物清單(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>儲存為範本(&amp;M)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red flags printed with this plan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;隨計劃列印的危險徵狀：&lt;/b&gt;%1 項</translation>
    </message>
    <message>
        <source>Choose another rest-and-activity line for this day</source>
        <translation>為這一天選擇另一項休息和活動建議</translation>
    </message>
    <message>
        <source>Fill the days again?</source>
        <translation>要重新安排各天嗎？</translation>
    </message>
    <message>
        <source>These settings change which foods fit. Fill again every day you have not locked or edited?</source>
        <translation>這些設定會改變適合的食物。要重新安排所有未鎖定、未修改的日子嗎？</translation>
    </message>
    <message>
        <source>Save before printing</source>
        <translation>列印前先儲存</translation>
    </message>
    <message>
        <source>The printout shows the plan as saved. Save your changes now and print?</source>
        <translation>列印文件顯示的是已儲存的計劃。現在儲存你的修改並列印嗎？</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print or export for the patient (%1; %2 exports a PDF)</source>
        <translation>為病人列印或匯出（%1；%2 匯出 PDF）</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>此計劃</translation>
    </message>
    <message>
        <source>“Keep mine as a copy” saves your version as a new plan for the same loss, next to the other desk&apos;s.</source>
        <translation>「把我的版本另存為副本」會把你的版本儲存為同一次流產／移植失敗的新計劃，與另一部電腦的版本並存。</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>無法開啟此計劃</translation>
    </message>
    <message>
        <source>N&amp;otes for the day:</source>
        <translation>當天備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Days of the plan</source>
        <translation>計劃的每一天</translation>
    </message>
    <message>
        <source>One row a day. Enter chooses the item for a meal; Delete empties it.</source>
        <translation>每行一天。按 Enter 為這一餐選擇項目；按 Delete 清空。</translation>
    </message>
    <message>
        <source>Rest and activity for the day</source>
        <translation>當天的休息及活動</translation>
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
第 %3 週 · %4</translation>
    </message>
    <message>
        <source> · locked</source>
        <translation> · 已鎖定</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日子</translation>
    </message>
    <message>
        <source>Rest and activity</source>
        <translation>休息和活動</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>跟進事項</translation>
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
        <translation>此計劃在規則更改前制訂。現時未處理的警告：%1 項。請開啟計劃檢查；儲存後此標記便會消失。</translation>
    </message>
    <message>
        <source>Today: day %1 of %2</source>
        <translation>今天：第 %1 天，共 %2 天</translation>
    </message>
    <message>
        <source>Rules changed: check its warnings</source>
        <translation>規則已更改：請檢查警告</translation>
    </message>
</context>
<context>
    <name>rp::PlanSettingsDialog</name>
    <message>
        <source>New plan for %1</source>
        <translation>為%1新增計劃</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>計劃設定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation>流產／移植失敗紀錄(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>開始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日數(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Expel (排) until day:</source>
        <translation>「排」至第幾天(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Regulate (調) until day:</source>
        <translation>「調」至第幾天(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up visits on days:</source>
        <translation>覆診日(&amp;F)：</translation>
    </message>
    <message>
        <source>Practitioner-only items for this plan</source>
        <translation>此計劃的醫師專用項目</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>建立計劃</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Add her loss to the patient&apos;s record first: a plan belongs to one loss.</source>
        <translation>請先在病人紀錄中加入流產／移植失敗紀錄：每份計劃針對一次流產／移植失敗。</translation>
    </message>
    <message>
        <source>The plan cannot start before the loss.</source>
        <translation>計劃不可早於流產／移植失敗日期開始。</translation>
    </message>
    <message>
        <source>The planner&apos;s rules, for her</source>
        <translation>按規則為她安排</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>範本：%1</translation>
    </message>
    <message>
        <source>She is still &amp;bleeding heavily (tonics and blood-moving items are held)</source>
        <translation>她仍然出血量多（暫停補品和活血項目）(&amp;B)</translation>
    </message>
    <message>
        <source>Not for her: %1</source>
        <translation>不適合她：%1</translation>
    </message>
    <message>
        <source>Start fr&amp;om:</source>
        <translation>起始方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Dishes cooked with &amp;wine (the practitioner&apos;s choice)</source>
        <translation>以酒烹調的菜式(&amp;W)（由醫師決定）</translation>
    </message>
    <message>
        <source>Not for her: %1. No dish cooked with wine is planned.</source>
        <translation>不適合她：%1。計劃不會安排以酒烹調的菜式。</translation>
    </message>
    <message>
        <source>her constitution is not yet assessed</source>
        <translation>她的體質尚未評估</translation>
    </message>
</context>
<context>
    <name>rp::PlansPanel</name>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: no follow-up visits due.</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;：沒有需要覆診的病人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: follow-up visits due</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;：需要覆診</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt; for %1</source>
        <translation>%1的&lt;b&gt;計劃&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;: select a patient.</source>
        <translation>&lt;b&gt;計劃&lt;/b&gt;：請選擇病人。</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>今天需要覆診</translation>
    </message>
    <message>
        <source>The patient&apos;s plans</source>
        <translation>病人的計劃</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新增計劃(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>開啟計劃(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: looking for follow-up visits due…</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;：正在查找需要覆診的病人…</translation>
    </message>
</context>
<context>
    <name>rp::PrintController</name>
    <message>
        <source>Cannot print this plan</source>
        <translation>無法列印這份計劃</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>沒有匯出任何內容。</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF 未寫入：%1</translation>
    </message>
    <message>
        <source>The PDF was written to %1, but it could not be added to her print history: %2</source>
        <translation>PDF 已寫入 %1，但無法加入她的列印記錄：%2</translation>
    </message>
    <message>
        <source>Saved %1 pages to %2.</source>
        <translation>已把 %1 頁儲存到 %2。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <source>Printed, but not added to her print history: %1</source>
        <translation>已列印，但未加入她的列印記錄：%1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已送往打印機。</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>沒有列印任何內容：%1</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>已把 %1 頁送往 %2。</translation>
    </message>
    <message>
        <source>Cannot show the print history</source>
        <translation>無法顯示列印記錄</translation>
    </message>
    <message>
        <source>Cannot print this again</source>
        <translation>無法再次列印這份文件</translation>
    </message>
    <message>
        <source>Printed, but not added to her print history</source>
        <translation>已列印，但未加入她的列印記錄</translation>
    </message>
    <message>
        <source>Save as PDF again</source>
        <translation>再次儲存為 PDF</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存到 %1。</translation>
    </message>
    <message>
        <source>Cannot open the clinic settings</source>
        <translation>無法開啟診所設定</translation>
    </message>
    <message>
        <source>The clinic&apos;s name, address and phone are not set, so the pages carry only her name and dates. Set them in File ▸ Clinic settings.</source>
        <translation>尚未設定診所名稱、地址和電話，因此每頁只印有她的姓名和日期。請在「檔案 ▸ 診所設定」中設定。</translation>
    </message>
    <message>
        <source>The planner&apos;s rules have changed</source>
        <translation>計劃規則已更改</translation>
    </message>
    <message>
        <source>This printout was made before the planner&apos;s rules changed. Reprint it exactly as it was, or print the current plan instead?</source>
        <translation>這份列印文件在計劃規則更改前製作。要按原樣重印，還是改印目前的計劃？</translation>
    </message>
    <message>
        <source>&amp;Reprint as it was</source>
        <translation>按原樣重印(&amp;R)</translation>
    </message>
    <message>
        <source>Print the &amp;current plan</source>
        <translation>列印目前的計劃(&amp;C)</translation>
    </message>
    <message>
        <source>Her plan for it is no longer stored, so it can only be reprinted as it was.</source>
        <translation>她的這份計劃已不再保存，只能按原樣重印。</translation>
    </message>
    <message>
        <source>Nothing was printed: choose all pages. A printout is printed whole, so that her print history records exactly what she was given.</source>
        <translation>沒有列印：請選擇「全部頁面」。調養計劃會整份列印，她的列印記錄才會與她拿到的完全一樣。</translation>
    </message>
</context>
<context>
    <name>rp::PrintDialog</name>
    <message>
        <source>&amp;Large print</source>
        <translation>大字體(&amp;L)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print for %1</source>
        <translation>為 %1 列印</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>語言(&amp;G)：</translation>
    </message>
    <message>
        <source>Two languages &amp;set:</source>
        <translation>雙語排版(&amp;S)：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>紙張(&amp;R)：</translation>
    </message>
    <message>
        <source>Every printout carries the red flags and says it does not replace medical care. Your notes and keep-anyway reasons are never printed.</source>
        <translation>每份列印文件都附有危險徵兆，並註明不能取代醫療。你的備註和「仍然保留」的原因永遠不會印出。</translation>
    </message>
    <message>
        <source>Leave private milestones &amp;off the fridge calendar (pregnancy test, trying again)</source>
        <translation>雪櫃月曆不印私人事項(&amp;O)（驗孕、何時再嘗試懷孕）</translation>
    </message>
    <message>
        <source>Print from &amp;today on: day %1 of %2, leaving out the days before</source>
        <translation>由今天起列印(&amp;T)：共%2天中的第%1天，之前的日子不印</translation>
    </message>
</context>
<context>
    <name>rp::PrintHistoryDialog</name>
    <message>
        <source>&amp;Preview and print again…</source>
        <translation>預覽並再次列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF again…</source>
        <translation>再次儲存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print history: %1</source>
        <translation>列印記錄：%1</translation>
    </message>
    <message>
        <source>Nothing has been printed for her yet.</source>
        <translation>尚未為她列印任何文件。</translation>
    </message>
    <message>
        <source>What she was given, newest first. Printing again gives exactly the same pages, even if the plan has changed since.</source>
        <translation>她獲發的文件，最新的排最前。再次列印會得到完全相同的頁面，即使計劃之後有所修改。</translation>
    </message>
    <message>
        <source>Printouts, newest first</source>
        <translation>列印紀錄，最新的在前</translation>
    </message>
    <message>
        <source>Enter shows the highlighted printout again.</source>
        <translation>按 Enter 再次顯示選中的列印文件。</translation>
    </message>
</context>
<context>
    <name>rp::PrintHistoryModel</name>
    <message>
        <source>%1, large print</source>
        <translation>%1，大字體</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙張</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>提供方式</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>%1 (from day %2)</source>
        <translation>%1（由第%2天起）</translation>
    </message>
</context>
<context>
    <name>rp::ServerNotice</name>
    <message>
        <source>&lt;b&gt;Not connected.&lt;/b&gt; The database server does not answer (it may be restarting, or the network is down). What you type here stays on screen. Recovery Planner connects again by itself and says so here.</source>
        <translation>&lt;b&gt;未連線。&lt;/b&gt;資料庫伺服器沒有回應（可能正在重新啟動，或網絡中斷）。你在這裡輸入的內容會留在畫面上。調養計劃會自動重新連線，並在這裡告訴你。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected again.&lt;/b&gt; The database server answers. Save when you are ready: what it already kept is never saved twice.</source>
        <translation>&lt;b&gt;已重新連線。&lt;/b&gt;資料庫伺服器已恢復回應。準備好便可儲存：伺服器已保存的內容絕不會重複儲存。</translation>
    </message>
</context>
<context>
    <name>rp::ShoppingListDialog</name>
    <message>
        <source>Shopping list</source>
        <translation>購物清單</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 週</translation>
    </message>
    <message>
        <source>Amounts are added up where the recipes give them. Practitioner-only formulas come from the clinic and are not listed.</source>
        <translation>食譜有列明份量的材料會加總。醫師專用方劑由診所提供，不在清單內。</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>週次(&amp;W)：</translation>
    </message>
    <message>
        <source>Ingredients to buy</source>
        <translation>要買的材料</translation>
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
        <translation>%1 個</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Amount for the week</source>
        <translation>一週份量</translation>
    </message>
    <message>
        <source>Dishes using it</source>
        <translation>用到的菜式數目</translation>
    </message>
</context>
<context>
    <name>rp::UnsavedEdits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未儲存的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放棄更改(&amp;D)</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>繼續編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Save what you changed in this window before closing it?</source>
        <translation>關閉這個視窗前，要儲存你在這裡所作的更改嗎？</translation>
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
        <translation>尚未有病人</translation>
    </message>
    <message>
        <source>Each patient&apos;s record keeps her losses, her constitution and conditions, and the recovery plans you make for her.</source>
        <translation>每位病人的紀錄會保存她的流產／移植失敗紀錄、體質和病況，以及你為她制定的調養計劃。</translation>
    </message>
    <message>
        <source>Add your first patient…</source>
        <translation>新增第一位病人…</translation>
    </message>
    <message>
        <source>Opens an empty patient record (%1)</source>
        <translation>開啟一份空白的病人紀錄（%1）</translation>
    </message>
    <message>
        <source>To look around first, open a separate practice database with a few made-up patients and their plans. Nothing is added to this one.</source>
        <translation>如想先熟習操作，可開啟另一個練習用的資料庫，內有幾位虛構病人及其計劃。這個資料庫不會加入任何資料。</translation>
    </message>
    <message>
        <source>Try with demo patients</source>
        <translation>用示範病人試用</translation>
    </message>
    <message>
        <source>Printouts carry the clinic&apos;s name, address and telephone. You can enter them now, or later from File ▸ Clinic settings.</source>
        <translation>列印本會印上診所名稱、地址及電話。你可以現在輸入，或稍後在「檔案 ▸ 診所設定」輸入。</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s details…</source>
        <translation>輸入診所資料…</translation>
    </message>
</context>
</TS>
