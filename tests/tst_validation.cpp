// Each rule a patient record must meet before it is stored.
#include "testutil.h"

#include "core/validation.h"

#include <QTest>

using namespace rp;

class TestValidation : public QObject
{
    Q_OBJECT
    const QDate today{2026, 11, 25};

    static bool hasError(const QList<ValidationError> &errors, Field field)
    {
        return std::any_of(
            errors.begin(), errors.end(), [field](const ValidationError &e) { return e.field == field; });
    }

private slots:
    void validPatientPasses()
    {
        Patient p = test::makePatient(QStringLiteral("Chan Mei Ling"), QStringLiteral("陳美玲"));
        p.losses << test::makeLoss(QDate(2026, 11, 1));
        QVERIFY(validatePatient(p, today).isEmpty());
    }

    void nameIsRequired_data()
    {
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<bool>("ok");
        QTest::newRow("both empty") << QString() << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("\u3000") << false;
        QTest::newRow("English only") << QStringLiteral("Maria Santos") << QString() << true;
        QTest::newRow("Chinese only") << QString() << QStringLiteral("王丽") << true;
    }
    void nameIsRequired()
    {
        QFETCH(QString, en);
        QFETCH(QString, zh);
        QFETCH(bool, ok);
        Patient p = test::makePatient(en, zh);
        const auto errors = validatePatient(p, today);
        QCOMPARE(!hasError(errors, Field::Name), ok);
        if (!ok)
            QVERIFY(!errors.constFirst().message.isEmpty());
    }

    void birthDateRules_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("ok");
        QTest::newRow("not recorded") << QDate() << true;
        QTest::newRow("today") << today << true;
        QTest::newRow("tomorrow") << today.addDays(1) << false;
        QTest::newRow("exactly 120 years") << today.addYears(-120) << true;
        QTest::newRow("over 120 years") << today.addYears(-120).addDays(-1) << false;
    }
    void birthDateRules()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, ok);
        Patient p = test::makePatient(QStringLiteral("A"), {});
        p.birthDate = birth;
        QCOMPARE(!hasError(validatePatient(p, today), Field::BirthDate), ok);
    }

    void lossDateRules_data()
    {
        QTest::addColumn<QDate>("loss");
        QTest::addColumn<bool>("ok");
        QTest::newRow("last week") << today.addDays(-7) << true;
        QTest::newRow("today") << today << true;
        QTest::newRow("in the future") << today.addDays(1) << false;
        QTest::newRow("before birth") << QDate(1980, 1, 1) << false;
        QTest::newRow("missing") << QDate() << false;
    }
    void lossDateRules()
    {
        QFETCH(QDate, loss);
        QFETCH(bool, ok);
        Patient p = test::makePatient(QStringLiteral("A"), {});
        p.birthDate = QDate(1988, 6, 1);
        p.losses << test::makeLoss(loss);
        const auto errors = validatePatient(p, today);
        QCOMPARE(!hasError(errors, Field::LossDate), ok);
        if (!ok)
            QCOMPARE(errors.constFirst().lossIndex, 0);
    }

    void gestationalWeekRange_data()
    {
        QTest::addColumn<int>("week");
        QTest::addColumn<bool>("ok");
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("0") << 0 << true;
        QTest::newRow("9") << 9 << true;
        QTest::newRow("45") << 45 << true;
        QTest::newRow("46") << 46 << false;
    }
    void gestationalWeekRange()
    {
        QFETCH(int, week);
        QFETCH(bool, ok);
        Loss l = test::makeLoss(today.addDays(-3), LossKind::Miscarriage, week);
        QCOMPARE(!hasError(validateLoss(l, {}, today), Field::GestationalWeek), ok);
        l.gestationalWeek.reset(); // not known is allowed
        QVERIFY(validateLoss(l, {}, today).isEmpty());
    }

    void lengthLimitsCountCharactersNotBytes()
    {
        Patient p = test::makePatient(QString(limits::nameLength, u'a'), {});
        QVERIFY(validatePatient(p, today).isEmpty());
        p.nameEn += u'a';
        QVERIFY(hasError(validatePatient(p, today), Field::NameEn));

        // 200 characters outside the BMP are 400 UTF-16 units, and still allowed.
        QString wide;
        for (int i = 0; i < limits::nameLength; ++i)
            wide += QString::fromUcs4(U"𠮷");
        QCOMPARE(characterCount(wide), limits::nameLength);
        p.nameEn = wide;
        QVERIFY(validatePatient(p, today).isEmpty());
    }

    void hugeFieldsGetAMessage()
    {
        Patient p = test::makePatient(QStringLiteral("A"), {});
        p.notes = QString(1'000'000, u'x');
        p.phone = QString(1000, u'9');
        const auto errors = validatePatient(p, today);
        QVERIFY(hasError(errors, Field::Notes));
        QVERIFY(hasError(errors, Field::Phone));
        QVERIFY(errors.constFirst().message.contains(QString::number(limits::phoneLength))
            || errors.constLast().message.contains(QString::number(limits::notesLength)));
    }

    void controlCharactersAreRefusedButLineBreaksInNotesAreKept()
    {
        Patient p = test::makePatient(QStringLiteral("Chan\u0000Mei"), {});
        p.nameEn = QStringLiteral("Chan") + QChar(u'\0') + QStringLiteral("Mei");
        QVERIFY(hasError(validatePatient(p, today), Field::NameEn));
        p.nameEn = QStringLiteral("Chan\nMei");
        QVERIFY(hasError(validatePatient(p, today), Field::NameEn));
        p.nameEn = QStringLiteral("Chan Mei");
        p.notes = QStringLiteral("line one\nline two\ttabbed");
        QVERIFY(validatePatient(p, today).isEmpty());
        p.notes = QString(QChar(0xD800)); // a lone surrogate is not text
        QVERIFY(hasError(validatePatient(p, today), Field::Notes));
    }

    void oddButValidUnicodeIsAccepted()
    {
        Patient p = test::makePatient(
            QStringLiteral("Nguyễn Thị Ánh 👩‍⚕️"), QString::fromUcs4(U"𠮷野家 陳\u200d小明"));
        QVERIFY(validatePatient(p, today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
