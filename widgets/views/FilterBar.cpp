#include "widgets/views/FilterBar.h"

#include "widgets/views/CheckListButton.h"
#include "widgets/views/ElidedLabel.h"
#include "widgets/views/FlowLayout.h"
#include "widgets/views/SpinBoxAccessible.h"

#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/data/TextUtil.h"
#include "models/filter/FilterState.h"
#include "models/markup/Markup.h"
#include "models/viewmodels/KindColors.h"
#include "models/viewmodels/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace {

constexpr int SearchDelayMs = 200;

} // namespace

FilterBar::FilterBar(FilterState &filter, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_dataset(filter.dataset())
{
    // Before the year boxes exist: Qt keeps the first interface it makes for a widget.
    SpinBoxAccessible::install(); // "any" is no year
    buildActorPicker();
    buildCombos();
    buildChoices();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search statements and quotes (Ctrl+F)"));
    // The clear button shows only over text, and the first lookup of its icon parses the icon
    // theme (milliseconds on the way to the first window): it is enabled when the search first
    // gets focus or text instead.
    m_search->installEventFilter(this);
    m_search->setMinimumWidth(120);
    m_clear = new QPushButton(tr("Clear Filter"), this);
    m_clear->setToolTip(tr("Show every claim (Ctrl+Shift+X)"));
    m_summary = new ElidedLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    placeControls();

    describeForAccessibility();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_filter.setText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_filter.setText(m_search->text());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            m_filter.setText(QString());
        else
            enableClearButton(); // text dropped in without focus
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_searchDelay->stop();
        m_filter.clear();
    });
    connect(&m_filter, &FilterState::changed, this, &FilterBar::syncFromFilter);
    syncFromFilter();
}

void FilterBar::placeControls()
{
    // The controls flow onto as many rows as the width needs, in reading and Tab order: a
    // label stays with its field, as each pair is one item of the flow.
    auto *flow = new FlowLayout(this, 8, 4);
    flow->setContentsMargins(6, 4, 6, 4);
    auto *actors = new QWidget(this);
    auto *actorsRow = new QHBoxLayout(actors);
    actorsRow->setContentsMargins(0, 0, 0, 0);
    actorsRow->setSpacing(4);
    auto *actorsLabel = new QLabel(tr("Actors:"), actors);
    actorsRow->addWidget(actorsLabel);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(3);
    actorsRow->addLayout(m_chips);
    m_actorEdit->setParent(actors);
    actorsRow->addWidget(m_actorEdit, 1);
    actors->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *years = new QWidget(this);
    auto *yearsRow = new QHBoxLayout(years);
    yearsRow->setContentsMargins(0, 0, 0, 0);
    yearsRow->setSpacing(4);
    auto *yearsLabel = new QLabel(tr("Years:"), years);
    yearsRow->addWidget(yearsLabel);
    m_fromYear->setParent(years);
    yearsRow->addWidget(m_fromYear);
    yearsRow->addWidget(new QLabel(tr("to"), years));
    m_toYear->setParent(years);
    yearsRow->addWidget(m_toYear);
    years->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    flow->addWidget(actors);
    flow->addWidget(years);
    flow->addWidget(labelled(tr("Sources:"), m_sources));
    flow->addWidget(labelled(tr("Kinds:"), m_kinds));
    flow->addWidget(labelled(tr("In conflict:"), m_conflict));
    flow->addWidget(labelled(tr("Sourcing:"), m_sourcing));
    flow->addWidget(labelled(tr("Claimed by:"), m_claimants));
    flow->addWidget(m_keyOnly);
    flow->addWidget(labelled(tr("Tags:"), m_tags));
    flow->addWidget(m_search);
    flow->addWidget(m_clear);
    flow->addWidget(m_summary);
    // A long filter in words elides rather than pushing the bar onto another row.
    flow->setPackingWidth(m_summary, fontMetrics().averageCharWidth() * 28);
    m_flow = flow;
}

