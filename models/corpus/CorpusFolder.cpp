#include "models/corpus/CorpusFolder.h"

#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusFolder", text);
}

} // namespace

CorpusFolder::CorpusFolder(QString path) : m_path(std::move(path)) {}

bool CorpusFolder::exists() const
{
    return !m_path.isEmpty() && QFileInfo(m_path).isDir();
}

std::optional<CorpusFolder::Article> CorpusFolder::read(const QString &fileName,
                                                        QString *error) const
{
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) ||
        fileName.contains(QLatin1Char('\\')) || fileName == QLatin1String(".") ||
        fileName == QLatin1String("..") || fileName.contains(QChar(0))) {
        *error = tr("'%1' is not a plain file name").arg(fileName);
        return std::nullopt;
    }
    const QString folder = QFileInfo(m_path).canonicalFilePath();
    if (folder.isEmpty()) {
        *error = tr("the corpus folder %1 does not exist").arg(m_path);
        return std::nullopt;
    }
    const QFileInfo info(QDir(m_path).filePath(fileName));
    if (!info.exists()) {
        *error = tr("%1 is missing from the corpus folder %2").arg(fileName, m_path);
        return std::nullopt;
    }
    const QString real = info.canonicalFilePath();
    if (QFileInfo(real).path() != folder) {
        *error =
            tr("%1 leads outside the corpus folder (to %2); it was not read").arg(fileName, real);
        return std::nullopt;
    }
    if (!QFileInfo(real).isFile()) {
        *error = tr("%1 is not a regular file").arg(fileName);
        return std::nullopt;
    }
    if (info.size() > MaxArticleSize) {
        *error = tr("%1 is larger than %2 MB; not an article")
                     .arg(fileName, QString::number(MaxArticleSize >> 20));
        return std::nullopt;
    }
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    Article article;
    article.bytes = file.read(MaxArticleSize + 1);
    if (article.bytes.size() > MaxArticleSize) {
        *error = tr("%1 is larger than %2 MB; not an article")
                     .arg(fileName, QString::number(MaxArticleSize >> 20));
        return std::nullopt;
    }
    if (!QByteArrayView(article.bytes).isValidUtf8() || article.bytes.contains('\0')) {
        *error = tr("%1 is not UTF-8 text").arg(fileName);
        return std::nullopt;
    }
    article.text = QString::fromUtf8(article.bytes);
    article.sha256 = TextUtil::sha256Hex(article.bytes);
    return article;
}
