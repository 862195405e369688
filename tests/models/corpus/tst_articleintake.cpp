#include "models/corpus/ArticleIntake.h"
#include "models/corpus/ArticleText.h"
#include "models/data/TextUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestArticleIntake : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void pageSuggestions();
    void duplicateUnderAnotherName();
    void fileNames();
    void writeToCorpus();
    void fromFile();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

} // namespace

void TestArticleIntake::accepted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QByteArray>("stored"); // what the corpus keeps; empty: the bytes as given

    QTest::newRow("text as is") << QByteArray("Title\n\nFirst  para.\nSecond.\n") << "a.txt"
                                << QStringList{"Title", "First  para.", "Second."} << QByteArray();
    QTest::newRow("CRLF kept") << QByteArray("One.\r\n\r\nTwo.\r\n") << "a.txt"
                               << QStringList{"One.", "Two."} << QByteArray();
    QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBFPremier.\nSecond.\n") << "a.txt"
                                 << QStringList{"Premier.", "Second."}
                                 << QByteArray("Premier.\nSecond.\n");
    QTest::newRow("RTL text") << QByteArray("مرحبا بالعالم.\nשלום עולם.\n") << "rtl.txt"
                              << QStringList{"مرحبا بالعالم.", "שלום עולם."} << QByteArray();
    const QByteArray huge(2 * 1024 * 1024, 'x');
    QTest::newRow("huge line") << huge << "huge.txt" << QStringList{QString::fromLatin1(huge)}
                               << QByteArray();

    QTest::newRow("html furniture dropped")
        << page("<title>T</title><style>p{color:red}</style><script>var p='<p>no</p>';</script>",
                "<header><h1>Site</h1></header><nav><ul><li>Home</li></ul></nav>"
                "<article><h1>Headline</h1><p>First paragraph.</p>"
                "<aside><p>Related</p></aside><form><p>Subscribe</p></form>"
                "<noscript><p>Enable JS</p></noscript><script>document.write('<p>x</p>')</script>"
                "<style>p { margin: 0 }</style><p>Second <script>var p = "
                "1;</script>paragraph.</p></article>"
                "<footer><p>© Outlet</p></footer>")
        << "page.html" << QStringList{"Headline", "First paragraph.", "Second paragraph."}
        << QByteArray("Headline\nFirst paragraph.\nSecond paragraph.\n");
    QTest::newRow("nested inline tags")
        << page("", "<p>Musk <b>said <i>the <a href='x'>deal</a></i></b> was off.</p>") << "p.html"
        << QStringList{"Musk said the deal was off."}
        << QByteArray("Musk said the deal was off.\n");
    QTest::newRow("entities decoded")
        << page("", "<p>AT&amp;T &laquo;&nbsp;oui&nbsp;&raquo; &#233;t&eacute; &lt;b&gt;</p>")
        << "e.html" << QStringList{QString::fromUtf8("AT&T «\u00a0oui\u00a0» été <b>")}
        << QString::fromUtf8("AT&T «\u00a0oui\u00a0» été <b>\n").toUtf8();
    QTest::newRow("whitespace collapsed")
        << page("", "<p>\n  one\r\n\t two   three <br> four\n</p>") << "w.htm"
        << QStringList{"one two three four"} << QByteArray("one two three four\n");
    QTest::newRow("lists, quotes, nested paragraphs")
        << page("", "<ul><li>a</li><li><p>b</p></li></ul><blockquote>q <p>inner</p> tail"
                    "</blockquote><div>loose div text</div><h3>End</h3>")
        << "l.html" << QStringList{"a", "b", "q", "inner", "tail", "End"}
        << QByteArray("a\nb\nq\ninner\ntail\nEnd\n");
    QTest::newRow("html by its content") << QByteArray("  <!doctype html><p>Found</p>") << "saved"
                                         << QStringList{"Found"} << QByteArray("Found\n");
    QTest::newRow("CRLF html") << page("", "<p>a\r\nb</p>\r\n<p>c</p>") << "c.html"
                               << QStringList{"a b", "c"} << QByteArray("a b\nc\n");
    QTest::newRow("html BOM") << "\xEF\xBB\xBF" + page("", "<p>x</p>") << "b.html"
                              << QStringList{"x"} << QByteArray("x\n");
    QTest::newRow("html RTL") << page("", "<p dir='rtl'>قال <b>ماسك</b> إن</p>") << "r.html"
                              << QStringList{"قال ماسك إن"} << QByteArray("قال ماسك إن\n");
    QTest::newRow("html huge paragraph")
        << page("", "<p>" + QByteArray(1024 * 1024, 'y') + "</p>") << "h.html"
        << QStringList{QString(1024 * 1024, QLatin1Char('y'))}
        << QByteArray(1024 * 1024, 'y') + "\n";
}