void FilterBar::buildActorPicker()
{
    m_actorEdit = new QLineEdit(this);
    m_actorEdit->setPlaceholderText(tr("Add an actor…"));
    m_actorEdit->setMinimumWidth(110);
    m_actorEdit->setToolTip(tr("Type part of a name or alias; Enter adds the actor to the filter"));
    m_actorNames = new QStringListModel(this);
    fillActorNames();
    auto *completer = new QCompleter(m_actorNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_actorEdit->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                addActorByText(text);
                // The line edit receives the completion after this signal: clear it then.
                QTimer::singleShot(0, m_actorEdit, &QLineEdit::clear);
            });
    connect(m_actorEdit, &QLineEdit::returnPressed, this, &FilterBar::addTypedActor);
}

void FilterBar::fillActorNames()
{
    QStringList names;
    for (const Actor &a : m_dataset.actors) {
        names.append(a.name);
        for (const QString &alias : a.aliases)
            if (!names.contains(alias))
                names.append(alias);
    }
    names.sort(Qt::CaseInsensitive);
    m_actorNames->setStringList(names);
}

void FilterBar::fillYearRange()
{
    auto [lo, hi] = m_filter.dateOrder().yearSpan();
    if (!lo)
        lo = hi = QDate::currentDate().year();
    // Below the first year is "any" (the special value text).
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        // A narrower range must not clamp the box into a filter of its own.
        const QSignalBlocker quiet(box);
        box->setRange(lo - 1, hi);
    }
}

void FilterBar::buildCombos()
{
    for (QSpinBox **box : {&m_fromYear, &m_toYear}) {
        *box = new QSpinBox(this);
        (*box)->setSpecialValueText(tr("any"));
        (*box)->setKeyboardTracking(false);
        (*box)->setAccelerated(true);
        connect(*box, &QSpinBox::valueChanged, this, &FilterBar::applyYears);
    }
    fillYearRange();
    m_fromYear->setToolTip(tr("First year shown (claims that overlap it count)"));
    m_toYear->setToolTip(tr("Last year shown"));
}

void FilterBar::buildChoices()
{
    m_sources = new CheckListButton(this);
    m_sources->setSummaries(tr("All sources"), [](int n) { return tr("%n sources", nullptr, n); });
    fillSources();
    connect(m_sources, &CheckListButton::checkedValuesChanged, this,
            [this](const QStringList &ids) { m_filter.setSources(ids); });

    m_kinds = new CheckListButton(this);
    m_kinds->setSummaries(tr("All kinds"), [](int n) { return tr("%n kinds", nullptr, n); });
    for (const QString &kind : ClaimKinds::known()) {
        QPixmap swatch(12, 12);
        swatch.fill(KindColors::color(kind));
        m_kinds->addChoice(ClaimKinds::label(kind), kind, QIcon(swatch));
    }
    connect(m_kinds, &CheckListButton::checkedValuesChanged, this,
            [this](const QStringList &kinds) { m_filter.setKinds(kinds); });

    using Side = ClaimFilter::Side;
    m_conflict = new QComboBox(this);
    m_conflict->addItem(tr("any"), int(Side::Any));
    m_conflict->addItem(tr("yes"), int(Side::Yes));
    m_conflict->addItem(tr("no"), int(Side::No));
    m_conflict->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_conflict, &QComboBox::activated, this, [this](int i) {
        edit([&](ClaimFilter &f) { f.inConflict = Side(m_conflict->itemData(i).toInt()); });
    });

    m_sourcing = new QComboBox(this);
    m_sourcing->addItem(tr("any"), int(Side::Any));
    m_sourcing->addItem(tr("single"), int(Side::Yes));
    m_sourcing->addItem(tr("several"), int(Side::No));
    m_sourcing->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_sourcing, &QComboBox::activated, this, [this](int i) {
        edit([&](ClaimFilter &f) { f.singleSource = Side(m_sourcing->itemData(i).toInt()); });
    });

    // Claims no actor makes are the articles' own: "reported as fact" is one more choice,
    // and may be ticked with actors (either matches).
    m_claimants = new CheckListButton(this);
    m_claimants->setSummaries(tr("anyone"), [](int n) { return tr("%n claimants", nullptr, n); });
    countClaimants();
    fillClaimants();
    connect(m_claimants, &CheckListButton::checkedValuesChanged, this,
            [this](const QStringList &values) {
                edit([&](ClaimFilter &f) {
                    f.reportedAsFact = values.contains(QString());
                    f.claimants = values;
                    f.claimants.removeAll(QString());
                });
            });

    // The user's markup (issue 21): key claims, and claims with any of the tags ticked.
    m_keyOnly = new QCheckBox(tr("Key claims only"), this);
    connect(m_keyOnly, &QCheckBox::toggled, this,
            [this](bool on) { edit([&](ClaimFilter &f) { f.keyOnly = on; }); });
    m_tags = new CheckListButton(this);
    m_tags->setSummaries(tr("any"), [](int n) { return tr("%n tags", nullptr, n); });
    connect(m_tags, &CheckListButton::checkedValuesChanged, this,
            [this](const QStringList &values) { edit([&](ClaimFilter &f) { f.tags = values; }); });
}

