#include "models/corpus/ArticleText.h"
#include "models/corpus/CorpusFolder.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestArticleText : public QObject
{
    Q_OBJECT
private slots:
    void paragraphs();
    void find_data();
    void find();
    void corpusFolderRefuses_data();
    void corpusFolderRefuses();
};

void TestArticleText::paragraphs()
{
    const ArticleText text(QStringLiteral("Title\n\n  First para.  \n \t\nSecond para.\n"));
    QCOMPARE(text.paragraphCount(), 3);
    QCOMPARE(text.original().mid(text.paragraph(2).start,
                                 text.paragraph(2).end - text.paragraph(2).start),
             QStringLiteral("First para."));
    QCOMPARE(text.paragraphAt(text.paragraph(3).start), 3);
    QCOMPARE(text.paragraph(4), ArticleText::Span());
    QCOMPARE(text.paragraph(0), ArticleText::Span());
}

void TestArticleText::find_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("original"); // the original text the first match covers

    const QString nbsp = QString(QChar(0x00A0));
    QTest::newRow("plain") << "Il a dit bonjour."
                           << "dit bonjour"
                           << ""
                           << "" << 1 << "dit bonjour";
    QTest::newRow("whitespace folded") << "Il a\n  dit   bonjour."
                                       << "a dit bonjour"
                                       << ""
                                       << "" << 1 << "a\n  dit   bonjour";
    const QString nbspArticle =
        QStringLiteral("«") + nbsp + QStringLiteral("trahison") + nbsp + QStringLiteral("»");
    QTest::newRow("non-breaking space") << nbspArticle << "« trahison »"
                                        << ""
                                        << "" << 1 << nbspArticle;
    QTest::newRow("nfd article, nfc quote") << QStringLiteral("cre\u0301ation") << "création"
                                            << ""
                                            << "" << 1 << QStringLiteral("cre\u0301ation");
    QTest::newRow("typographic apostrophe differs") << "l’accord"
                                                    << "l'accord"
                                                    << ""
                                                    << "" << 0 << "";
    QTest::newRow("twice") << "Acme dit. Acme dit."
                           << "Acme dit"
                           << ""
                           << "" << 2 << "Acme dit";
    QTest::newRow("prefix disambiguates") << "Acme dit oui. Acme dit non."
                                          << "Acme dit"
                                          << "oui. "
                                          << "" << 1 << "Acme dit";
    QTest::newRow("suffix disambiguates") << "Acme dit oui. Acme dit non."
                                          << "Acme dit"
                                          << ""
                                          << " non" << 1 << "Acme dit";
    QTest::newRow("empty quote") << "abc"
                                 << ""
                                 << ""
                                 << "" << 0 << "";
    QTest::newRow("right-to-left") << "قال ماسك إن"
                                   << "ماسك"
                                   << ""
                                   << "" << 1 << "ماسك";
    QTest::newRow("emoji") << "a 🚀 b"
                           << "🚀 b"
                           << ""
                           << "" << 1 << "🚀 b";
}

void TestArticleText::find()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(int, count);
    QFETCH(QString, original);
    const ArticleText text(article);
    const auto found = text.find(quote, prefix, suffix);
    QCOMPARE(found.size(), count);
    if (count > 0) {
        const QString covered =
            article.mid(found.first().start, found.first().end - found.first().start);
        QCOMPARE(covered, original);
    }
}

void TestArticleText::corpusFolderRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parent path") << "../secret.txt"
                                 << "not a plain file name";
    QTest::newRow("absolute path") << "/etc/passwd"
                                   << "not a plain file name";
    QTest::newRow("missing") << "nothing.txt"
                             << "missing";
    QTest::newRow("symlink outside") << "escape.txt"
                                     << "leads outside";
    QTest::newRow("folder") << "sub"
                            << "not a regular file";
    QTest::newRow("binary") << "binary.txt"
                            << "not UTF-8";
}

void TestArticleText::corpusFolderRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir outside;
    QTemporaryDir dir;
    {
        QFile secret(outside.filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("secret");
        QFile binary(dir.filePath(QStringLiteral("binary.txt")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x7f"
                                "ELF\0\0\xff\xfe",
                                8));
    }
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.txt")),
                        dir.filePath(QStringLiteral("escape.txt"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QString error;
    QVERIFY(!CorpusFolder(dir.path()).read(name, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestArticleText)
#include "tst_articletext.moc"
