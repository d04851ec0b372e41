#include "demopatients.h"

namespace rp {
namespace {

Loss loss(const QDate &date, LossKind kind, std::optional<int> week, Management management, const QString &notes = {})
{
    Loss l;
    l.date = date;
    l.kind = kind;
    l.gestationalWeek = week;
    l.management = management;
    l.notes = notes;
    return l;
}

} // namespace

QList<Patient> demoPatients(const QDate &today)
{
    QList<Patient> out;
    Patient p;

    p = {};
    p.nameEn = QStringLiteral("Chan Mei Ling");
    p.nameZh = QStringLiteral("陳美玲");
    p.birthDate = QDate(1989, 4, 12);
    p.phone = QStringLiteral("6123 4567");
    p.fileNumber = QStringLiteral("HK-0001");
    p.constitution = Constitution::Cold;
    p.patterns = {Pattern::QiBloodDeficiency, Pattern::KidneyQiDeficiency};
    p.notes = QStringLiteral("Cold hands and feet, tires easily. Prefers warm soups.");
    p.losses = {loss(today.addDays(-10), LossKind::Miscarriage, 8, Management::Natural,
        QStringLiteral("Bleeding lighter since day 5."))};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Lee Ka Yan");
    p.nameZh = QStringLiteral("李嘉欣");
    p.birthDate = QDate(1986, 11, 3);
    p.phone = QStringLiteral("9234 5678");
    p.fileNumber = QStringLiteral("HK-0002");
    p.constitution = Constitution::Heat;
    p.patterns = {Pattern::DampHeat};
    p.conditions = {Condition::Diabetes};
    p.notes = QStringLiteral("Type 2 diabetes, on metformin. Dry mouth, mouth ulcers.");
    p.losses = {loss(today.addDays(-5), LossKind::Miscarriage, 11, Management::Surgical,
        QStringLiteral("D&C at Queen Mary Hospital."))};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Wong Wing Sze");
    p.nameZh = QStringLiteral("黃詠詩");
    p.birthDate = QDate(1984, 2, 27);
    p.phone = QStringLiteral("6345 6789");
    p.fileNumber = QStringLiteral("HK-0003");
    p.constitution = Constitution::Neutral;
    p.patterns = {Pattern::LiverQiStagnation, Pattern::KidneyYinDeficiency};
    p.conditions = {Condition::PlanningToConceive};
    p.notes = QStringLiteral("Third IVF cycle planned. Sleeps poorly.");
    p.losses = {loss(today.addDays(-400), LossKind::FailedIvfTransfer, std::nullopt, Management::Natural,
                    QStringLiteral("Day-5 blastocyst, negative test.")),
        loss(today.addDays(-3), LossKind::FailedIvfTransfer, std::nullopt, Management::Natural,
            QStringLiteral("Frozen transfer, negative test."))};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Cheung Hiu Tung");
    p.nameZh = QStringLiteral("張曉彤");
    p.birthDate = QDate(1992, 7, 8);
    p.phone = QStringLiteral("5456 7890");
    p.fileNumber = QStringLiteral("MO-0104");
    p.conditions = {Condition::SeafoodAllergy};
    p.losses = {loss(today.addDays(-20), LossKind::BiochemicalPregnancy, 5, Management::Natural)};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Lam Suk Fan");
    p.nameZh = QStringLiteral("林淑芬");
    p.birthDate = QDate(1981, 9, 19);
    p.phone = QStringLiteral("6567 8901");
    p.fileNumber = QStringLiteral("HK-0005");
    p.constitution = Constitution::Cold;
    p.patterns = {Pattern::KidneyYangDeficiency, Pattern::BloodStasis};
    p.conditions = {Condition::Anticoagulants};
    p.notes = QStringLiteral("On warfarin: no 當歸 or 益母草. Check with her cardiologist.");
    p.losses = {loss(today.addDays(-3 * 365), LossKind::Miscarriage, 9, Management::Medication),
        loss(today.addDays(-14), LossKind::Miscarriage, 16, Management::Surgical,
            QStringLiteral("Late loss; milk came in on day 3."))};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Wang Li");
    p.nameZh = QStringLiteral("王丽");
    p.birthDate = QDate(1990, 5, 21);
    p.phone = QStringLiteral("+86 138 0013 8000");
    p.fileNumber = QStringLiteral("MO-0106");
    p.constitution = Constitution::Neutral;
    p.patterns = {Pattern::SpleenDeficiencyDamp};
    p.conditions = {Condition::Hepatitis};
    p.notes = QStringLiteral("Hepatitis B carrier. Reads simplified Chinese.");
    p.losses = {loss(today.addDays(-2), LossKind::Miscarriage, 7, Management::Medication)};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Maria Santos");
    p.birthDate = QDate(1990, 1, 15);
    p.phone = QStringLiteral("6678 9012");
    p.fileNumber = QStringLiteral("MO-0107");
    p.constitution = Constitution::NotAssessed;
    p.conditions = {Condition::Breastfeeding};
    p.notes = QStringLiteral("Still breastfeeding her two-year-old. Prefers English.");
    p.losses = {loss(today.addDays(-30), LossKind::Miscarriage, 6, Management::Natural)};
    out << p;

    p = {};
    p.nameEn = QStringLiteral("Ho Yuen Ting");
    p.nameZh = QStringLiteral("何婉婷");
    p.birthDate = QDate(1979, 12, 2);
    p.phone = QStringLiteral("9789 0123");
    p.fileNumber = QStringLiteral("HK-0008");
    p.constitution = Constitution::Heat;
    p.patterns = {Pattern::QiBloodDeficiency};
    p.archived = true;
    p.notes = QStringLiteral("Moved to Singapore.");
    p.losses = {loss(today.addDays(-2 * 365), LossKind::Miscarriage, 10, Management::Natural)};
    out << p;

    return out;
}

} // namespace rp