void FilterBar::setMarkup(const Markup *markup)
{
    m_markup = markup;
    fillTags();
}

void FilterBar::fillTags()
{
    const QStringList tags = m_markup ? m_markup->tags() : QStringList();
    m_tags->clearChoices();
    for (const QString &tag : tags) {
        const QString colour = m_markup ? m_markup->shownColour(tag) : QString();
        QIcon icon;
        if (QColor::isValidColorName(colour)) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor::fromString(colour));
            icon = QIcon(swatch);
        }
        m_tags->addChoice(TextUtil::isolated(tag), tag, icon);
    }
    // A tag the filter holds that no claim has any more stays offered, so it can be unticked.
    for (const QString &tag : m_filter.filter().tags)
        if (!tags.contains(tag))
            m_tags->addChoice(TextUtil::isolated(tag), tag);
    m_tags->setCheckedValues(m_filter.filter().tags);
}

void FilterBar::fillSources()
{
    m_sources->clearChoices();
    for (const Source &src : m_dataset.sources)
        m_sources->addChoice(TextUtil::isolated(src.label), src.id);
}

void FilterBar::widenYearRange(const TableDelta &claims)
{
    for (const QList<int> *list : {&claims.added, &claims.changed})
        for (const int c : *list) {
            const int year = m_dataset.claims[c].date.year();
            if (year <= 0)
                continue;
            for (QSpinBox *box : {m_fromYear, m_toYear}) {
                const QSignalBlocker quiet(box);
                box->setRange(std::min(box->minimum(), year - 1), std::max(box->maximum(), year));
            }
        }
}

void FilterBar::countClaimants()
{
    m_claimantOf.clear();
    m_claimantOf.reserve(size_t(m_dataset.claims.size()));
    m_claimsOfClaimant.assign(size_t(m_dataset.actors.size()), 0);
    for (const Claim &c : m_dataset.claims) {
        const int a = m_dataset.actorIndex(c.claimant);
        m_claimantOf.push_back(a);
        if (a >= 0)
            ++m_claimsOfClaimant[size_t(a)];
    }
}

bool FilterBar::followClaimants(const TableDelta &claims)
{
    bool listChanged = false;
    const auto count = [&](int actor, int step) {
        if (actor < 0)
            return;
        int &n = m_claimsOfClaimant[size_t(actor)];
        const bool was = n > 0;
        n += step;
        listChanged = listChanged || was != (n > 0);
    };
    // Removed and inserted first, so that the edited claims' entries, still holding what they
    // were before, stand where the positions after the change say.
    for (auto it = claims.removed.crbegin(); it != claims.removed.crend(); ++it) {
        count(m_claimantOf[size_t(*it)], -1);
        m_claimantOf.erase(m_claimantOf.begin() + *it);
    }
    for (const int c : claims.added)
        m_claimantOf.insert(m_claimantOf.begin() + c, -1);
    for (const int c : claims.changed)
        count(m_claimantOf[size_t(c)], -1);
    for (const QList<int> *list : {&claims.added, &claims.changed})
        for (const int c : *list) {
            m_claimantOf[size_t(c)] = m_dataset.actorIndex(m_dataset.claims[c].claimant);
            count(m_claimantOf[size_t(c)], +1);
        }
    return listChanged;
}

void FilterBar::fillClaimants()
{
    m_claimants->clearChoices();
    m_claimants->addChoice(tr("reported as fact"), QString());
    m_claimants->addSeparator();
    QList<int> claimants;
    for (int a = 0; a < int(m_claimsOfClaimant.size()); ++a)
        if (m_claimsOfClaimant[size_t(a)] > 0)
            claimants.append(a);
    std::sort(claimants.begin(), claimants.end(), [this](int a, int b) {
        return m_dataset.actors[a].name.localeAwareCompare(m_dataset.actors[b].name) < 0;
    });
    for (const int a : claimants)
        m_claimants->addChoice(TextUtil::isolated(m_dataset.actors[a].name),
                               m_dataset.actors[a].id);
}

