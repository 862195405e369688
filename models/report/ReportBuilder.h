#pragma once

#include "models/report/ReportContent.h"

class Dataset;
struct ClaimFilter;

/// Selects and orders what a report holds: the claims the filter matches (as `dossier
/// export` selects them), their actors, conflicts, sources and citations.
namespace ReportBuilder {

ReportContent build(const Dataset &dataset, const ClaimFilter &filter,
                    const ReportOptions &options = {});

} // namespace ReportBuilder
