#include "generatepatients.h"

#include "core/datetext.h"
#include "core/language.h"
#include "core/library.h"
#include "core/patientgenerator.h"
#include "core/planner.h"
#include "storage/database.h"
#include "storage/patientrepository.h"
#include "storage/planrepository.h"
#include "storage/transaction.h"

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

} // namespace

int generatePatients(rp::Database &database, int count)
{
    rp::PatientRepository patients(database);
    rp::PlanRepository plans(database);
    const rp::Planner planner(rp::content::builtInItems());
    // A new seed each run: two copies side by side make different patients and file numbers.
    rp::PatientGenerator generator(QRandomGenerator::system()->generate(), QDate::currentDate());

    int added = 0;
    while (added < count) {
        const int size = std::min(batchSize, count - added);
        QList<rp::Patient> batch;
        for (int i = 0; i < size; ++i)
            batch << generator.next();

        QString error;
        bool stored = false;
        for (int attempt = 0; attempt < busyRetries && !stored; ++attempt) {
            QList<rp::Patient> toStore = batch;
            rp::Transaction tx(database.connection());
            bool ok = tx.isActive();
            for (rp::Patient &p : toStore) {
                if (!ok)
                    break;
                ok = patients.saveIn(tx, p);
                if (!ok) {
                    error = patients.lastError().message;
                    break;
                }
                const rp::Loss &loss = p.losses.constLast();
                rp::Plan plan = planner.generateForLoss(p, loss);
                plan.title = rp::defaultPlanTitle(loss.date);
                ok = plans.insertIn(tx, plan);
                if (!ok)
                    error = plans.lastError().message;
            }
            if (!tx.isActive())
                error = rp::StorageError::fromSql(tx.error(), database.backend()).message;
            stored = ok && tx.commit();
            if (!stored && error.isEmpty())
                error = rp::StorageError::fromSql(tx.error(), database.backend()).message;
            const bool busy = patients.lastError().code == rp::StorageError::Code::Busy
                || plans.lastError().code == rp::StorageError::Code::Busy
                || rp::StorageError::fromSql(tx.error(), database.backend()).code == rp::StorageError::Code::Busy;
            if (!stored && !busy)
                break;
            if (!stored)
                QThread::msleep(100 + QRandomGenerator::global()->bounded(200));
        }
        if (!stored) {
            say(stderr, GenerateText::tr("Stopped after %1 of %2 patients: %3").arg(added).arg(count).arg(error));
            return 5;
        }
        added += size;
        say(stdout, GenerateText::tr("Added %1 of %2 patients.").arg(added).arg(count));
    }
    return 0;
}
