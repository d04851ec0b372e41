#include "generatepatients.h"

#include "workspace/patientservice.h"
#include "workspace/workspace.h"

#include "core/datetext.h"
#include "core/language.h"
#include "core/library.h"
#include "core/patientgenerator.h"
#include "core/planner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

namespace {

struct GenerateText
{
    Q_DECLARE_TR_FUNCTIONS(GeneratePatients)
};

void say(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream); // progress shows as it happens, even through a pipe
}

constexpr int batchSize = 50;
constexpr int busyRetries = 20;

// What went wrong, in words for whoever ran the command: what happened, what is stored, what to do.
QString whyStopped(const rp::StorageError &error)
{
    switch (error.code) {
    case rp::StorageError::Code::Disconnected:
        return GenerateText::tr("the connection to the database server was lost (it may be restarting, or the "
                                "network is down). Those added so far are stored; the batch it was storing is not. "
                                "Run the command again for the rest once the server answers.");
    case rp::StorageError::Code::Unconfirmed:
        return GenerateText::tr("the connection to the database server was lost while a batch of %1 was being "
                                "stored, so it may or may not be there. Once the server answers, count the "
                                "patients before running the command again.")
            .arg(batchSize);
    default:
        return error.message;
    }
}

// One batch, each patient with a plan for her last loss, in one transaction; a busy database is
// tried again a few times.
std::pair<bool, QString> storeBatch(
    rp::PatientService &patients, const rp::Planner &planner, const QList<rp::Patient> &batch)
{
    for (int attempt = 0; attempt < busyRetries; ++attempt) {
        const rp::StorageError error = patients.addWithFirstPlans(batch, planner);
        if (!error.isError())
            return {true, {}};
        if (error.code != rp::StorageError::Code::Busy)
            return {false, whyStopped(error)};
        QThread::msleep(100 + QRandomGenerator::global()->bounded(200));
    }
    return {false, GenerateText::tr("the database stayed busy (another desk kept writing). Run the command again.")};
}

} // namespace

int generatePatients(rp::Workspace &workspace, int count)
{
    const rp::Planner planner(rp::content::builtInItems());
    // A new seed each run: two copies side by side make different patients and file numbers.
    rp::PatientGenerator generator(QRandomGenerator::system()->generate(), QDate::currentDate());

    int added = 0;
    while (added < count) {
        const int size = std::min(batchSize, count - added);
        QList<rp::Patient> batch;
        for (int i = 0; i < size; ++i)
            batch << generator.next();

        const auto [stored, error] = storeBatch(workspace.patientService(), planner, batch);
        if (!stored) {
            say(stderr, GenerateText::tr("Stopped after %1 of %2 patients: %3").arg(added).arg(count).arg(error));
            return 5;
        }
        added += size;
        say(stdout, GenerateText::tr("Added %1 of %2 patients.").arg(added).arg(count));
    }
    return 0;
}
