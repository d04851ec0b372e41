#pragma once

#include "audit.h"
#include "ingredients.h"
#include "library.h"
#include "patient.h"
#include "printjob.h"

#include <QList>
#include <QString>
#include <optional>

namespace rp {

// Stable codes for the domain's enumerations (stored in the database and used in files), and
// their translated names for the screen. One table per enumeration keeps the two in step.
template <typename E> QList<E> allValues();
template <typename E> QString codeOf(E value);
template <typename E> std::optional<E> fromCode(const QString &code);
template <typename E> QString displayName(E value);

#define RP_DECLARE_TERMS(E)                                                                                            \
    template <> QList<E> allValues<E>();                                                                               \
    template <> QString codeOf<E>(E);                                                                                  \
    template <> std::optional<E> fromCode<E>(const QString &);                                                         \
    template <> QString displayName<E>(E);

RP_DECLARE_TERMS(Constitution)
RP_DECLARE_TERMS(Pattern)
RP_DECLARE_TERMS(Condition)
RP_DECLARE_TERMS(LossKind)
RP_DECLARE_TERMS(Management)
RP_DECLARE_TERMS(Phase)
RP_DECLARE_TERMS(Slot)
RP_DECLARE_TERMS(ItemKind)
RP_DECLARE_TERMS(Tag)
RP_DECLARE_TERMS(PlanFact)
RP_DECLARE_TERMS(IngredientProperty)
RP_DECLARE_TERMS(ItemOrigin)
RP_DECLARE_TERMS(PrintDocument)
RP_DECLARE_TERMS(PrintLanguage)
RP_DECLARE_TERMS(BilingualLayout)
RP_DECLARE_TERMS(PaperSize)
RP_DECLARE_TERMS(PrintOutput)
RP_DECLARE_TERMS(AuditSubject)
RP_DECLARE_TERMS(AuditAction)

#undef RP_DECLARE_TERMS

} // namespace rp