void FilterBar::applyDelta(const DatasetDelta &delta)
{
    if (!delta.actors.isEmpty())
        fillActorNames();
    if (!delta.sources.isEmpty())
        fillSources();
    // Claims added or edited can only widen the years, which they alone show; a removal may
    // narrow them, read off the date order (which the filter has already followed). So an
    // edit moving the only claim of the first year elsewhere leaves that year in the range
    // until the next removal or reload: it hides no claim.
    const bool removed = !delta.claims.removed.isEmpty();
    if (removed)
        fillYearRange();
    else
        widenYearRange(delta.claims);
    // The claimants offered are kept exact by counting: an actor's index may have moved, so
    // a change to the actors counts afresh.
    if (!delta.actors.isEmpty()) {
        countClaimants();
        fillClaimants();
    } else if (followClaimants(delta.claims)) {
        fillClaimants();
    }
    // The ticks follow the filter when it announces the change (syncFromFilter).
}

void FilterBar::edit(const std::function<void(ClaimFilter &)> &change)
{
    ClaimFilter f = m_filter.filter();
    change(f);
    m_filter.setFilter(f);
}

QWidget *FilterBar::labelled(const QString &label, QWidget *field)
{
    auto *pair = new QWidget(this);
    auto *row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *text = new QLabel(label, pair);
    text->setBuddy(field);
    row->addWidget(text);
    field->setParent(pair);
    row->addWidget(field);
    pair->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Named as its label reads, without the colon.
    QString name = label;
    name.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}]*:$")));
    field->setAccessibleName(name);
    m_pairs.append(pair);
    return pair;
}

void FilterBar::describeForAccessibility()
{
    setAccessibleName(tr("Filter"));
    setAccessibleDescription(tr("Narrows every view to the claims that match"));
    m_actorEdit->setAccessibleName(tr("Add an actor"));
    m_actorEdit->setAccessibleDescription(m_actorEdit->toolTip());
    m_fromYear->setAccessibleName(tr("From year"));
    m_fromYear->setAccessibleDescription(m_fromYear->toolTip());
    m_toYear->setAccessibleName(tr("To year"));
    m_toYear->setAccessibleDescription(m_toYear->toolTip());
    // Each choice is named by its visible label (labelled()); what it does, described.
    m_sources->setDescription(tr("Only the claims cited from these articles"));
    m_sources->setAccessibleDescription(tr("Only the claims cited from these articles"));
    m_kinds->setDescription(tr("Only the claims of these kinds"));
    m_kinds->setAccessibleDescription(tr("Only the claims of these kinds"));
    m_conflict->setToolTip(tr("Claims in a recorded conflict with another, or in none"));
    m_conflict->setAccessibleDescription(m_conflict->toolTip());
    m_sourcing->setToolTip(tr("Claims resting on a single source, or on several"));
    m_sourcing->setAccessibleDescription(m_sourcing->toolTip());
    m_claimants->setDescription(
        tr("Only the claims these actors make, or that the articles report as fact"));
    m_claimants->setAccessibleDescription(
        tr("Only the claims these actors make, or that the articles report as fact"));
    m_keyOnly->setToolTip(tr("Only the claims you starred as key (Edit ▸ Mark as Key Claim)"));
    m_keyOnly->setAccessibleDescription(m_keyOnly->toolTip());
    m_tags->setDescription(tr("Only the claims with any of these tags of yours"));
    m_tags->setAccessibleDescription(tr("Only the claims with any of these tags of yours"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Every word must occur in the statement or a quote; case and accents "
                            "are ignored"));
    m_search->setAccessibleDescription(m_search->toolTip());
    m_clear->setAccessibleName(tr("Clear the filter"));
    m_clear->setAccessibleDescription(m_clear->toolTip());
    // No fixed name: the summary's name is its text ("… · 6 of 112 claims"), and QLabel tells
    // assistive technology when it changes, so the new count is announced.
    m_summary->setAccessibleDescription(
        tr("Active filter: the claims shown and what narrows them"));
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::FocusIn)
        enableClearButton();
    return QWidget::eventFilter(watched, event);
}

