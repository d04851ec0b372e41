#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

// Translation context for this file's messages (declared outside the namespace so that
// lupdate and the runtime agree on its name).
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

namespace rp {
namespace {

enum class TextKind { SingleLine, MultiLine };

// Text that cannot be shown, printed or stored as typed: NUL and other control characters, broken
// surrogates, Unicode noncharacters (U+FFFF and the like, which UTF-8 storage would turn into
// U+FFFD), and line separators in a one-line field.
bool hasUnprintable(const QString &text, TextKind kind)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                if (QChar::isNonCharacter(QChar::surrogateToUcs4(c, text.at(i + 1))))
                    return true;
                ++i;
                continue;
            }
            return true;
        }
        // U+FEFF, the byte order mark: invisible, and lost when the text is read back.
        if (c.isLowSurrogate() || c.isNonCharacter() || c == QChar::ByteOrderMark)
            return true;
        if (kind == TextKind::MultiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
        if (kind == TextKind::SingleLine
            && (c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph))
            return true;
    }
    return false;
}

void checkText(QList<ValidationError> &errors, Field field, const QString &text, int maxLength, TextKind kind,
    const QString &label, int lossIndex = -1)
{
    if (characterCount(text) > maxLength) {
        errors.append(
            {field, ValidationText::tr("%1 is too long: at most %2 characters.").arg(label).arg(maxLength), lossIndex});
    } else if (hasUnprintable(text, kind)) {
        errors.append({field,
            ValidationText::tr("%1 contains characters that cannot be shown or printed (such as "
                               "control characters). Please retype it.")
                .arg(label),
            lossIndex});
    }
}

} // namespace

QString tidyLine(const QString &typed)
{
    QString text = typed;
    return text.remove(QChar::ByteOrderMark).trimmed();
}

