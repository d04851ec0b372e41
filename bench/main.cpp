// recovery-planner-bench: the app's speed and memory at clinic scale and beyond, over databases
// made by `recovery-planner --generate-patients N` (kept in RP_BENCH_DATA between runs). Each
// benchmark's name carries the database size, e.g. Search/Latin/100000. docs/performance.md has
// the figures and the command that reproduces them.
//
// Environment:
//   RP_BENCH_SIZES  comma-separated patient counts (default 1000,100000)
//   RP_BENCH_DATA   where the generated databases are kept (default: bench-data in the build)
#include "core/library.h"
#include "core/planner.h"
#include "core/printjob.h"
#include "core/patientgenerator.h"
#include "printout/pagerenderer.h"
#include "printout/printfonts.h"
#include "patients/patientdialog.h"
#include "patients/patientlistmodel.h"
#include "patients/patientlistpanel.h"
#include "plan/planspanel.h"
#include "workspace/printservice.h"
#include "storage/clinicrepository.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "storage/libraryrepository.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/printhistoryrepository.h"
#include "storage/upkeep.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <fcntl.h>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <sys/wait.h>
#include <spawn.h>
#include <unistd.h>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

QString dataDir()
{
    const QString dir = qEnvironmentVariable("RP_BENCH_DATA", QStringLiteral(RP_BENCH_DATA_DIR));
    QDir().mkpath(dir);
    return dir;
}

QList<int> sizes()
{
    QList<int> out;
    for (const QString &s : qEnvironmentVariable("RP_BENCH_SIZES", QStringLiteral("1000,100000")).split(u',')) {
        bool ok = false;
        const int n = s.trimmed().toInt(&ok);
        if (ok && n > 0)
            out << n;
    }
    return out;
}

QString databasePath(int patients)
{
    return QDir(dataDir()).filePath(QStringLiteral("patients-%1.sqlite").arg(patients));
}

int storedPatients(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    rp::Workspace workspace;
    if (!workspace.database().open(path))
        return -1;
    return workspace.patients().count(true);
}

// Made once with the app's own --generate-patients and kept: a million patients take a while. A
// run stopped part-way is carried on from where it stopped (each batch it reported is stored),
// not started again.
bool ensureDatabase(int patients)
{
    const QString path = databasePath(patients);
    int stored = storedPatients(path);
    if (stored > patients || stored < 0) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        stored = 0;
    }
    if (stored < patients) {
        std::fprintf(
            stderr, "Generating %d patients in %s (%d there already) …\n", patients - stored, qPrintable(path), stored);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(RP_APP_PATH),
            {QStringLiteral("--database"), path, QStringLiteral("--generate-patients"),
                QString::number(patients - stored), QStringLiteral("--language"), QStringLiteral("en")});
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "--generate-patients failed: %s\n", p.readAllStandardOutput().right(500).constData());
            return false;
        }
    }
    // The checks and upkeep (migrations, the search index) run once now, so that the first
    // timed start does not pay for them.
    rp::Workspace workspace;
    return workspace.open(path, nullptr);
}

struct ChildRun
{
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// Runs a program to completion: wall time from spawn to exit, and its peak resident memory.
ChildRun runChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    pid_t pid = 0;
    const auto start = Clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.maxRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// One open database with every repository, as the app holds them.
struct Clinic
{
    rp::Workspace workspace;
    bool opened = false;

    explicit Clinic(const QString &path)
        : opened(workspace.open(path, nullptr))
    { }
    bool ok() const { return opened; }

