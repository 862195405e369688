// The overview dock: shown on the first open, Alt+0, its links driven from the keyboard
// (a party filters, the single-source link sets the filter, a conflict selects its claims),
// its counts under the filter, a long list of conflicts cut, and dataset text shown as written.
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/DisputeSummary.h"
#include "models/viewmodels/OverviewHtml.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/OverviewPanel.h"
#include "widgets/views/TextBrowserAccessible.h"

#include <QAccessible>
#include <QDockWidget>
#include <QTest>
#include <QTextBrowser>

class TestOverview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WindowFixture::isolateSettings(m_settings);
        m_dataset = TestSupport::miniDataset();
    }

    void shownOnFirstOpenAndToggledByAltZero()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("overviewDock"));
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        // Beside the other docks, not a tab hiding one of them.
        QVERIFY(window->tabifiedDockWidgets(dock).isEmpty());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
        QVERIFY(dock->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(window->dashboard()->overview()->browser()));
    }

    void partyLinkTogglesTheActorInTheFilter()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        FilterState *filter = window->dashboard()->filter();
        const QString acme = linkTo("actor", m_dataset.actorIndex(QStringLiteral("acme")));
        QVERIFY(follow(window.get(), acme));
        QCOMPARE(filter->filter().actors, QStringList{QStringLiteral("acme")});
        // The link stays focused through the refresh, so Enter again takes the actor out.
        QCOMPARE(browser(window.get())->textCursor().charFormat().anchorHref(), acme);
        QTest::keyClick(browser(window.get()), Qt::Key_Return);
        QVERIFY(filter->filter().actors.isEmpty());
    }

    void singleSourceLinkSetsTheFilter()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        FilterState *filter = window->dashboard()->filter();
        QVERIFY(follow(window.get(), QStringLiteral("overview:single-source")));
        QCOMPARE(filter->filter().singleSource, ClaimFilter::Side::Yes);
        QCOMPARE(filter->matchCount(), 4); // c5 cites two sources
        // Asked for already: no link left to ask again.
        QVERIFY(!hrefs(window.get()).contains(QStringLiteral("overview:single-source")));
        QVERIFY(follow(window.get(), QStringLiteral("overview:clear")));
        QVERIFY(filter->filter().isEmpty());
    }

    void conflictLinkSelectsItsClaims()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        SelectionState *selection = window->dashboard()->selection();
        QVERIFY(follow(window.get(), linkTo("conflict", 0)));
        QList<int> selected = selection->selectedClaims();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, (QList<int>{m_dataset.claimIndex(QStringLiteral("c2")),
                                       m_dataset.claimIndex(QStringLiteral("c5"))}));
    }

    void countsFollowTheFilter()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        FilterState *filter = window->dashboard()->filter();
        OverviewPanel *overview = window->dashboard()->overview();
        QString text = overview->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("5 claim")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral(" of 5 claim")));
        QVERIFY(text.contains(QStringLiteral("2015 to 2024")));
        filter->setActors({QStringLiteral("banque-zeta")});
        text = overview->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("1 of 5 claim")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("0 of 1 conflict")));
        QCOMPARE(overview->shown().claims.size(), 1);
        QVERIFY(!hrefs(window.get()).contains(linkTo("conflict", 0)));
        QVERIFY(hrefs(window.get()).contains(QStringLiteral("overview:clear")));
        filter->clear();
        QVERIFY(hrefs(window.get()).contains(linkTo("conflict", 0)));
    }

    void aLongListOfConflictsIsCut()
    {
        Dataset many = m_dataset;
        const Conflict first = many.conflicts[0];
        const int extra = 3;
        for (int k = 1; k < OverviewHtml::MaxConflicts + extra; ++k) {
            Conflict more = first;
            more.id = QStringLiteral("k-more-%1").arg(k);
            more.about = QStringLiteral("Point %1").arg(k);
            many.conflicts.append(more);
        }
        many.reindex();
        auto window = WindowFixture::openWindow(many);
        const QStringList links = hrefs(window.get());
        for (int k = 0; k < OverviewHtml::MaxConflicts; ++k)
            QVERIFY2(links.contains(linkTo("conflict", k)), qPrintable(links.join(u' ')));
        QVERIFY(!links.contains(linkTo("conflict", OverviewHtml::MaxConflicts)));
        const QString text = browser(window.get())->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("and %1 more in the Conflicts view").arg(extra)),
                 qPrintable(text));
        // Cut in the wording only: the summary, which the conflicts view reads, has them all.
        QCOMPARE(window->dashboard()->overview()->shown().conflicts.size(),
                 OverviewHtml::MaxConflicts + extra);
    }

    void linksAreListedToScreenReaders()
    {
        auto window = WindowFixture::openWindow(m_dataset);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(browser(window.get()));
        auto *text = dynamic_cast<TextBrowserAccessible *>(iface);
        QVERIFY(text);
        QStringList names;
        for (const TextBrowserAccessible::Link &link : text->links())
            names << link.text;
        QVERIFY2(names.contains(QStringLiteral("Acme")), qPrintable(names.join(u'|')));
    }

    void datasetTextIsShownAsWritten()
    {
        Dataset marked = m_dataset;
        marked.info.title = QStringLiteral("<i>Title</i>");
        marked.info.description = QStringLiteral("<b>not bold</b> & <a href='x'>no link</a>");
        marked.actors[marked.actorIndex(QStringLiteral("acme"))].name = QStringLiteral("<b>x</b>");
        marked.conflicts[0].about = QStringLiteral("<u>about</u>");
        marked.reindex();
        auto window = WindowFixture::openWindow(marked);
        const QString text = browser(window.get())->toPlainText();
        for (const char *literal : {"<i>Title</i>", "<b>not bold</b> & <a href='x'>no link</a>",
                                    "<b>x</b>", "<u>about</u>"})
            QVERIFY2(text.contains(QString::fromUtf8(literal)), literal);
    }

private:
    static QString linkTo(const char *kind, int index)
    {
        return QStringLiteral("overview:%1/%2").arg(QLatin1String(kind)).arg(index);
    }

    static QTextBrowser *browser(MainWindow *window)
    {
        return window->dashboard()->overview()->browser();
    }

    static QStringList hrefs(MainWindow *window)
    {
        QStringList out;
        auto *text = dynamic_cast<TextBrowserAccessible *>(
            QAccessible::queryAccessibleInterface(browser(window)));
        for (const TextBrowserAccessible::Link &link : text->links())
            out << link.href;
        return out;
    }

    /// Tabs through the overview's links to `href` and presses Enter on it.
    static bool follow(MainWindow *window, const QString &href)
    {
        QTextBrowser *b = browser(window);
        b->setFocus(Qt::TabFocusReason);
        b->moveCursor(QTextCursor::Start);
        for (int i = 0; i < 40; ++i) {
            if (b->textCursor().charFormat().anchorHref() == href) {
                QTest::keyClick(b, Qt::Key_Return);
                return true;
            }
            QTest::keyClick(b, Qt::Key_Tab);
        }
        return false;
    }

    QTemporaryDir m_settings;
    Dataset m_dataset;
};

QTEST_MAIN(TestOverview)
#include "tst_gui_overview.moc"
