#include "models/format/SyntheticDataset.h"

#include "models/data/ActorRoles.h"
#include "models/data/ClaimKinds.h"
#include "models/data/TextUtil.h"

#include <QCryptographicHash>
#include <array>
#include <cmath>
#include <random>

namespace {

// Our own mapping from the engine's output, so a seed gives the same dataset with any
// standard library (std:: distributions are implementation-defined).
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    /// Skewed towards 0: a few popular items and a long tail.
    int popular(int n)
    {
        const double u = double(m_engine() % 1000000) / 1000000.0;
        return std::min(n - 1, int(std::pow(u, 3.0) * n));
    }

private:
    std::mt19937_64 m_engine;
};

const std::array<const char *, 12> FirstNames{"Élise", "Jean", "Zoë", "Marta", "Søren", "Ana",
                                              "Li",    "Amir", "Olu", "Inès",  "Yuki",  "Björn"};
const std::array<const char *, 10> LastNames{"Moreau", "Kowalski", "Nakamura", "Haddad", "Dupré",
                                             "Okafor", "Ivanova",  "García",   "Müller", "Chen"};
const std::array<const char *, 8> Companies{"Acme",  "Globex",   "Initech", "Umbrella",
                                            "Hooli", "Vandelay", "Soylent", "Tyrell"};
const std::array<const char *, 8> Verbs{
    "sued",     "invested in",         "accused", "partnered with", "criticised",
    "answered", "acquired a stake in", "hired"};
const std::array<const char *, 6> Quotes{
    "« Nous contestons fermement ces accusations », a déclaré l’entreprise.",
    "L’accord prévoyait un investissement de plusieurs milliards d’euros.",
    "La plainte a été déposée devant le tribunal fédéral.",
    "Η εταιρεία αρνείται κάθε κατηγορία.",
    "قالت الشركة إن الادعاءات لا أساس لها",
    "该公司否认了所有指控。"};

QString hexDigest(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A known role, or now and then none (the format allows an empty role).
QString roleOf(Random &r)
{
    const QStringList &roles = ActorRoles::known();
    const int i = r.below(int(roles.size()) + 1);
    return i < roles.size() ? roles[i] : QString();
}

PartialDate randomDate(Random &r)
{
    const int year = 2005 + r.below(20);
    const int month = 1 + r.below(12);
    const int roll = r.below(100);
    if (roll < 15)
        return PartialDate::fromYear(year);
    if (roll < 40)
        return PartialDate::fromYearMonth(year, month);
    return PartialDate::fromDate(QDate(year, month, 1 + r.below(28)));
}

void addActors(Dataset &d, Random &r, int count)
{
    for (int i = 0; i < count; ++i) {
        Actor a;
        a.id = QStringLiteral("a%1").arg(i);
        const bool person = r.chance(60);
        if (person) {
            a.name = QStringLiteral("%1 %2 %3")
                         .arg(QString::fromUtf8(FirstNames[size_t(r.below(FirstNames.size()))]),
                              QString::fromUtf8(LastNames[size_t(r.below(LastNames.size()))]))
                         .arg(i);
            a.kind = QStringLiteral("person");
        } else {
            a.name = QStringLiteral("%1 %2")
                         .arg(QString::fromUtf8(Companies[size_t(r.below(Companies.size()))]))
                         .arg(i);
            a.kind = QStringLiteral("company");
        }
        a.aliases = {a.name.section(QLatin1Char(' '), -2)};
        a.description = QStringLiteral("A synthetic %1.").arg(a.kind);
        d.actors.append(a);
    }
}

void addSources(Dataset &d, Random &r, int count)
{
    for (int i = 0; i < count; ++i) {
        Source s;
        s.id = QStringLiteral("s%1").arg(i);
        s.file = QStringLiteral("synthetic-%1.txt").arg(i);
        s.outlet = QStringLiteral("Gazette n°%1").arg(1 + r.below(40));
        s.label = QStringLiteral("%1, article %2").arg(s.outlet).arg(i);
        s.title = QStringLiteral("Article synthétique %1").arg(i);
        s.author = r.chance(70) ? QStringLiteral("Rédaction %1").arg(r.below(50)) : QString();
        s.published =
            PartialDate::fromDate(QDate(2005 + r.below(20), 1 + r.below(12), 1 + r.below(28)));
        s.publishedNote = QStringLiteral("Synthetic.");
        s.language = r.chance(80) ? QStringLiteral("fr") : QStringLiteral("en");
        s.sha256 = hexDigest(s.id);
        d.sources.append(s);
    }
}

Claim makeClaim(const Dataset &d, Random &r, int i)
{
    Claim c;
    c.id = QStringLiteral("c%1").arg(i);
    c.date = randomDate(r);
    const QStringList &kinds = ClaimKinds::known();
    c.kind = kinds[r.below(int(kinds.size()))];
    const int actorCount = 1 + r.below(3);
    for (int k = 0; k < actorCount; ++k) {
        const QString id = d.actors[r.popular(int(d.actors.size()))].id;
        if (std::none_of(c.actors.begin(), c.actors.end(),
                         [&](const ActorRef &a) { return a.actor == id; }))
            c.actors.append({id, roleOf(r)});
    }
    const Actor &subject = d.actors[d.actorIndex(c.actors.first().actor)];
    c.statement = QStringLiteral("%1 %2 a counterpart over the affaire n°%3 (café, naïve).")
                      .arg(subject.name, QLatin1String(Verbs[size_t(r.below(Verbs.size()))]))
                      .arg(r.below(5000));
    if (c.kind == QLatin1String("allegation") || c.kind == QLatin1String("response"))
        c.claimant = subject.id;
    const int citations = 1 + r.popular(4);
    for (int k = 0; k < citations; ++k)
        c.citations.append({d.sources[r.below(int(d.sources.size()))].id,
                            1 + r.below(30),
                            QString::fromUtf8(Quotes[size_t(r.below(Quotes.size()))]),
                            {},
                            {}});
    return c;
}

} // namespace

Dataset SyntheticDataset::generate(const Parameters &p)
{
    Random r(p.seed);
    Dataset d;
    d.info.version = QStringLiteral("synthetic-%1").arg(p.seed);
    d.info.title = QStringLiteral("Synthetic dispute: %1 claims").arg(p.claims);
    d.info.description = QStringLiteral("Generated for benchmarks; no corpus stands behind it.");
    addActors(d, r, std::max(1, p.actors));
    addSources(d, r, std::max(1, p.sources));
    d.reindex();
    d.claims.reserve(p.claims);
    for (int i = 0; i < p.claims; ++i) {
        Claim c = makeClaim(d, r, i);
        // Responses answer an earlier claim; about one claim in a hundred conflicts with one.
        if (c.kind == QLatin1String("response") && i > 0)
            c.respondsTo = QStringLiteral("c%1").arg(r.below(i));
        if (i > 0 && r.chance(1))
            d.conflicts.append({QStringLiteral("k%1").arg(d.conflicts.size()),
                                {QStringLiteral("c%1").arg(r.below(i)), c.id},
                                QStringLiteral("The sources disagree on the date.")});
        d.claims.append(std::move(c));
    }
    // Two claims drawn at random can coincide: drop such degenerate conflicts.
    d.conflicts.removeIf([](const Conflict &k) { return k.claims[0] == k.claims[1]; });
    d.reindex();
    return d;
}
