#include "models/report/ReportBuilder.h"

#include "models/data/ActorKinds.h"
#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/filter/ActorStatistics.h"
#include "models/filter/ClaimFilter.h"
#include "models/filter/ClaimMatcher.h"
#include "models/markup/Markup.h"
#include "models/viewmodels/DisputeSummary.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace {

// Dataset text as the report shows it: among other text (a list of names, a label and its
// value, a quote in its marks), so isolated for direction, lest a right-to-left name or a stray
// override in one field reorder its neighbours.
QString shown(const QString &text)
{
    return TextUtil::isolated(text);
}

QString sourceLabel(const Source &s)
{
    return shown(s.label);
}

struct Builder
{
    const Dataset &d;
    ReportContent &r;
    QHash<int, QList<int>> notesOfClaim; // claim index -> note numbers
    const Markup *markup = nullptr;

    void addChronology()
    {
        for (int c : std::as_const(r.claims)) {
            const Claim &claim = d.claims[c];
            ChronologyRow row;
            row.claim = c;
            row.date = ClaimDate::shortText(claim);
            row.dateNote = shown(claim.dateNote);
            row.kind = ClaimKinds::label(claim.kind); // in the reader's language
            row.statement = shown(claim.statement);
            if (!claim.claimant.isEmpty())
                row.claimant = shown(d.actorName(claim.claimant));
            for (int a : d.actorsOfClaim(c))
                row.actors << shown(d.actors[a].name);
            for (const Citation &citation : claim.citations) {
                ReportNote note;
                note.number = int(r.notes.size()) + 1;
                note.claim = c;
                note.claimId = claim.id;
                note.sourceId = citation.source;
                const int s = d.sourceIndex(citation.source);
                note.source = s >= 0 ? sourceLabel(d.sources[s]) : shown(citation.source);
                note.paragraph = citation.paragraph;
                note.quote = shown(citation.quote);
                r.notes << note;
                row.notes << note.number;
            }
            if (markup) {
                const ClaimMarkup mine = markup->of(claim.id);
                row.key = mine.key;
                for (const QString &tag : mine.tags)
                    row.tags << shown(tag);
            }
            notesOfClaim.insert(c, row.notes);
            r.chronology << row;
        }
    }

    void addCast(const DisputeSummary &summary)
    {
        const ActorStatistics statistics(d, r.claims);
        for (const DisputeSummary::Party &party : summary.parties) {
            const Actor &actor = d.actors[party.actor];
            CastRow row;
            row.actor = party.actor;
            row.name = shown(actor.name);
            row.kind = ActorKinds::label(actor.kind);
            row.description = shown(actor.description);
            row.claims = party.claims;
            row.first = statistics.firstDate(party.actor);
            row.last = statistics.lastDate(party.actor);
            r.cast << row;
            r.parties << row.name;
        }
    }

    void addConflicts(const DisputeSummary &summary)
    {
        for (const DisputeSummary::ConflictPart &part : summary.conflicts) {
            const Conflict &conflict = d.conflicts[part.conflict];
            ConflictEntry entry;
            entry.id = conflict.id;
            entry.about = shown(conflict.about);
            for (const int c : part.outside)
                entry.outsideClaimIds << d.claims[c].id;
            for (const int c : part.shown) {
                const Claim &claim = d.claims[c];
                ConflictSide side;
                side.claim = c;
                side.claimId = claim.id;
                side.date = ClaimDate::shortText(claim);
                side.statement = shown(claim.statement);
                if (!claim.claimant.isEmpty())
                    side.claimant = shown(d.actorName(claim.claimant));
                side.notes = notesOfClaim.value(c);
                entry.sides << side;
            }
            r.conflicts << entry;
        }
    }

    void addSources()
    {
        QHash<int, int> citations;
        for (const ReportNote &note : std::as_const(r.notes)) {
            const int s = d.sourceIndex(note.sourceId);
            if (s >= 0)
                ++citations[s];
        }
        for (int s = 0; s < d.sources.size(); ++s) {
            if (!citations.contains(s))
                continue;
            const Source &source = d.sources[s];
            r.sources << SourceEntry{s,
                                     source.id,
                                     shown(source.label),
                                     shown(source.outlet),
                                     shown(source.title),
                                     shown(source.author),
                                     source.published.toIsoString(),
                                     shown(source.publishedNote),
                                     shown(source.notes),
                                     shown(source.file),
                                     source.sha256,
                                     citations.value(s)};
        }
        // By label, the name the notes give them: a reader looks a note's source up here.
        std::stable_sort(r.sources.begin(), r.sources.end(),
                         [](const SourceEntry &a, const SourceEntry &b) {
                             return a.label.localeAwareCompare(b.label) < 0;
                         });
    }
};

} // namespace

namespace ReportBuilder {

ReportContent build(const Dataset &dataset, const ClaimFilter &filter, const ReportOptions &options)
{
    ReportContent r;
    r.title =
        shown(options.title.trimmed().isEmpty() ? dataset.info.title : options.title.trimmed());
    if (r.title.isEmpty())
        r.title = QCoreApplication::translate("Report", "Dispute summary");
    r.filterText = filter.describeLabelled(dataset);
    r.generatedOn = options.generatedOn.isValid() ? options.generatedOn : QDate::currentDate();
    r.datasetTitle = shown(dataset.info.title);
    r.datasetVersion = shown(dataset.info.version);
    r.datasetSha256 = options.datasetSha256;
    const DisputeSummary summary = DisputeSummary::of(
        dataset, ClaimMatcher(dataset, filter, nullptr, nullptr, options.markup).matchingClaims());
    r.claims = summary.claims;
    if (r.claims.isEmpty())
        return r;
    r.spanFrom = dataset.claims[summary.firstClaim].date.toIsoString();
    r.spanTo = dataset.claims[summary.lastClaim].date.toIsoString();

    Builder builder{dataset, r, {}, options.markup};
    builder.addChronology();
    builder.addCast(summary);
    builder.addConflicts(summary);
    builder.addSources();
    return r;
}

} // namespace ReportBuilder