void TestArticleIntake::accepted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QStringList, paragraphs);
    QFETCH(QByteArray, stored);
    const ArticleIntake::Result r = ArticleIntake::fromBytes(bytes, fileName, m_dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.paragraphs, paragraphs);
    const QByteArray expected = stored.isEmpty() ? bytes : stored;
    QCOMPARE(r.bytes, expected);
    QCOMPARE(r.sha256, TextUtil::sha256Hex(expected));
    QCOMPARE(r.suggested.sha256, r.sha256);
    // The paragraphs are the corpus's own: ArticleText finds the same in the kept text.
    const ArticleText article(r.text);
    QCOMPARE(article.paragraphCount(), paragraphs.size());
    for (int n = 1; n <= article.paragraphCount(); ++n)
        QCOMPARE(r.text.mid(article.paragraph(n).start,
                            article.paragraph(n).end - article.paragraph(n).start),
                 paragraphs[n - 1]);
}

void TestArticleIntake::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message"); // a part of the message

    QTest::newRow("empty") << QByteArray() << "e.txt"
                           << "empty";
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r\n  \n") << "w.txt"
                                     << "empty";
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << "b.txt"
                              << "empty";
    QTest::newRow("NUL") << QByteArray("text\0more", 9) << "n.txt"
                         << "binary";
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "i.txt"
                         << "binary";
    QTest::newRow("Latin-1") << QByteArray("Caf\xe9 cr\xe8me\n") << "l.txt"
                             << "byte 3 (line 1, column 4)";
    QTest::newRow("Latin-1 on line 2") << QByteArray("ok\nd\xe9j\xe0\n") << "l.txt"
                                       << "byte 4 (line 2, column 2)";
    QTest::newRow("Latin-1 after BOM") << QByteArray("\xEF\xBB\xBF\xe9") << "l.txt"
                                       << "byte 3 ";
    QTest::newRow("Latin-1 html") << page("", "<p>caf\xe9</p>") << "l.html"
                                  << "not UTF-8";
    QTest::newRow("html scripts only")
        << page("<title>t</title>", "<script>document.write('<p>x</p>')</script><nav><p>menu"
                                    "</p></nav><style>p{}</style>")
        << "s.html"
        << "no paragraph";
    QTest::newRow("html empty paragraphs") << page("", "<p> </p><p>&#32;</p>") << "s.html"
                                           << "no paragraph";
    QTest::newRow("too large") << QByteArray(CorpusFolder::MaxArticleSize + 1, 'a') << "big.txt"
                               << "larger than 16 MB";
}

void TestArticleIntake::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, message);
    const ArticleIntake::Result r = ArticleIntake::fromBytes(bytes, fileName, m_dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY(r.error.contains(QFileInfo(fileName).fileName()) || r.error.contains("The "));
}

void TestArticleIntake::pageSuggestions()
{
    const QByteArray html =
        page("<title>Le titre | Le Journal</title>"
             "<meta property='og:title' content=' Le  titre &amp; la suite '>"
             "<meta property='og:site_name' content='Le Journal'>"
             "<meta name='author' content='Jeanne Martin'>"
             "<meta property='article:published_time' content='2024-03-05T10:00:00+01:00'>",
             "<p>x</p>");
    const ArticleIntake::Result r = ArticleIntake::fromBytes(
        QByteArray(html).replace("<html>", "<html lang='fr'>"), "Le titre.html", m_dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.kind, ArticleIntake::Kind::Html);
    QCOMPARE(r.suggested.title, QStringLiteral("Le titre & la suite"));
    QCOMPARE(r.suggested.outlet, QStringLiteral("Le Journal"));
    QCOMPARE(r.suggested.author, QStringLiteral("Jeanne Martin"));
    QCOMPARE(r.suggested.published, PartialDate::fromDate(QDate(2024, 3, 5)));
    QCOMPARE(r.suggested.language, QStringLiteral("fr"));
    QCOMPARE(r.suggested.file, QStringLiteral("Le titre.txt"));

    // The title element when there is no og:title; a month-precise date; an author's URL
    // is no name; the locale when the page has no lang.
    const ArticleIntake::Result other = ArticleIntake::fromBytes(
        page("<title>\n Plain  title </title><meta name='author' content='https://x.example/a'>"
             "<meta property='og:locale' content='en_GB'><meta name='date' content='2023-09'>",
             "<p>x</p>"),
        "o.html", m_dir.path());
    QVERIFY2(other.ok(), qPrintable(other.error));
    QCOMPARE(other.suggested.title, QStringLiteral("Plain title"));
    QCOMPARE(other.suggested.author, QString());
    QCOMPARE(other.suggested.published, PartialDate::fromYearMonth(2023, 9));
    QCOMPARE(other.suggested.language, QStringLiteral("en-GB"));

    // A text file suggests nothing but its name and checksum.
    const ArticleIntake::Result text =
        ArticleIntake::fromBytes("Just text.\n", "notes.txt", m_dir.path());
    QCOMPARE(text.suggested.title, QString());
    QCOMPARE(text.suggested.file, QStringLiteral("notes.txt"));
}

