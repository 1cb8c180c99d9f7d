#include "demorandom.h"

DemoRandom::DemoRandom(quint64 seed) : m_state(seed) {}

quint64 DemoRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

namespace {
// GCC's 128-bit integer, an extension that -Wpedantic names unless it is marked as one.
__extension__ typedef unsigned __int128 UInt128;
} // namespace

quint64 DemoRandom::below(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Lemire's multiply-shift: unbiased enough for demo data and fast.
    return static_cast<quint64>((static_cast<UInt128>(next()) * bound) >> 64);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
}

bool DemoRandom::percent(int chance)
{
    return static_cast<int>(below(100)) < chance;
}
