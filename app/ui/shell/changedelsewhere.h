#pragma once

#include <QString>

class QWidget;

namespace rp {

// What the practitioner chose when her save was refused because another desk saved the same
// record first. Nothing is ever overwritten: she takes the other desk's version, or keeps hers
// beside it as a copy.
enum class ChangedElsewhere { Reload, KeepCopy, Cancel };

// Asks, in plain words, about `what` ("this patient's record", "this plan"), saying what each
// choice does to the work on her screen.
ChangedElsewhere askAboutChangeElsewhere(QWidget *parent, const QString &what, const QString &copyMeaning);

} // namespace rp
