#include "printjob.h"

namespace rp {

QList<Language> printLanguages(PrintLanguage language)
{
    switch (language) {
    case PrintLanguage::English:
        return {Language::English};
    case PrintLanguage::Traditional:
        return {Language::TraditionalChinese};
    case PrintLanguage::Simplified:
        return {Language::SimplifiedChinese};
    case PrintLanguage::EnglishTraditional:
        return {Language::English, Language::TraditionalChinese};
    case PrintLanguage::EnglishSimplified:
        return {Language::English, Language::SimplifiedChinese};
    }
    return {Language::English};
}

bool isBilingual(PrintLanguage language)
{
    return printLanguages(language).size() > 1;
}

PrintLanguage printLanguageFor(Language language)
{
    switch (language) {
    case Language::English:
        return PrintLanguage::English;
    case Language::TraditionalChinese:
        return PrintLanguage::Traditional;
    case Language::SimplifiedChinese:
        return PrintLanguage::Simplified;
    }
    return PrintLanguage::English;
}

Language chineseScriptOf(PrintLanguage language)
{
    return printLanguages(language).contains(Language::SimplifiedChinese) ? Language::SimplifiedChinese
                                                                          : Language::TraditionalChinese;
}

bool ClinicInfo::isEmpty() const
{
    return nameEn.isEmpty() && nameZh.isEmpty() && addressEn.isEmpty() && addressZh.isEmpty() && phone.isEmpty()
        && practitionerEn.isEmpty() && practitionerZh.isEmpty() && logo.isEmpty();
}

bool ClinicInfo::operator==(const ClinicInfo &o) const
{
    return nameEn == o.nameEn && nameZh == o.nameZh && addressEn == o.addressEn && addressZh == o.addressZh
        && phone == o.phone && practitionerEn == o.practitionerEn && practitionerZh == o.practitionerZh
        && logo == o.logo && emergencyNumber == o.emergencyNumber && crisisLines == o.crisisLines;
}

} // namespace rp
