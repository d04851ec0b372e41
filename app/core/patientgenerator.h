#pragma once

#include "patient.h"

#include <QRandomGenerator>

namespace rp {

// Realistic made-up patients for load tests and benchmarks (--generate-patients): Cantonese
// names in English and Chinese, ages 25 to 44, Hong Kong and Macau phone numbers, one or two
// recent losses, and the constitutions, patterns and conditions a clinic sees. The same seed
// gives the same patients; file numbers carry the seed, so two generators with different seeds
// never clash.
class PatientGenerator
{
public:
    PatientGenerator(quint32 seed, const QDate &today);

    Patient next();

private:
    template <typename T> const T &pick(const QList<T> &from)
    {
        return from.at(int(m_random.bounded(quint32(from.size()))));
    }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }

    QRandomGenerator m_random;
    quint32 m_seed;
    QDate m_today;
    int m_count = 0;
};

} // namespace rp