    // Ids spread over the whole table, so a benchmark does not keep reading one warm page.
    QList<qint64> sampleIds(const char *table, int count)
    {
        QList<qint64> ids;
        QSqlQuery q(workspace.database().connection());
        q.exec(QStringLiteral("SELECT min(id), max(id) FROM %1").arg(QLatin1String(table)));
        if (!q.next())
            return ids;
        const qint64 lo = q.value(0).toLongLong(), hi = q.value(1).toLongLong();
        for (int i = 0; i < count; ++i)
            ids << lo + (hi - lo) * i / std::max(1, count - 1);
        return ids;
    }
};

void coldStartBareWindow(benchmark::State &state)
{
    for (auto _ : state) {
        const ChildRun run = runChild(QStringLiteral(RP_BARE_WINDOW_PATH), {});
        if (run.exitCode != 0) {
            state.SkipWithError("the bare window did not start");
            return;
        }
        state.SetIterationTime(run.seconds);
        state.counters["PeakRSS_MB"] = double(run.maxRssKb) / 1024.0;
    }
}

void coldStartApp(benchmark::State &state, int patients)
{
    for (auto _ : state) {
        const ChildRun run = runChild(QStringLiteral(RP_APP_PATH),
            {QStringLiteral("--database"), databasePath(patients), QStringLiteral("--exit-when-ready"),
                QStringLiteral("--language"), QStringLiteral("en")});
        if (run.exitCode != 0) {
            state.SkipWithError("the app did not start");
            return;
        }
        state.SetIterationTime(run.seconds);
        state.counters["PeakRSS_MB"] = double(run.maxRssKb) / 1024.0;
    }
}

// The real patient list on screen, as the main window shows it, over a stored database.
struct ListOnScreen
{
    explicit ListOnScreen(rp::PatientRepository &patients)
        : model(patients)
        , panel(model)
    {
        panel.resize(1000, 700);
        panel.show();
    }
    rp::PatientListModel model;
    rp::PatientListPanel panel;
};

// Typing a query one key at a time into the real patient list: each iteration is one keystroke,
// from the new text in the search field to the list painted with its first screenful of rows.
void search(benchmark::State &state, int patients, QStringList keystrokes)
{
    Clinic clinic(databasePath(patients));
    if (!clinic.ok()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    ListOnScreen list(clinic.workspace.patients());
    rp::PatientListModel &model = list.model;
    rp::PatientListPanel &panel = list.panel;
    auto *field = panel.findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    int i = 0;
    qint64 rowsShown = 0;
    for (auto _ : state) {
        const QString text = keystrokes.at(i++ % keystrokes.size());
        const auto start = Clock::now();
        field->setText(text);
        benchmark::DoNotOptimize(panel.grab()); // lays out and paints the list, as the screen would
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
        rowsShown += model.rowCount();
    }
    state.counters["Matches"] = benchmark::Counter(double(rowsShown), benchmark::Counter::kAvgIterations);
}

// Sorting the whole unsearched list by English name (a click on the header): every patient's name
// is read and sorted in the reader's collation; the default order (the most recent loss) is
// read a page at a time and is not timed here.
void sortByName(benchmark::State &state, int patients)
{
    Clinic clinic(databasePath(patients));
    if (!clinic.ok()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    ListOnScreen list(clinic.workspace.patients());
    rp::PatientListModel &model = list.model;
    rp::PatientListPanel &panel = list.panel;
    model.refresh();
    auto *table = panel.findChild<QTableView *>();
    for (auto _ : state) {
        table->sortByColumn(rp::PatientListModel::LastLoss, Qt::DescendingOrder);
        const auto start = Clock::now();
        table->sortByColumn(rp::PatientListModel::NameEn, Qt::AscendingOrder);
        benchmark::DoNotOptimize(panel.grab());
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
        if (model.rowCount() != model.totalCount()) {
            state.SkipWithError("the sorted list is not the whole list");
            return;
        }
    }
}

void openPatient(benchmark::State &state, int patients)
{
    Clinic clinic(databasePath(patients));
    if (!clinic.ok()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    const QList<qint64> ids = clinic.sampleIds("patients", 200);
    int i = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        const std::optional<rp::Patient> p = clinic.workspace.patients().load(ids.at(i++ % ids.size()));
        if (!p) {
            state.SkipWithError("a patient could not be read");
            return;
        }
        rp::PatientDialog dialog(*p);
        dialog.show(); // laid out and polished as she would see it
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
    }
}

// Today's follow-ups in the side panel, as the main window shows them: from reading the visits due
// to the list painted, rows measured to their wrapped lines (a long name takes three).
void todayList(benchmark::State &state, int patients)
{
    Clinic clinic(databasePath(patients));
    if (!clinic.ok()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    rp::PlansPanel panel(clinic.workspace.planService());
    panel.resize(240, 700);
    panel.show();
    // The first paint, after which the panel reads today's visits.
    panel.grab();
    for (int i = 0; i < 100 && !panel.todayRead(); ++i)
        QApplication::processEvents();
    if (!panel.todayRead()) {
        state.SkipWithError("today's visits were never read");
        return;
    }
    for (auto _ : state) {
        const auto start = Clock::now();
        panel.refresh();
        benchmark::DoNotOptimize(panel.grab());
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
    }
    state.counters["Visits"] = double(panel.todayList()->model()->rowCount());
}

void generatePlan(benchmark::State &state)
{
    const rp::Planner planner(rp::content::builtInItems());
    rp::PatientGenerator generator(20261128, QDate(2026, 11, 28));
    QList<rp::Patient> people;
    for (int i = 0; i < 50; ++i) {
        rp::Patient p = generator.next();
        p.id = i + 1;
        for (int l = 0; l < p.losses.size(); ++l)
            p.losses[l].id = 100 * (i + 1) + l;
        people << p;
    }
    int i = 0;
    for (auto _ : state) {
        const rp::Patient &p = people.at(i++ % people.size());
        const rp::Loss &loss = p.losses.constLast();
        rp::Plan plan = planner.generate(rp::PlanPatient::forLoss(p, loss.id), rp::Planner::defaultSettings(loss));
        benchmark::DoNotOptimize(plan);
    }
}

// A practitioner's edit: one day's note changed, then the whole plan saved (one transaction).
void savePlan(benchmark::State &state, int patients)
{
    Clinic clinic(databasePath(patients));
    if (!clinic.ok()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    QList<rp::Plan> plans;
    for (qint64 id : clinic.sampleIds("plans", 20)) {
        if (auto plan = clinic.workspace.plans().load(id))
            plans << *plan;
    }
    if (plans.isEmpty()) {
        state.SkipWithError("no plans to save");
        return;
    }
    int i = 0;
    for (auto _ : state) {
        rp::Plan &plan = plans[i % plans.size()];
        plan.day(1 + i % plan.settings.days)->notes = QStringLiteral("Benchmark note %1").arg(i);
        ++i;
        const auto start = Clock::now();
        if (!clinic.workspace.plans().save(plan)) {
            state.SkipWithError("the plan could not be saved");
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
    }
}

// From the stored plan to the diet schedule's PDF on disk, as Export PDF does it.
void exportDietPdf(benchmark::State &state, int patients, rp::PrintLanguage language)
{
    Clinic clinic(databasePath(patients));
    if (!clinic.ok() || !rp::printfonts::ensureLoaded()) {
        state.SkipWithError("cannot open the database or load the print fonts");
        return;
    }
    rp::PrintService &service = clinic.workspace.printService();
    const QList<qint64> ids = clinic.sampleIds("plans", 10);
    QTemporaryDir dir;
    rp::PrintOptions options;
    options.documents = {rp::PrintDocument::Diet};
    options.language = language;
    int i = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        const QString path = dir.filePath(QStringLiteral("diet.pdf"));
        const auto start = Clock::now();
        QString error;
        const auto prepared = service.prepare(ids.at(i++ % ids.size()), options);
        if (!prepared)
            error = prepared.error().message;
        if (!prepared || rp::PageRenderer(prepared->document).exportPdf(path, &error) == 0) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
        bytes = QFileInfo(path).size();
    }
    state.counters["PdfKB"] = double(bytes) / 1024.0;
}

// The same search, run by the sqlite3 command-line tool on the same file: a process start, the
// query, and printing every matching row (the app's query, less its display work).
void compareSqliteCli(benchmark::State &state, int patients, const QString &term)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        state.SkipWithError("sqlite3 is not installed (Debian package sqlite3)");
        return;
    }
    // What PatientRepository runs for one typed term in the list's first order: the bounded
    // count of each of its pieces, then either the patients holding the rarest piece, or (every
    // piece common) the first page in last-loss order.
    QString sql;
    {
        rp::Workspace workspace;
        if (!workspace.database().open(databasePath(patients))) {
            state.SkipWithError("could not open the database");
            return;
        }
        rp::PatientRepository &repo = workspace.patients();
        const rp::PatientSearch search = repo.prepareSearch({term, false});
        auto quoted
            = [](QString text) { return QStringLiteral("'%1'").arg(text.replace(u'\'', QStringLiteral("''"))); };
        auto where = [&quoted](const rp::GramProbe &probe) {
            return probe.prefix ? QStringLiteral("gram >= %1 AND gram < %2").arg(quoted(probe.from), quoted(probe.to))
                                : QStringLiteral("gram = %1").arg(quoted(probe.from));
        };
        const QList<rp::GramProbe> probes = rp::gramProbes(rp::searchTerms(term).constFirst());
        // Counted to 5,000; a broad term again to 20,000 (PatientRepository::prepareSearch).
        QList<int> limits{rp::PatientSearch::rarePieces};
        if (search.broad())
            limits << rp::PatientSearch::guidingPieces;
        for (const int limit : limits) {
            for (const rp::GramProbe &probe : probes)
                sql += QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient_grams WHERE %1 LIMIT %2);")
                           .arg(where(probe))
                           .arg(limit + 1);
        }
        const QString contains = QStringLiteral("+archived = 0 AND instr(search_key, %1) > 0")
                                     .arg(quoted(rp::searchTerms(term).constFirst()));
        const QString guided = search.narrowest
            ? QStringLiteral(" AND id IN (SELECT patient_id FROM patient_grams WHERE %1)").arg(where(*search.narrowest))
            : QString();
        if (!search.broad())
            sql += QStringLiteral("SELECT id, CAST(replace(last_loss, '-', '') AS INTEGER) FROM patients WHERE %1%2;")
                       .arg(contains, guided);
        else
            sql += QStringLiteral("SELECT id FROM patients WHERE %1%2 ORDER BY last_loss DESC NULLS LAST, id DESC "
                                  "LIMIT 100;")
                       .arg(contains, guided);
    }
    for (auto _ : state) {
        const ChildRun run = runChild(sqlite3, {databasePath(patients), sql});
        if (run.exitCode != 0) {
            state.SkipWithError("sqlite3 failed");
            return;
        }
        state.SetIterationTime(run.seconds);
    }
}

// The same diet schedule as HTML, made into a PDF by LibreOffice (a process start included, as
// for the app's own --export-pdf).
void compareLibreOffice(benchmark::State &state, int patients)
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        state.SkipWithError("LibreOffice is not installed (Debian package libreoffice-writer-nogui)");
        return;
    }
    Clinic clinic(databasePath(patients));
    rp::PrintService &service = clinic.workspace.printService();
    rp::PrintOptions options;
    options.documents = {rp::PrintDocument::Diet};
    const auto prepared = service.prepare(clinic.sampleIds("plans", 1).constFirst(), options);
    if (!prepared) {
        state.SkipWithError(qPrintable(prepared.error().message));
        return;
    }
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("diet.html"));
    QFile file(html);
    file.open(QIODevice::WriteOnly);
    file.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
    file.write(prepared->document.headerHtml.toUtf8());
    for (const rp::PrintBlock &block : prepared->document.blocks)
        file.write(block.html.toUtf8());
    file.write(prepared->document.footerHtml.toUtf8());
    file.write("</body></html>");
    file.close();
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile"));
    runChild(office,
        {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), dir.path(), html}); // the first start sets up the profile
    for (auto _ : state) {
        const ChildRun run = runChild(office,
            {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                QStringLiteral("--outdir"), dir.path(), html});
        if (run.exitCode != 0) {
            state.SkipWithError("libreoffice failed");
            return;
        }
        state.SetIterationTime(run.seconds);
    }
    state.counters["PdfKB"] = double(QFileInfo(dir.filePath(QStringLiteral("diet.pdf"))).size()) / 1024.0;
}