int characterCount(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString textProblem(const QString &text, int maxLength, bool multiLine, const QString &label)
{
    QList<ValidationError> errors;
    checkText(errors, Field::Record, text, maxLength, multiLine ? TextKind::MultiLine : TextKind::SingleLine, label);
    return errors.isEmpty() ? QString() : errors.constFirst().message;
}

QList<ValidationError> validatePatient(const Patient &p, const QDate &today)
{
    QList<ValidationError> errors;
    if (p.nameEn.trimmed().isEmpty() && p.nameZh.trimmed().isEmpty())
        errors.append({Field::Name, ValidationText::tr("Enter an English name or a Chinese name.")});

    checkText(errors, Field::NameEn, p.nameEn, limits::nameLength, TextKind::SingleLine,
        ValidationText::tr("The English name"));
    checkText(errors, Field::NameZh, p.nameZh, limits::nameLength, TextKind::SingleLine,
        ValidationText::tr("The Chinese name"));
    checkText(errors, Field::Phone, p.phone, limits::phoneLength, TextKind::SingleLine,
        ValidationText::tr("The phone number"));
    checkText(errors, Field::FileNumber, p.fileNumber, limits::fileNumberLength, TextKind::SingleLine,
        ValidationText::tr("The file number"));
    checkText(errors, Field::Notes, p.notes, limits::notesLength, TextKind::MultiLine, ValidationText::tr("The notes"));

    if (p.birthDate.isValid()) {
        if (p.birthDate > today)
            errors.append({Field::BirthDate, ValidationText::tr("The date of birth cannot be in the future.")});
        else if (p.birthDate < today.addYears(-limits::oldestAgeYears))
            errors.append({Field::BirthDate,
                ValidationText::tr("The date of birth is more than %1 years ago. Please check it.")
                    .arg(limits::oldestAgeYears)});
    }

    for (int i = 0; i < p.losses.size(); ++i) {
        const auto lossErrors = validateLoss(p.losses.at(i), p.birthDate, today);
        for (auto e : lossErrors) {
            e.lossIndex = i;
            errors.append(e);
        }
    }
    return errors;
}

QList<ValidationError> validateLoss(const Loss &loss, const QDate &birthDate, const QDate &today)
{
    QList<ValidationError> errors;
    if (!loss.date.isValid())
        errors.append({Field::LossDate, ValidationText::tr("Enter the date of the loss.")});
    else if (loss.date > today)
        errors.append({Field::LossDate, ValidationText::tr("The date of a loss cannot be in the future.")});
    else if (birthDate.isValid() && loss.date < birthDate)
        errors.append({Field::LossDate, ValidationText::tr("The date of a loss cannot be before the date of birth.")});

    if (loss.gestationalWeek
        && (*loss.gestationalWeek < limits::minGestationalWeek || *loss.gestationalWeek > limits::maxGestationalWeek)) {
        errors.append({Field::GestationalWeek,
            ValidationText::tr("The gestational week must be between %1 and %2.")
                .arg(limits::minGestationalWeek)
                .arg(limits::maxGestationalWeek)});
    }
    checkText(errors, Field::LossNotes, loss.notes, limits::lossNotesLength, TextKind::MultiLine,
        ValidationText::tr("The notes on a loss"));
    return errors;
}

QList<ValidationError> validateClinic(const ClinicInfo &c)
{
    QList<ValidationError> errors;
    const struct
    {
        Field field;
        const QString &text;
        QString label;
    } lines[] = {
        {Field::ClinicNameEn, c.nameEn, ValidationText::tr("The clinic's name in English")},
        {Field::ClinicNameZh, c.nameZh, ValidationText::tr("The clinic's name in Chinese")},
        {Field::ClinicAddressEn, c.addressEn, ValidationText::tr("The address in English")},
        {Field::ClinicAddressZh, c.addressZh, ValidationText::tr("The address in Chinese")},
        {Field::ClinicPhone, c.phone, ValidationText::tr("The phone number")},
        {Field::PractitionerEn, c.practitionerEn, ValidationText::tr("The practitioner's name in English")},
        {Field::PractitionerZh, c.practitionerZh, ValidationText::tr("The practitioner's name in Chinese")},
    };
    for (const auto &l : lines)
        checkText(errors, l.field, l.text, limits::clinicLineLength, TextKind::SingleLine, l.label);
    if (c.logo.size() > limits::logoBytes)
        errors.append({Field::ClinicLogo, ValidationText::tr("The logo is too large: choose a picture under 1 MB.")});
    errors << validateCrisisNumbers(c);
    return errors;
}

namespace {

// A number as it is dialled: digits, spaces, + - and parentheses, at most 30 characters.
bool dialable(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9 +()\\-]*$"));
    return number.size() <= limits::emergencyNumberLength && pattern.match(number).hasMatch();
}

QString numberRule()
{
    return ValidationText::tr("Use digits, spaces, +, - and parentheses only, at most %1 characters.")
        .arg(limits::emergencyNumberLength);
}

} // namespace

QList<ValidationError> validateCrisisNumbers(const ClinicInfo &c)
{
    QList<ValidationError> errors;
    if (!dialable(c.emergencyNumber))
        errors.append({Field::EmergencyNumber, ValidationText::tr("The emergency number: %1").arg(numberRule())});
    if (c.crisisLines.size() > limits::crisisLines)
        errors.append(
            {Field::CrisisNumber, ValidationText::tr("At most two crisis lines are printed."), limits::crisisLines});
    for (int i = 0; i < std::min(int(c.crisisLines.size()), limits::crisisLines); ++i) {
        const ClinicInfo::CrisisLine &line = c.crisisLines.at(i);
        const int before = int(errors.size());
        checkText(errors, Field::CrisisNameEn, line.nameEn, limits::clinicLineLength, TextKind::SingleLine,
            ValidationText::tr("Crisis line %1's name in English").arg(i + 1));
        checkText(errors, Field::CrisisNameZh, line.nameZh, limits::clinicLineLength, TextKind::SingleLine,
            ValidationText::tr("Crisis line %1's name in Chinese").arg(i + 1));
        if (!dialable(line.number))
            errors.append(
                {Field::CrisisNumber, ValidationText::tr("Crisis line %1's number: %2").arg(i + 1).arg(numberRule())});
        else if (line.number.trimmed().isEmpty()
            && !(line.nameEn.trimmed().isEmpty() && line.nameZh.trimmed().isEmpty()))
            errors.append({Field::CrisisNumber,
                ValidationText::tr("Crisis line %1 has a name but no number: enter its number, or "
                                   "clear its name.")
                    .arg(i + 1)});
        for (int e = before; e < errors.size(); ++e)
            errors[e].lossIndex = i;
    }
    return errors;
}

} // namespace rp
