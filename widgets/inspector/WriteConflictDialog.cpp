#include "widgets/inspector/WriteConflictDialog.h"

#include "models/data/TextUtil.h"
#include "models/session/WriteConflictFields.h"
#include "models/viewmodels/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *cell(const QString &text, bool marked)
{
    auto *item = new QTableWidgetItem(text); // an item's text is plain text
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(PlainText::forAutoText(text));
    if (marked) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A statement or the citations wrap: each row as tall as its text at the width it gets.
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its rows: one differing field leaves no blank table under it; many scroll.
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setMaximumHeight(t->fontMetrics().height() * 24);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column = 1; column < headers.size(); ++column)
        t->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    return t;
}

} // namespace

WriteConflictDialog::WriteConflictDialog(const WriteConflict &conflict, const Dataset &dataset,
                                         const std::optional<LoggedChange> &theirChange,
                                         QWidget *parent)
    : QDialog(parent), m_theirChange(new QLabel(this)),
      m_differing(table({tr("Field"), tr("Theirs"), tr("Mine")}, this)),
      m_sameToggle(new QToolButton(this)), m_same(table({tr("Field"), tr("Both")}, this))
{
    setWindowTitle(tr("Changed by Someone Else"));
    const QString id = TextUtil::isolated(conflict.missed().id);
    const QString what =
        !conflict.theirs ? tr("%1 was removed by someone else since you read it.")
        : !conflict.missed().before
            ? tr("Someone else created a record with the id %1 since you read the dossier.")
            : tr("%1 was changed by someone else since you read it.");
    auto *intro = new QLabel(what.arg(id) + QLatin1Char(' ') +
                                 tr("Nothing of yours was saved; theirs is shown now."),
                             this);
    for (QLabel *label : {intro, m_theirChange}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    if (theirChange) {
        const QString when =
            QLocale().toString(theirChange->time.toLocalTime(), QLocale::ShortFormat);
        m_theirChange->setText(tr("Their change: %1, by %2 on %3.")
                                   .arg(TextUtil::isolated(theirChange->change.description),
                                        TextUtil::isolated(theirChange->user), when));
    }
    m_theirChange->setVisible(theirChange.has_value());

    const QList<ConflictField> fields = WriteConflictFields::of(conflict, dataset);
    for (const ConflictField &field : fields) {
        QTableWidget *t = field.differs ? m_differing : m_same;
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, cell(field.label, field.differs));
        t->setItem(row, 1, cell(field.theirs, field.differs));
        if (field.differs)
            t->setItem(row, 2, cell(field.mine, true));
    }
    auto *differs = new QLabel(
        tr("%n field(s) differ, in bold: theirs beside yours.", nullptr, m_differing->rowCount()),
        this);
    m_differing->setAccessibleName(tr("Fields that differ"));
    m_same->setAccessibleName(tr("Fields the same"));

    // The same fields are there to check, not to read first: folded until asked for.
    m_sameToggle->setText(tr("%n field(s) the same", nullptr, m_same->rowCount()));
    m_sameToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sameToggle->setArrowType(Qt::RightArrow);
    m_sameToggle->setCheckable(true);
    m_sameToggle->setAutoRaise(true);
    m_sameToggle->setEnabled(m_same->rowCount() > 0);
    m_same->setVisible(false);
    connect(m_sameToggle, &QToolButton::toggled, this, [this](bool open) {
        m_sameToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_same->setVisible(open);
    });

    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("Keep Theirs"), QDialogButtonBox::RejectRole);
    m_keepTheirs->setToolTip(tr("Drop your change and keep their version"));
    m_applyMine = buttons->addButton(tr("Apply Mine on Top"), QDialogButtonBox::AcceptRole);
    m_applyMine->setToolTip(tr("Write your version over theirs, as one more edit you can undo"));
    m_editMine = buttons->addButton(tr("Edit…"), QDialogButtonBox::ActionRole);
    m_editMine->setToolTip(tr("Open your version in the claim editor first"));
    const bool claimOfMine =
        conflict.mineRecord() && std::holds_alternative<Claim>(*conflict.mineRecord());
    m_editMine->setEnabled(claimOfMine);
    m_keepTheirs->setDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::KeepTheirs); });
    connect(m_applyMine, &QPushButton::clicked, this, [this] { choose(Choice::ApplyMine); });
    connect(m_editMine, &QPushButton::clicked, this, [this] { choose(Choice::EditMine); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_theirChange);
    layout->addWidget(differs);
    layout->addWidget(m_differing);
    layout->addWidget(m_sameToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_same);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(760, sizeHint().height());
}

void WriteConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::KeepTheirs)
        reject();
    else
        accept();
}
