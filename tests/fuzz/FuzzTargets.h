#pragma once

#include <cstddef>
#include <cstdint>

/// Fuzz entry points: each feeds arbitrary bytes to one importer and checks its invariants,
/// aborting when one breaks. Driven by libFuzzer (fuzz_*) and, over the saved inputs, by the
/// regression test (tst_fuzz_regressions).
namespace FuzzTargets {
int datasetJson(const uint8_t *data, size_t size);
int partialDate(const uint8_t *data, size_t size);
int quoteMatcher(const uint8_t *data, size_t size);
} // namespace FuzzTargets
