#include "models/data/ClaimDate.h"
#include "models/data/Dataset.h"
#include "models/data/PartialDate.h"

#include <QTest>

class TestPartialDate : public QObject
{
    Q_OBJECT
private slots:
    void claimDateSaysWhatIsUnknown_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("reported");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("year") << "2024" << false << "month unknown"
                              << "2024";
        QTest::newRow("month") << "2024-03" << false << "day unknown"
                               << "2024-03";
        QTest::newRow("day") << "2024-03-05" << false << ""
                             << "2024-03-05";
        QTest::newRow("reported") << "2024" << true << "as of"
                                  << "as of 2024";
    }

    // How a claim's date reads: never more precise than it is, and a date of report never
    // passed off as the date of the fact.
    void claimDateSaysWhatIsUnknown()
    {
        QFETCH(QString, date);
        QFETCH(bool, reported);
        QFETCH(QString, says);
        QFETCH(QString, shortText);
        Claim c;
        c.date = PartialDate::parse(date);
        c.datedByReport = reported;
        QCOMPARE(ClaimDate::shortText(c), shortText);
        const QString words = ClaimDate::withPrecision(c);
        QVERIFY2(words.contains(c.date.toDisplayString()), qPrintable(words));
        if (says.isEmpty())
            QCOMPARE(words, c.date.toDisplayString());
        else
            QVERIFY2(words.contains(says), qPrintable(words));
        QCOMPARE(ClaimDate::longText(c).contains(QStringLiteral("as of")), reported);
    }

    void parse_data();
    void parse();
    void ordering_data();
    void ordering();
    void span();
};

using P = PartialDate::Precision;

void TestPartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::newRow("year") << "2019" << true << int(P::Year) << "2019-01-01"
                          << "2019-12-31";
    QTest::newRow("month") << "2024-03" << true << int(P::Month) << "2024-03-01"
                           << "2024-03-31";
    QTest::newRow("february leap") << "2024-02" << true << int(P::Month) << "2024-02-01"
                                   << "2024-02-29";
    QTest::newRow("february plain") << "2023-02" << true << int(P::Month) << "2023-02-01"
                                    << "2023-02-28";
    QTest::newRow("day") << "2024-08-05" << true << int(P::Day) << "2024-08-05"
                         << "2024-08-05";
    QTest::newRow("leap day") << "2024-02-29" << true << int(P::Day) << "2024-02-29"
                              << "2024-02-29";
    QTest::newRow("impossible day") << "2024-02-30" << false << 0 << ""
                                    << "";
    QTest::newRow("not a leap year") << "2023-02-29" << false << 0 << ""
                                     << "";
    QTest::newRow("month 13") << "2024-13" << false << 0 << ""
                              << "";
    QTest::newRow("month 00") << "2024-00" << false << 0 << ""
                              << "";
    QTest::newRow("day 00") << "2024-01-00" << false << 0 << ""
                            << "";
    QTest::newRow("empty") << "" << false << 0 << ""
                           << "";
    QTest::newRow("words") << "mars 2024" << false << 0 << ""
                           << "";
    QTest::newRow("slashes") << "2024/03/01" << false << 0 << ""
                             << "";
    QTest::newRow("short month") << "2024-3" << false << 0 << ""
                                 << "";
    QTest::newRow("signed") << "+2024" << false << 0 << ""
                            << "";
    QTest::newRow("spaces") << " 2024" << false << 0 << ""
                            << "";
    QTest::newRow("time") << "2024-03-01T10:00" << false << 0 << ""
                          << "";
    QTest::newRow("year 0") << "0000" << false << 0 << ""
                            << "";
    QTest::newRow("arabic digits") << QString::fromUtf8("٢٠٢٤") << false << 0 << ""
                                   << "";
}

void TestPartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const PartialDate d = PartialDate::parse(text, &error);
    QCOMPARE(d.isValid(), valid);
    if (!valid) {
        QVERIFY2(!error.isEmpty(), "an invalid date must say why");
        return;
    }
    QFETCH(int, precision);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QCOMPARE(int(d.precision()), precision);
    QCOMPARE(d.first().toString(Qt::ISODate), first);
    QCOMPARE(d.last().toString(Qt::ISODate), last);
    QCOMPARE(d.toIsoString(), text);
}

void TestPartialDate::ordering_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");
    QTest::newRow("years") << "2018"
                           << "2019";
    QTest::newRow("year before its months") << "2024"
                                            << "2024-01";
    QTest::newRow("month before its days") << "2024-03"
                                           << "2024-03-01";
    QTest::newRow("month before next month") << "2024-02"
                                             << "2024-03";
    QTest::newRow("day before day") << "2024-08-05"
                                    << "2024-08-13";
    QTest::newRow("day before later month") << "2024-02-29"
                                            << "2024-03";
    QTest::newRow("invalid first") << "bogus"
                                   << "1000";
}

void TestPartialDate::ordering()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);
    const PartialDate a = PartialDate::parse(earlier);
    const PartialDate b = PartialDate::parse(later);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(!(a == b));
}

void TestPartialDate::span()
{
    const PartialDate year = PartialDate::parse(u"2019");
    QCOMPARE(year.lastDay() - year.firstDay(), 364);
    const PartialDate day = PartialDate::parse(u"2024-08-05");
    QCOMPARE(day.firstDay(), day.lastDay());
    QVERIFY(!PartialDate().isValid());
    QCOMPARE(PartialDate().toIsoString(), QString());
}

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
