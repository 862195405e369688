#pragma once

#include "widgets/shell/AppSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

/// Edit ▸ Preferences: corpus folder, page size, start-up filter, language and theme. It
/// reads and writes AppSettings; the theme applies at once, the language on next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *corpusEdit() const { return m_corpus; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QComboBox *startFilterBox() const { return m_startFilter; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Writes the choices to the settings and applies the theme.
    void save();

signals:
    /// The corpus folder changed on save (empty: detached).
    void corpusChanged(const QString &path);

private:
    void browse();

    QLineEdit *m_corpus;
    QPushButton *m_browse;
    QComboBox *m_pageSize;
    QComboBox *m_startFilter;
    QComboBox *m_language;
    QComboBox *m_theme;
    QDialogButtonBox *m_buttons;
    QString m_initialCorpus;
};
