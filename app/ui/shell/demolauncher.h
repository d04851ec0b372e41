#pragma once

#include "core/language.h"

#include <QString>
#include <QStringList>

namespace rp {

// "Try with demo patients": a second window of the app on its own practice database, filled with
// made-up patients the first time, so nothing made-up ever enters the clinic's real records.
class DemoLauncher
{
public:
    // Where the practice database lives (beside the default database).
    static QString databasePath();
    // The command line for the demo window, in the given language.
    static QStringList arguments(Language language);
    // Starts it; false with a translated message when it could not be started.
    static bool start(Language language, QString *message);
};

} // namespace rp
