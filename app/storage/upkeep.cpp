#include "upkeep.h"

#include "libraryrepository.h"
#include "patientrepository.h"

namespace rp {

bool bringDataUpToDate(Database &database, QString *message, const UpkeepProgress &progress)
{
    PatientRepository patients(database);
    if (!patients.rebuildSearchKeysIfNeeded(progress) || !patients.rebuildDuplicateKeysIfNeeded(progress)) {
        *message = patients.lastError().message;
        return false;
    }
    LibraryRepository library(database);
    QStringList errors;
    const QList<LibraryItem> items = content::builtInItems(&errors);
    if (!library.installBuiltIn(items, content::builtInFingerprint())) {
        *message = library.lastError().message;
        return false;
    }
    return true;
}

} // namespace rp
