#pragma once

#include "models/corpus/ArticleIntake.h"
#include "models/data/Dataset.h"

#include <QDialog>

class NumberedTextEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SourceForm;
struct Change;

/// File ▸ Add Article: a text file or a saved HTML page, chosen or dropped, shown as the
/// article view will show it (its paragraphs numbered as citations number them) beside the
/// source form, pre-filled with what the page suggests. OK gives the caller the source and the
/// article; the dialog writes nothing, neither the corpus nor the dataset.
class AddArticleDialog final : public QDialog
{
    Q_OBJECT
public:
    AddArticleDialog(const Dataset &dataset, const QString &corpusDir, QWidget *parent = nullptr);

    /// Reads the file and shows it, or says why it cannot be added. True when it can.
    bool loadFile(const QString &path);

    /// The source as the form has it, with its checksum and corpus file name.
    Source source() const;
    /// The article as read; its text is what goes into the corpus as source().file.
    const ArticleIntake::Result &article() const { return m_article; }
    /// Why OK is disabled; empty when it is not.
    QString blockedReason() const;

    SourceForm *form() const { return m_form; }

    /// The change that adds the source to the dataset, for the caller to apply once the
    /// article is written to the corpus.
    static Change addSourceChange(const Source &source);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void updateState();
    void retranslate();

    const Dataset &m_dataset;
    QString m_corpusDir;
    ArticleIntake::Result m_article;
    QString m_path;
    QLabel *m_fileLabel;
    QLineEdit *m_fileName;
    QPushButton *m_choose;
    QLabel *m_status;
    QLabel *m_reviewLabel;
    NumberedTextEdit *m_review;
    SourceForm *m_form;
    QLabel *m_reason;
    QDialogButtonBox *m_buttons;
};
