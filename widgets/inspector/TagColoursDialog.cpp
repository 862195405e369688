#include "widgets/inspector/TagColoursDialog.h"

#include "models/data/TextUtil.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor::fromString(colour));
    return QIcon(pixmap);
}

} // namespace

TagColoursDialog::TagColoursDialog(const Markup &markup, const QString &current, QWidget *parent)
    : QDialog(parent), m_markup(markup), m_tags(markup.tags()), m_list(new QListWidget(this)),
      m_change(new QPushButton(tr("&Change…"), this)), m_reset(new QPushButton(tr("&Reset"), this)),
      m_picker([](const QColor &initial, QWidget *parent) {
          return QColorDialog::getColor(initial, parent, tr("Tag Colour"));
      })
{
    setWindowTitle(tr("Tag Colours"));
    setObjectName(QStringLiteral("tagColoursDialog"));
    auto *intro = new QLabel(tr("The colour each of your tags is shown in, in the inspector and "
                                "the filter bar."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("tagColourList"));
    m_list->setAccessibleName(tr("Tags"));
    m_change->setObjectName(QStringLiteral("changeTagColour"));
    m_reset->setObjectName(QStringLiteral("resetTagColour"));
    m_reset->setToolTip(tr("Show the tag in its default colour again"));
    const QString currentKey = MarkupTags::key(current);
    for (const QString &tag : std::as_const(m_tags)) {
        m_given.append(markup.colourOf(tag));
        // The user's text: isolated, so a right-to-left tag does not reorder the list.
        auto *item = new QListWidgetItem(TextUtil::isolated(tag), m_list);
        item->setData(Qt::UserRole, tag);
        if (!currentKey.isEmpty() && MarkupTags::key(tag) == currentKey)
            m_list->setCurrentItem(item);
        setGiven(m_list->count() - 1, m_given.last());
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *side = new QVBoxLayout;
    side->addWidget(m_change);
    side->addWidget(m_reset);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_change, &QPushButton::clicked, this, &TagColoursDialog::changeSelected);
    connect(m_reset, &QPushButton::clicked, this, &TagColoursDialog::resetSelected);
    connect(m_list, &QListWidget::itemActivated, this, &TagColoursDialog::changeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &TagColoursDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString TagColoursDialog::given(int row) const
{
    return m_given.value(row);
}

void TagColoursDialog::setGiven(int row, const QString &colour)
{
    if (row < 0 || row >= m_given.size())
        return;
    m_given[row] = colour;
    const QString shown = colour.isEmpty() ? MarkupTags::defaultColour(m_tags[row]) : colour;
    QListWidgetItem *item = m_list->item(row);
    item->setIcon(swatch(shown));
    // The swatch is not read aloud: its colour is said in words.
    item->setData(Qt::AccessibleDescriptionRole, colour.isEmpty()
                                                     ? tr("Default colour %1").arg(shown)
                                                     : tr("Colour %1").arg(shown));
    updateButtons();
}

void TagColoursDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_change->setEnabled(row >= 0);
    m_reset->setEnabled(row >= 0 && !given(row).isEmpty());
}

void TagColoursDialog::changeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QString shown =
        given(row).isEmpty() ? MarkupTags::defaultColour(m_tags[row]) : given(row);
    const QColor picked = m_picker(QColor::fromString(shown), this);
    if (picked.isValid())
        setGiven(row, picked.name());
}

void TagColoursDialog::resetSelected()
{
    setGiven(m_list->currentRow(), QString());
}

QList<MarkupChange::ColourEdit> TagColoursDialog::edits() const
{
    QList<MarkupChange::ColourEdit> out;
    for (int row = 0; row < m_tags.size(); ++row) {
        const QString before = m_markup.colourOf(m_tags[row]);
        if (m_given[row] != before)
            out.append({m_tags[row], before, m_given[row]});
    }
    return out;
}

QString TagColoursDialog::describe(const QList<MarkupChange::ColourEdit> &edits)
{
    if (edits.size() == 1)
        return tr("Change colour of tag “%1”").arg(TextUtil::isolated(edits.first().tag));
    return tr("Change colours of %n tags", nullptr, int(edits.size()));
}
