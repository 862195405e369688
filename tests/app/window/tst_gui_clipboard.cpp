// Ctrl+C copies the selected claims for a memo: each with its date, statement and every quote
// with its attribution, as plain text (dataset text exactly as written) and as HTML (escaped).
// A focused search field keeps Ctrl+C for its own text.
#include "app/window/MainWindow.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/ClaimClipboard.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QTest>
#include <QTextDocument>

class TestClipboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WindowFixture::isolateSettings(m_settings);
        m_dataset = TestSupport::miniDataset();
        // Markup and a placeholder in the text: data, copied as written.
        m_dataset.claims[0].statement = QStringLiteral("Acme <b>sued</b> %1 & co.");
        m_dataset.reindex();
    }

    void copiesTheSelectedClaimsWithTheirQuotes()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        Dashboard *d = window->dashboard();
        QAction *copy = window->findChild<QAction *>(QStringLiteral("copyClaims"));
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled()); // nothing selected
        QGuiApplication::clipboard()->clear();
        // Two claims, the later one selected first: the memo is in date order.
        const int first = 0;
        const int later = m_dataset.claimIndex(QStringLiteral("c5"));
        d->selection()->setSelectedClaims({later, first}, later);
        QVERIFY(copy->isEnabled());
        d->claimTable()->setFocus();
        QTest::keyClick(d->claimTable(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasText() && mime->hasHtml());
        const QString text = mime->text();
        // Every statement and quote exactly as written, every attribution's paragraph.
        for (int c : {first, later}) {
            QVERIFY2(text.contains(m_dataset.claims[c].statement), qPrintable(text));
            for (const Citation &q : m_dataset.claims[c].citations) {
                QVERIFY2(text.contains(QStringLiteral("“%1”").arg(q.quote)), qPrintable(text));
                const Source &s = m_dataset.sources[m_dataset.sourceIndex(q.source)];
                QVERIFY(text.contains(s.outlet));
                QVERIFY(text.contains(QStringLiteral("paragraph %1").arg(q.paragraph)));
            }
        }
        QVERIFY(text.indexOf(m_dataset.claims[first].statement) <
                text.indexOf(m_dataset.claims[later].statement));
        // The HTML shows the same text, its markup escaped: read back, it is the text.
        QVERIFY(!mime->html().contains(QStringLiteral("<b>sued</b>")));
        QTextDocument doc;
        doc.setHtml(mime->html());
        const QString shown = doc.toPlainText();
        for (const QString &part : {QStringLiteral("<b>sued</b> %1 & co."),
                                    m_dataset.claims[later].citations.first().quote})
            QVERIFY2(shown.contains(part), qPrintable(shown));
    }

    void aFocusedFieldCopiesItsOwnText()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        Dashboard *d = window->dashboard();
        d->selection()->setSelectedClaims({0}, 0);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        QLineEdit *search = d->filterBar()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("acme"));
        search->selectAll();
        QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("acme"));
    }

    // An empty or foreign list copies nothing that is not there.
    void nothingToCopy()
    {
        QCOMPARE(ClaimClipboard::plainText(m_dataset, {}), QString());
        QCOMPARE(ClaimClipboard::plainText(m_dataset, {-1, int(m_dataset.claims.size())}),
                 QString());
        QCOMPARE(ClaimClipboard::plainText(m_dataset, {0, 0}),
                 ClaimClipboard::plainText(m_dataset, {0}));
    }

private:
    QTemporaryDir m_settings;
    Dataset m_dataset;
};

QTEST_MAIN(TestClipboard)
#include "tst_gui_clipboard.moc"