void FilterBar::enableClearButton()
{
    if (m_search->isClearButtonEnabled())
        return;
    m_search->setClearButtonEnabled(true);
    m_search->removeEventFilter(this);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::addTypedActor()
{
    const QString text = m_actorEdit->text().trimmed();
    if (text.isEmpty())
        return;
    int actor = m_dataset.findActor(text);
    if (actor < 0 && m_actorEdit->completer()) {
        // Not an exact name: take the first suggestion, as the popup shows it.
        QCompleter *completer = m_actorEdit->completer();
        completer->setCompletionPrefix(text);
        if (completer->completionCount() > 0)
            actor = m_dataset.findActor(completer->currentCompletion());
    }
    if (actor >= 0) {
        m_filter.setActorIncluded(m_dataset.actors[actor].id, true);
        m_actorEdit->clear();
    }
}

void FilterBar::addActorByText(const QString &text)
{
    const int actor = m_dataset.findActor(text);
    if (actor >= 0)
        m_filter.setActorIncluded(m_dataset.actors[actor].id, true);
}

void FilterBar::applyYears()
{
    const int from = m_fromYear->value() == m_fromYear->minimum() ? 0 : m_fromYear->value();
    const int to = m_toYear->value() == m_toYear->minimum() ? 0 : m_toYear->value();
    m_filter.setYearRange(from, to);
}

void FilterBar::syncFromFilter()
{
    const ClaimFilter &f = m_filter.filter();
    {
        // Setting a spin box rewrites its text even to the same value: only what changed.
        const QSignalBlocker b1(m_fromYear), b2(m_toYear);
        if (const int from = f.fromYear ? f.fromYear : m_fromYear->minimum();
            m_fromYear->value() != from)
            m_fromYear->setValue(from);
        if (const int to = f.toYear ? f.toYear : m_toYear->minimum(); m_toYear->value() != to)
            m_toYear->setValue(to);
    }
    m_sources->setCheckedValues(f.sources);
    m_kinds->setCheckedValues(f.kinds);
    m_conflict->setCurrentIndex(std::max(0, m_conflict->findData(int(f.inConflict))));
    m_sourcing->setCurrentIndex(std::max(0, m_sourcing->findData(int(f.singleSource))));
    QStringList claimants = f.claimants;
    if (f.reportedAsFact)
        claimants.prepend(QString());
    m_claimants->setCheckedValues(claimants);
    {
        const QSignalBlocker quiet(m_keyOnly);
        m_keyOnly->setChecked(f.keyOnly);
    }
    m_tags->setCheckedValues(f.tags);
    if (m_search->text() != f.text && !m_searchDelay->isActive()) {
        if (!f.text.isEmpty())
            enableClearButton();
        const QSignalBlocker blocker(m_search);
        m_search->setText(f.text);
    }
    m_clear->setEnabled(!f.isEmpty());
    const QString summary = m_filter.summary();
    m_summary->setFullText(summary);
    rebuildChips();
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater(); // it may be the chip whose click got us here
        }
        delete item;
    }
    for (const QString &id : m_filter.filter().actors) {
        const QString name = m_dataset.actorName(id);
        auto *chip = new QToolButton(this);
        chip->setText(PlainText::forButton(tr("%1 ✕").arg(TextUtil::isolated(name))));
        chip->setToolTip(tr("Remove this actor from the filter"));
        chip->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #7a9cc6; border-radius: 9px; background: #e4eefa;"
            " color: #10243e; padding: 1px 6px; }"));
        chip->setAccessibleName(tr("Remove %1 from the filter").arg(name));
        chip->setAccessibleDescription(chip->toolTip());
        connect(chip, &QToolButton::clicked, this,
                [this, id] { m_filter.setActorIncluded(id, false); });
        m_chips->addWidget(chip);
    }
    // Tab reaches the chips, then the field that adds another, as they read.
    QWidget *previous = m_actorEdit;
    for (int i = 0; i < m_chips->count(); ++i)
        if (QWidget *chip = m_chips->itemAt(i)->widget()) {
            setTabOrder(previous, chip);
            previous = chip;
        }
    if (previous != m_actorEdit)
        setTabOrder(previous, m_actorEdit);
}
