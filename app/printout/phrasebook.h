#pragma once

#include "core/language.h"
#include "core/library.h"

#include <QString>

namespace rp {

// The print layer's own words in every print language at once, whatever the screen's language is:
// a printout is in the patient's language. Sources are marked QT_TRANSLATE_NOOP("Print", ...) so
// they live in the app's .ts catalogues with everything else.
class Phrasebook
{
public:
    Phrasebook();
    // `source` is the English text of a QT_TRANSLATE_NOOP("Print", ...).
    LocalizedText operator()(const char *source) const;
    QString in(Language language, const char *source) const;

private:
    struct Catalogues;
    const Catalogues &catalogues() const;
};

} // namespace rp
