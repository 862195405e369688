#include "widgets/editing/PartialDateEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(PartialDate)

class TestPartialDateEdit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void typed_data();
    void typed();
    void setDate();
};

void TestPartialDateEdit::typed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QString>("reading"); // a part of what the edit says beside the field
    QTest::addColumn<bool>("error");

    QTest::newRow("year") << "2024" << PartialDate::fromYear(2024) << "2024 · year known" << false;
    QTest::newRow("month") << "2024-03" << PartialDate::fromYearMonth(2024, 3)
                           << "March 2024 · month known" << false;
    QTest::newRow("day") << " 2024-03-05 " << PartialDate::fromDate(QDate(2024, 3, 5))
                         << "5 March 2024 · day known" << false;
    QTest::newRow("impossible day") << "2024-02-30" << PartialDate() << "2024-02-30" << true;
    QTest::newRow("not a date") << "March" << PartialDate() << "March" << true;
    QTest::newRow("month 13") << "2024-13" << PartialDate() << "" << true;
    QTest::newRow("empty") << "" << PartialDate() << "" << false;
}

void TestPartialDateEdit::typed()
{
    QFETCH(QString, text);
    QFETCH(PartialDate, date);
    QFETCH(QString, reading);
    QFETCH(bool, error);
    PartialDateEdit edit;
    edit.show();
    QSignalSpy changed(&edit, &PartialDateEdit::dateChanged);
    QTest::keyClicks(edit.lineEdit(), text);
    QCOMPARE(changed.size(), text.size());
    QCOMPARE(edit.date(), date);
    QCOMPARE(edit.isEmpty(), text.trimmed().isEmpty());
    QCOMPARE(!edit.error().isEmpty(), error);
    if (!text.isEmpty())
        QCOMPARE(changed.last().at(0).value<PartialDate>(), date);
    // What the field reads as, or what is wrong with it, is said beside it and to a screen
    // reader.
    const QLabel *beside = edit.findChild<QLabel *>();
    QVERIFY(beside);
    QVERIFY2(beside->text().contains(reading), qPrintable(beside->text()));
    QCOMPARE(edit.lineEdit()->accessibleDescription(), beside->text());
    if (error)
        QCOMPARE(beside->text(), edit.error());
}

void TestPartialDateEdit::setDate()
{
    PartialDateEdit edit;
    edit.setDate(PartialDate::fromYearMonth(2023, 9));
    QCOMPARE(edit.lineEdit()->text(), QStringLiteral("2023-09"));
    QCOMPARE(edit.date(), PartialDate::fromYearMonth(2023, 9));
    edit.setDate(PartialDate());
    QVERIFY(edit.isEmpty());
    QVERIFY(!edit.date().isValid());
    QVERIFY(edit.error().isEmpty());
    // The field takes the focus given to the widget (a label's buddy, Tab).
    QCOMPARE(edit.focusProxy(), edit.lineEdit());
}

QTEST_MAIN(TestPartialDateEdit)
#include "tst_gui_partialdateedit.moc"
