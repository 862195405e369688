#include "widgets/inspector/WriteConflictDialog.h"

#include "models/format/DatasetJsonWriter.h"
#include "models/viewmodels/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A record's fields as its file lays them out (DatasetJsonWriter), so that every table has
// its rows without a form of its own: a text as it is, anything else as compact JSON.
QJsonObject fieldsOf(const std::optional<Record> &record)
{
    if (!record)
        return {};
    const QByteArray json =
        std::visit([](const auto &r) { return DatasetJsonWriter::record(r); }, *record);
    return QJsonDocument::fromJson(json).object();
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QTableWidgetItem *cell(const QString &text, bool differs)
{
    auto *item = new QTableWidgetItem(text); // an item's text is plain text
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(PlainText::forAutoText(text));
    if (differs) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

} // namespace

WriteConflictDialog::WriteConflictDialog(const WriteConflict &conflict, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Changed by Someone Else"));
    const QString id = conflict.missed().id;
    const QString what =
        !conflict.theirs ? tr("%1 was removed by someone else since you read it.")
        : !conflict.missed().before
            ? tr("Someone else created a record with the id %1 since you read the dossier.")
            : tr("%1 was changed by someone else since you read it.");
    auto *intro = new QLabel(what.arg(id) + QLatin1Char(' ') +
                                 tr("Nothing of yours was saved; theirs is shown now. Fields "
                                    "that differ are in bold."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    const QJsonObject theirs = fieldsOf(conflict.theirs);
    const QJsonObject mine = fieldsOf(conflict.mineRecord());
    QStringList keys = theirs.keys();
    for (const QString &key : mine.keys())
        if (!keys.contains(key))
            keys.append(key);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Theirs"), tr("Mine")});
    m_table->setRowCount(int(keys.size()));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    for (int row = 0; row < keys.size(); ++row) {
        const QString theirText = shown(theirs.value(keys[row]));
        const QString myText = shown(mine.value(keys[row]));
        const bool differs = theirs.value(keys[row]) != mine.value(keys[row]);
        m_table->setItem(row, 0, cell(keys[row], differs));
        m_table->setItem(row, 1, cell(theirText, differs));
        m_table->setItem(row, 2, cell(myText, differs));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();

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
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void WriteConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::KeepTheirs)
        reject();
    else
        accept();
}
