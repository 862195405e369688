#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

/// The folder of full-text articles the user attaches. Only plain files directly inside it
/// are read: names with separators, symlinks that lead outside the folder, folders, devices
/// and oversized or non-UTF-8 files are refused with a reason.
class CorpusFolder
{
public:
    static constexpr qint64 MaxArticleSize = 16 * 1024 * 1024;

    explicit CorpusFolder(QString path);

    bool exists() const;
    QString path() const { return m_path; }

    struct Article
    {
        QByteArray bytes;
        QString text;
        QString sha256;
    };
    std::optional<Article> read(const QString &fileName, QString *error) const;

private:
    QString m_path;
};
