#pragma once

#include "models/data/Dataset.h"

#include <QHash>
#include <QWidget>
#include <optional>

class PartialDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// The fields of a source (label, outlet, title, author, publication date and how it was
/// inferred, language, notes, corpus file), each checked as it is typed by the validator's own
/// rules (DatasetValidator::validateRecords() on the source among the dataset's), with what is
/// wrong beside the field. The form only edits a value: whoever shows it applies it.
class SourceForm final : public QWidget
{
    Q_OBJECT
public:
    /// `dataset` holds the sources a new one must stand apart from (labels, ids); `corpusDir`
    /// is where its file is to go. Both must outlive the form.
    SourceForm(const Dataset &dataset, QString corpusDir, QWidget *parent = nullptr);

    /// Fills every field; the id and checksum are kept as they are.
    void setSource(const Source &source);
    /// Fills every field with a source of the dataset, to edit it: it keeps its id and its
    /// corpus file (the file's checksum and the quotes placed in it depend on the file, so the
    /// field is read only), and it is checked in its own place among the dataset's sources.
    void editExisting(const Source &source);
    /// The fields as a source, with an id of its own made from the label.
    Source source() const;

    /// Each field's problem, by the format's field name ("label", "published"…); empty when
    /// the source is valid.
    const QHash<QString, QString> &problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty(); }
    /// The first problem in the form's order, as "Field: what is wrong"; empty when valid.
    QString firstProblem() const;
    /// The field editing a format field ("label", "published", "notes"…), for tests and focus.
    QWidget *field(const QString &name) const;

signals:
    /// After any field changed and the form was checked again.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString name; ///< the format's field name
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *problem = nullptr;
    };

    void addRow(const QString &name, QWidget *editor);
    void validate();
    void retranslate();
    QString caption(const QString &name) const;

    const Dataset &m_dataset;
    QString m_corpusDir;
    QFormLayout *m_layout;
    QLineEdit *m_label;
    QLineEdit *m_outlet;
    QLineEdit *m_title;
    QLineEdit *m_author;
    PartialDateEdit *m_published;
    QPlainTextEdit *m_publishedNote;
    QLineEdit *m_language;
    QPlainTextEdit *m_notes;
    QLineEdit *m_file;
    QString m_sha256;
    std::optional<Source> m_existing; ///< the source edited, when not a new one
    QList<Row> m_rows;
    QHash<QString, QString> m_problems;
};
