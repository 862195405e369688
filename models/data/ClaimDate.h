#pragma once

struct Claim;
class QString;

/// How a claim's date reads wherever it is shown. A claim the articles give no date of its own
/// (Claim::datedByReport) carries only when it was reported: it reads "as of 2024", a bound
/// and not a date, so that no view passes it off as an event of that year.
namespace ClaimDate {

/// Compact, for tables and lists: "2024-03", or "as of 2024".
QString shortText(const Claim &claim);
/// In words, for a reader: "March 2024", or "as of 2024 (when reported)".
QString longText(const Claim &claim);
/// In words with what is unknown said: "2024, month unknown", "March 2024, day unknown",
/// "5 March 2024"; "as of 2024, when reported" for a claim dated by its report.
QString withPrecision(const Claim &claim);

} // namespace ClaimDate
