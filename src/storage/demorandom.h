#pragma once

#include <QtGlobal>

#include <cstddef>

// A small deterministic generator (splitmix64) for demo data: the same seed gives the same
// data on every platform and standard library, which std::rand and the distributions don't.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, bound) for bound > 0.
    quint64 below(quint64 bound);
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high);
    // True with the given probability in percent.
    bool percent(int chance);
    // An index into a table of `size` items.
    std::size_t pick(std::size_t size) { return static_cast<std::size_t>(below(size)); }

private:
    quint64 m_state;
};
