#include "widgets/shell/PreferencesDialog.h"

#include "widgets/shell/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QComboBox *combo(QWidget *parent, const QStringList &items, int current, const QString &name,
                 const QString &description)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    box->setCurrentIndex(current);
    box->setAccessibleName(name);
    box->setAccessibleDescription(description);
    box->setToolTip(description);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    setAccessibleDescription(tr("Corpus folder, page size, start-up filter, language and theme"));
    m_initialCorpus = AppSettings::corpusPath();
    m_corpus = new QLineEdit(QDir::toNativeSeparators(m_initialCorpus), this);
    m_corpus->setPlaceholderText(tr("No corpus attached"));
    m_corpus->setClearButtonEnabled(true);
    m_corpus->setAccessibleName(tr("Corpus folder"));
    m_corpus->setAccessibleDescription(
        tr("The folder holding your own copies of the articles' full texts"));
    m_corpus->setToolTip(m_corpus->accessibleDescription());
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Browse for the corpus folder"));
    m_browse->setAccessibleDescription(tr("Choose the corpus folder in a file dialog"));
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    auto *corpusRow = new QHBoxLayout;
    corpusRow->addWidget(m_corpus, 1);
    corpusRow->addWidget(m_browse);

    m_pageSize = combo(this, {tr("From the locale"), tr("A4"), tr("US Letter")},
                       int(AppSettings::pageSize()), tr("Page size"),
                       tr("The paper the report is printed or saved on"));
    m_startFilter = combo(this, {tr("Restore the last filter"), tr("Start with all claims")},
                          int(AppSettings::startFilter()), tr("Filter at start-up"),
                          tr("What the dashboard shows when it opens"));
    m_language = combo(this, {tr("System"), QStringLiteral("English"), QStringLiteral("Français")},
                       int(AppSettings::language()), tr("Language"),
                       tr("The language of the interface and the report"));
    m_theme = combo(this, {tr("Follow the system"), tr("Light"), tr("Dark")},
                    int(AppSettings::theme()), tr("Theme"), tr("Light or dark colours"));

    auto *form = new QFormLayout;
    auto *corpusLabel = new QLabel(tr("&Corpus folder:"), this);
    corpusLabel->setBuddy(m_corpus);
    form->addRow(corpusLabel, corpusRow);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("At &start-up:"), m_startFilter);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect when Dossier restarts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    for (QLabel *label : findChildren<QLabel *>())
        if (QWidget *buddy = label->buddy())
            label->setAccessibleName(buddy->accessibleName());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

void PreferencesDialog::browse()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Corpus Folder"), m_corpus->text());
    if (!dir.isEmpty())
        m_corpus->setText(QDir::toNativeSeparators(dir));
}

void PreferencesDialog::save()
{
    const QString corpus = QDir::fromNativeSeparators(m_corpus->text().trimmed());
    AppSettings::setCorpusPath(corpus);
    AppSettings::setPageSize(AppSettings::PageSize(m_pageSize->currentIndex()));
    AppSettings::setStartFilter(AppSettings::StartFilter(m_startFilter->currentIndex()));
    AppSettings::setLanguage(AppSettings::Language(m_language->currentIndex()));
    const auto theme = AppSettings::Theme(m_theme->currentIndex());
    if (theme != AppSettings::theme()) {
        AppSettings::setTheme(theme);
        Theme::apply(theme);
    }
    if (corpus != m_initialCorpus)
        emit corpusChanged(corpus);
}