void TestArticleIntake::duplicateUnderAnotherName()
{
    QTemporaryDir corpus;
    QFile existing(corpus.filePath("kept.txt"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("Same words.\nSecond.\n");
    existing.close();
    // A file of the same size with other bytes is no duplicate.
    QFile other(corpus.filePath("other.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("Same wordz.\nSecond.\n");
    other.close();

    const ArticleIntake::Result text =
        ArticleIntake::fromBytes("Same words.\nSecond.\n", "new.txt", corpus.path());
    QVERIFY(!text.ok());
    QVERIFY2(text.error.contains("kept.txt"), qPrintable(text.error));
    // The same text from a page, once turned into paragraphs.
    const ArticleIntake::Result html = ArticleIntake::fromBytes(
        page("", "<p>Same words.</p><p>Second.</p>"), "new.html", corpus.path());
    QVERIFY(!html.ok());
    QVERIFY2(html.error.contains("kept.txt"), qPrintable(html.error));
    QVERIFY(ArticleIntake::fromBytes("Other words.\n", "new.txt", corpus.path()).ok());
}

void TestArticleIntake::fileNames()
{
    QTemporaryDir corpus;
    for (const char *name : {"taken.txt", "taken-2.txt", "page.txt"}) {
        QFile f(corpus.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name);
    }
    QCOMPARE(ArticleIntake::fromBytes("a\n", "taken.txt", corpus.path()).suggested.file,
             QStringLiteral("taken-3.txt"));
    QCOMPARE(
        ArticleIntake::fromBytes(page("", "<p>b</p>"), "page.html", corpus.path()).suggested.file,
        QStringLiteral("page-2.txt"));
    QCOMPARE(ArticleIntake::fromBytes("c\n", ".hidden.txt", corpus.path()).suggested.file,
             QStringLiteral("hidden.txt"));
    QVERIFY(ArticleIntake::whyNameUnavailable(corpus.path(), "taken.txt").contains("taken"));
    QVERIFY(!ArticleIntake::whyNameUnavailable(corpus.path(), "../x.txt").isEmpty());
    QVERIFY(!ArticleIntake::whyNameUnavailable(corpus.path(), ".x").isEmpty());
    QVERIFY(ArticleIntake::whyNameUnavailable(corpus.path(), "free.txt").isEmpty());
}

void TestArticleIntake::writeToCorpus()
{
    QTemporaryDir root;
    const QString corpus = root.filePath("corpus"); // created on the first write
    const ArticleIntake::Result r =
        ArticleIntake::fromBytes(page("", "<p>Un.</p><p>Deux.</p>"), "a.html", corpus);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QString error;
    QVERIFY2(ArticleIntake::writeToCorpus(r, corpus, r.suggested.file, &error), qPrintable(error));
    QFile written(QDir(corpus).filePath("a.txt"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(bytes, QByteArray("Un.\nDeux.\n"));
    QCOMPARE(TextUtil::sha256Hex(bytes), r.sha256);
    // Never over a file already there, nor outside the folder.
    QVERIFY(!ArticleIntake::writeToCorpus(r, corpus, "a.txt", &error));
    QVERIFY2(error.contains("already taken"), qPrintable(error));
    QVERIFY(!ArticleIntake::writeToCorpus(r, corpus, "../escape.txt", &error));
    QVERIFY(!QFile::exists(root.filePath("escape.txt")));
    // And now the same text is a duplicate.
    QVERIFY(!ArticleIntake::fromBytes(page("", "<p>Un.</p><p>Deux.</p>"), "b.html", corpus).ok());
}

void TestArticleIntake::fromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("in.txt");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Read from a file.\n");
    f.close();
    const ArticleIntake::Result r = ArticleIntake::fromFile(path, m_dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.paragraphs, QStringList{"Read from a file."});
    QVERIFY(!ArticleIntake::fromFile(dir.filePath("missing.txt"), m_dir.path()).ok());
    QVERIFY(!ArticleIntake::fromFile(dir.path(), m_dir.path()).ok());
}

QTEST_GUILESS_MAIN(TestArticleIntake)
#include "tst_articleintake.moc"