QStringList typing(const QString &text)
{
    QStringList out;
    for (int n = 1; n <= text.size(); ++n) {
        if (!text.at(n - 1).isSpace())
            out << text.left(n);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;

    benchmark::RegisterBenchmark("ColdStart/BareWindow", coldStartBareWindow)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(10);
    benchmark::RegisterBenchmark("GeneratePlan", generatePlan)->Unit(benchmark::kMillisecond);
    for (const int n : sizes()) {
        if (!ensureDatabase(n))
            return 1;
        const std::string size = "/" + std::to_string(n);
        benchmark::RegisterBenchmark(("ColdStart/App" + size).c_str(), coldStartApp, n)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(10);
        benchmark::RegisterBenchmark(("Search/Latin" + size).c_str(), search, n, typing(QStringLiteral("chan mei")))
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("Search/Chinese" + size).c_str(), search, n, typing(QStringLiteral("陳美玲")))
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("Search/Phone" + size).c_str(), search, n, typing(QStringLiteral("91234567")))
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        // A Chinese name by how it is said (core/namereadings.h): pinyin, then Jyutping initials.
        benchmark::RegisterBenchmark(("Search/Pinyin" + size).c_str(), search, n, typing(QStringLiteral("chen mei")))
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("Search/Initials" + size).c_str(), search, n, typing(QStringLiteral("cml")))
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("SortByName" + size).c_str(), sortByName, n)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
        benchmark::RegisterBenchmark(("OpenPatient" + size).c_str(), openPatient, n)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("TodayList" + size).c_str(), todayList, n)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("SavePlan" + size).c_str(), savePlan, n)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("ExportDietPdf/en" + size).c_str(), exportDietPdf, n, rp::PrintLanguage::English)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(
            ("ExportDietPdf/zh-Hant" + size).c_str(), exportDietPdf, n, rp::PrintLanguage::Traditional)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        // The comparisons run where their tools are installed (scripts/bench installs them).
        if (!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            benchmark::RegisterBenchmark(
                ("Compare/Sqlite3Cli/Latin" + size).c_str(), compareSqliteCli, n, QStringLiteral("chan"))
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond)
                ->Iterations(10);
        if (!QStandardPaths::findExecutable(QStringLiteral("libreoffice")).isEmpty())
            benchmark::RegisterBenchmark(("Compare/LibreOffice/DietPdf" + size).c_str(), compareLibreOffice, n)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond)
                ->Iterations(3);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
