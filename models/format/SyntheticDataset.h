#pragma once

#include "models/data/Dataset.h"

/// A made-up dispute of any size, for benchmarks and stress tests: deterministic for a seed,
/// shaped like a real one (a few actors in most claims and a long tail, dates over twenty
/// years at mixed precision, one to four citations, some conflicts, accented and non-Latin
/// text). It passes validation; its sources have no corpus behind them.
class SyntheticDataset
{
public:
    struct Parameters
    {
        int claims = 1000;
        int actors = 200;
        int sources = 100;
        quint64 seed = 1;
    };

    static Dataset generate(const Parameters &parameters);
};
