#include "patientgenerator.h"

#include <algorithm>

namespace rp {

namespace {

struct Name
{
    const char *en;
    const char *zh;
};

// Common Hong Kong surnames and given names, romanised as Hong Kong does (Cantonese).
const QList<Name> surnames{{"Chan", "陳"}, {"Wong", "黃"}, {"Lee", "李"}, {"Cheung", "張"}, {"Lau", "劉"}, {"Ho", "何"},
    {"Ng", "吳"}, {"Leung", "梁"}, {"Tam", "譚"}, {"Lam", "林"}, {"Chow", "周"}, {"Ma", "馬"}, {"Kwok", "郭"},
    {"Yip", "葉"}, {"Fung", "馮"}, {"Lo", "盧"}, {"Tang", "鄧"}, {"Tsang", "曾"}, {"Mak", "麥"}, {"Choi", "蔡"}};
const QList<Name> givenNames{{"Mei Ling", "美玲"}, {"Ka Yan", "嘉欣"}, {"Wing Sze", "詠詩"}, {"Hoi Yan", "凱欣"},
    {"Siu Man", "小雯"}, {"Wai Man", "惠敏"}, {"Pui Yee", "佩儀"}, {"Suet Ying", "雪瑩"}, {"Hiu Tung", "曉彤"},
    {"Ching Yee", "靜儀"}, {"Yuen Ting", "婉婷"}, {"Sze Wan", "詩韻"}, {"Lok Yee", "樂怡"}, {"Man Yee", "敏儀"},
    {"Ka Man", "嘉雯"}, {"Wing Yan", "穎欣"}};

} // namespace

PatientGenerator::PatientGenerator(quint32 seed, const QDate &today)
    : m_random(seed)
    , m_seed(seed)
    , m_today(today)
{ }

Patient PatientGenerator::next()
{
    ++m_count;
    Patient p;
    const Name &surname = pick(surnames);
    const Name &given = pick(givenNames);
    // Some records carry only one of the two names, as at a real desk.
    const int names = int(m_random.bounded(10u));
    if (names != 0)
        p.nameEn = QStringLiteral("%1 %2").arg(QLatin1String(surname.en), QLatin1String(given.en));
    if (names != 1)
        p.nameZh = QString::fromUtf8(surname.zh) + QString::fromUtf8(given.zh);
    p.birthDate = m_today.addYears(-25 - int(m_random.bounded(20u))).addDays(-int(m_random.bounded(365u)));
    const bool macau = chance(30);
    p.phone = macau ? QStringLiteral("6%1").arg(m_random.bounded(10000000u), 7, 10, QLatin1Char('0'))
                    : QStringLiteral("%1%2")
                          .arg(pick(QList<int>{5, 6, 9}))
                          .arg(m_random.bounded(10000000u), 7, 10, QLatin1Char('0'));
    p.fileNumber = QStringLiteral("G%1-%2").arg(m_seed, 8, 16, QLatin1Char('0')).arg(m_count, 6, 10, QLatin1Char('0'));
    p.constitution = pick(QList<Constitution>{
        Constitution::NotAssessed, Constitution::Cold, Constitution::Cold, Constitution::Heat, Constitution::Neutral});
    for (Pattern pattern : {Pattern::QiBloodDeficiency, Pattern::LiverQiStagnation, Pattern::KidneyQiDeficiency,
             Pattern::BloodStasis, Pattern::SpleenDeficiencyDamp}) {
        if (chance(pattern == Pattern::QiBloodDeficiency ? 50 : 12))
            p.patterns << pattern;
    }
    if (chance(8))
        p.conditions << Condition::Diabetes;
    if (chance(5))
        p.conditions << Condition::SeafoodAllergy;
    if (chance(40))
        p.conditions << Condition::PlanningToConceive;
    std::sort(p.patterns.begin(), p.patterns.end());
    std::sort(p.conditions.begin(), p.conditions.end());

    const int losses = chance(20) ? 2 : 1;
    for (int i = losses; i > 0; --i) {
        Loss loss;
        // The latest within the last 60 days; an earlier one a year or two before.
        loss.date = i == 1 ? m_today.addDays(-int(m_random.bounded(60u)))
                           : m_today.addDays(-400 - int(m_random.bounded(400u)));
        loss.kind = pick(QList<LossKind>{LossKind::Miscarriage, LossKind::Miscarriage, LossKind::Miscarriage,
            LossKind::FailedIvfTransfer, LossKind::BiochemicalPregnancy});
        if (loss.kind == LossKind::Miscarriage)
            loss.gestationalWeek = 5 + int(m_random.bounded(10u));
        else if (loss.kind == LossKind::BiochemicalPregnancy)
            loss.gestationalWeek = 4 + int(m_random.bounded(2u));
        loss.management = loss.kind == LossKind::Miscarriage
            ? pick(QList<Management>{Management::Natural, Management::Medication, Management::Surgical})
            : Management::Natural;
        p.losses << loss;
    }
    return p;
}

} // namespace rp
