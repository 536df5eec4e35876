// Redaction, surrogates (consistency within a patient, date shifting that keeps intervals and
// layout) and keyed patient pseudonyms.
#include <QtTest>

#include <string>

#include "concord/phi/detector.h"
#include "concord/phi/pseudonym.h"
#include "concord/phi/redact.h"
#include "concord/phi/surrogate.h"

using namespace concord::phi;

namespace {

std::string surrogate(const SurrogateGenerator& g, const std::string& text, const std::string& patient) {
  return g.apply(text, detectPhiBytes(text), patient);
}

}  // namespace

class PhiRedactSurrogateTest : public QObject {
  Q_OBJECT
 private slots:
  void redactReplacesEachFindingWithItsCategory() {
    const std::string text = "Dr. Okafor saw Mr. Lindqvist on 03/14/2023; member ID: XQZ884120.";
    QCOMPARE(redactPhi(text), std::string("Dr. [NAME] saw Mr. [NAME] on [DATE]; member ID: [HEALTH_PLAN]."));
  }

  void redactKeepsTextWithoutFindings() {
    const std::string text = "Continue metoprolol 25 mg twice daily.";
    QCOMPARE(redactPhi(text), text);
    QCOMPARE(redact("abc", {}), std::string("abc"));
  }

  void redactSkipsFindingsThatAreNotSortedOrDisjoint() {
    const std::vector<Finding> bad = {{4, 8, PhiCategory::Name}, {2, 6, PhiCategory::Date}, {20, 30, PhiCategory::Zip}};
    QCOMPARE(redact("abcdefghij", bad), std::string("abcd[NAME]ij"));
  }

  void surrogateNamesAreConsistentWithinAPatient() {
    const SurrogateGenerator g(42);
    const std::string first = surrogate(g, "Patient: John Smith. Mr. Smith reports pain.", "P1");
    const std::string second = surrogate(g, "PATIENT: SMITH, JOHN\nDr. Okafor called back.", "P1");
    QVERIFY(first.find("Smith") == std::string::npos);
    QVERIFY(first.find("John") == std::string::npos);
    const std::string fakeSmith = g.surrogateFor(PhiCategory::Name, "Smith", "P1");
    const std::string fakeJohn = g.surrogateFor(PhiCategory::Name, "John", "P1");
    QVERIFY(fakeSmith != "Smith");
    QVERIFY(first.find(fakeJohn + " " + fakeSmith) != std::string::npos);
    QVERIFY(first.find("Mr. " + fakeSmith) != std::string::npos);
    std::string upper = fakeSmith + ", " + fakeJohn;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    QVERIFY2(second.find(upper) != std::string::npos, second.c_str());
  }

  void surrogatesDependOnSeedAndPatient() {
    const SurrogateGenerator a(1), b(2);
    QCOMPARE(a.surrogateFor(PhiCategory::Name, "Smith", "P1"), a.surrogateFor(PhiCategory::Name, "Smith", "P1"));
    int differences = 0;
    for (const char* name : {"Smith", "Okafor", "Lindqvist", "Garcia", "Nguyen"}) {
      differences += a.surrogateFor(PhiCategory::Name, name, "P1") != b.surrogateFor(PhiCategory::Name, name, "P1");
      differences += a.surrogateFor(PhiCategory::Name, name, "P1") != a.surrogateFor(PhiCategory::Name, name, "P2");
    }
    QVERIFY(differences >= 8);
  }

  void datesShiftByOneOffsetPerPatient() {
    const SurrogateGenerator g(7);
    const int shift = g.dateShiftDays("P1");
    QVERIFY(shift != 0 && shift >= -365 && shift <= 365);
    QCOMPARE(g.dateShiftDays("P1"), shift);
    // Two dates ten days apart stay ten days apart, in their own layouts.
    const std::string a = g.surrogateFor(PhiCategory::Date, "2023-03-01", "P1");
    const std::string b = g.surrogateFor(PhiCategory::Date, "2023-03-11", "P1");
    QCOMPARE(a.size(), std::size_t(10));
    QCOMPARE(a[4], '-');
    const QDate da = QDate::fromString(QString::fromStdString(a), Qt::ISODate);
    const QDate db = QDate::fromString(QString::fromStdString(b), Qt::ISODate);
    QVERIFY(da.isValid() && db.isValid());
    QCOMPARE(da.daysTo(db), qint64(10));
    QCOMPARE(QDate(2023, 3, 1).daysTo(da), qint64(shift));
  }

  void dateLayoutsArePreserved_data() {
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("format");  // QDate format the surrogate must parse with
    QTest::newRow("us") << "03/14/2023" << "MM/dd/yyyy";
    QTest::newRow("us short") << "3/4/2021" << "M/d/yyyy";
    QTest::newRow("iso") << "2023-03-14" << "yyyy-MM-dd";
    QTest::newRow("dotted") << "14.03.2023" << "dd.MM.yyyy";
    QTest::newRow("month name") << "March 14, 2023" << "MMMM d, yyyy";
    QTest::newRow("abbreviated") << "14-Mar-2023" << "d-MMM-yyyy";
  }

  void dateLayoutsArePreserved() {
    QFETCH(QString, date);
    QFETCH(QString, format);
    const SurrogateGenerator g(99);
    const QString shifted = QString::fromStdString(g.surrogateFor(PhiCategory::Date, date.toStdString(), "P9"));
    const QDate original = QLocale::c().toDate(date, format);
    const QDate moved = QLocale::c().toDate(shifted, format);
    QVERIFY2(moved.isValid(), qPrintable(shifted));
    QCOMPARE(original.daysTo(moved), qint64(g.dateShiftDays("P9")));
  }

  void otherCategoriesGetFictionalValuesOfTheSameKind() {
    const SurrogateGenerator g(5);
    const std::string ssn = g.surrogateFor(PhiCategory::Ssn, "123-45-6789", "P1");
    QCOMPARE(ssn.size(), std::size_t(11));
    QCOMPARE(ssn[0], '9');  // area 9xx is never issued
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "93", "P1"), std::string("90"));
    const std::string mrn = g.surrogateFor(PhiCategory::Mrn, "MR0012345", "P1");
    QCOMPARE(mrn.size(), std::size_t(9));
    QVERIFY(mrn != "MR0012345");
    QVERIFY(isupper(static_cast<unsigned char>(mrn[0])) && isdigit(static_cast<unsigned char>(mrn[8])));
    QVERIFY(g.surrogateFor(PhiCategory::Email, "a@b.org", "P1").ends_with("@example.org"));
    QVERIFY(g.surrogateFor(PhiCategory::Ip, "10.1.2.3", "P1").starts_with("192.0.2."));
    QVERIFY(g.surrogateFor(PhiCategory::Ip, "fe80::1", "P1").starts_with("2001:db8::"));
    const std::string phone = g.surrogateFor(PhiCategory::Phone, "(312) 555-0198", "P1");
    QCOMPARE(phone.size(), std::size_t(14));
    QCOMPARE(phone.front(), '(');
    QVERIFY(phone != "(312) 555-0198");
  }

  void surrogateTextKeepsNonPhiAndRemovesPhi() {
    const SurrogateGenerator g(3);
    const std::string text = "Patient: Ingrid Vasquez, MRN 00412345, seen 03/14/2023. Continue metoprolol 25 mg.";
    const std::string out = surrogate(g, text, "P7");
    QVERIFY(out.find("Ingrid") == std::string::npos && out.find("Vasquez") == std::string::npos);
    QVERIFY(out.find("00412345") == std::string::npos);
    QVERIFY(out.find("03/14/2023") == std::string::npos);
    QVERIFY(out.find("Continue metoprolol 25 mg.") != std::string::npos);
    QVERIFY(out.starts_with("Patient: "));
  }

  // Formats found since the sixth corpus family keep their form in surrogates.
  void sixthFamilySurrogatesKeepTheirForm() {
    const SurrogateGenerator g(11);
    const int shift = g.dateShiftDays("P3");
    const QDate moved = QDate(1965, 6, 26).addDays(shift);
    static const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    const std::string expected =
        std::to_string(moved.day()) + "." + kRoman[moved.month() - 1] + "." + std::to_string(moved.year());
    QCOMPARE(g.surrogateFor(PhiCategory::Date, "26.VI.1965", "P3"), expected);
    const std::string lower = g.surrogateFor(PhiCategory::Date, "3.iv.2024", "P3");
    QVERIFY2(lower.find_first_of("IVX") == std::string::npos && lower.find('.') != std::string::npos, lower.c_str());
    const QDate monthMoved = QDate(2020, 7, 15).addDays(shift);  // a month alone shifts from its middle
    QCOMPARE(QString::fromStdString(g.surrogateFor(PhiCategory::Date, "July of 2020", "P3")),
             QLocale::c().toString(monthMoved, "MMMM 'of' yyyy"));
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "90s", "P3"), std::string("90s"));
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "100S", "P3"), std::string("90S"));
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "90's", "P3"), std::string("90's"));
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "nineties", "P3"), std::string("nineties"));
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "94", "P3"), std::string("90"));
  }

  void seventhFamilySurrogatesKeepTheirForm() {
    const SurrogateGenerator g(13);
    const int shift = g.dateShiftDays("P4");
    // A compact HL7 date shifts and stays eight digits.
    QCOMPARE(QString::fromStdString(g.surrogateFor(PhiCategory::Date, "19730101", "P4")),
             QDate(1973, 1, 1).addDays(shift).toString("yyyyMMdd"));
    // An ordinal age keeps an ordinal's ending.
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "93rd", "P4"), std::string("90th"));
    QCOMPARE(g.surrogateFor(PhiCategory::Age, "101ST", "P4"), std::string("90TH"));
    // A town alone becomes a town (the state after it stays); a unit alone stays a unit.
    const std::string town = g.surrogateFor(PhiCategory::Address, "Fairhaven", "P4");
    QVERIFY2(!town.empty() && town.find_first_of("0123456789") == std::string::npos && town != "Fairhaven", town.c_str());
    const std::string townState = g.surrogateFor(PhiCategory::Address, "Port Ellis, AZ", "P4");
    QVERIFY2(townState.ends_with(", AZ") && townState.find_first_of("0123456789") == std::string::npos, townState.c_str());
    const std::string capsTown = g.surrogateFor(PhiCategory::Address, "KINGSPORT", "P4");
    QVERIFY2(capsTown == QString::fromStdString(capsTown).toUpper().toStdString(), capsTown.c_str());
    const std::string unit = g.surrogateFor(PhiCategory::Address, "APT 4", "P4");
    QVERIFY2(unit.starts_with("APT ") && unit.size() == 5, unit.c_str());
    // A dictated date shifts and stays in words, in its case.
    const QDate spoken = QDate(1952, 3, 26).addDays(shift);
    const std::string words = g.surrogateFor(PhiCategory::Date, "March twenty-sixth, nineteen fifty-two", "P4");
    QVERIFY2(words.find_first_of("0123456789") == std::string::npos &&
                 words.starts_with(QLocale::c().monthName(spoken.month()).toStdString() + " ") &&
                 words.find(", nineteen fifty-") != std::string::npos,
             words.c_str());
    const std::string capitals = g.surrogateFor(PhiCategory::Date, "SEPTEMBER TWENTY-THIRD, NINETEEN SIXTY-FIVE", "P4");
    QVERIFY2(capitals == QString::fromStdString(capitals).toUpper().toStdString() &&
                 capitals.find_first_of("0123456789") == std::string::npos,
             capitals.c_str());
    // A phone with en dashes keeps them.
    const std::string phone = g.surrogateFor(PhiCategory::Phone, "353\u2013991\u20134292", "P4");
    QVERIFY2(phone.find("\u2013") == 3 && phone.size() == std::string("353\u2013991\u20134292").size(), phone.c_str());
  }

  void eighthFamilySurrogatesKeepTheirForm() {
    const SurrogateGenerator g(13);
    // A unit number alone on its line stays a unit number.
    const std::string unit = g.surrogateFor(PhiCategory::Address, "#14", "P5");
    QVERIFY2(unit.starts_with("#") && unit.size() == 3 && unit != "#14", unit.c_str());
    // A FHIR-like name and a CDA birth time keep their form.
    const std::string json = "\"name\": [{\"family\": \"Quennell\", \"given\": [\"Ottoline\"]}], "
                             "\"birthDate\": \"1948-02-29\"";
    const std::string jsonOut = surrogate(g, json, "P5");
    QVERIFY2(jsonOut.find("Quennell") == std::string::npos && jsonOut.find("Ottoline") == std::string::npos &&
                 jsonOut.find("\"birthDate\": \"19") != std::string::npos && jsonOut.find("1948-02-29") == std::string::npos,
             jsonOut.c_str());
  }

  void pseudonymIsKeyedHmac() {
    const std::string key = "0123456789abcdef-server-secret";
    const std::string p = pseudonymizePatientKey(key, "MRN-0042");
    QCOMPARE(p.size(), std::size_t(64));
    QCOMPARE(p, pseudonymizePatientKey(key, "MRN-0042"));
    QVERIFY(p != pseudonymizePatientKey(key, "MRN-0043"));
    QVERIFY(p != pseudonymizePatientKey("another-secret-key-of-16+", "MRN-0042"));
    // RFC 4231 test case 2 is HMAC-SHA256("Jefe", ...), but "Jefe" is too short a key here.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pseudonymizePatientKey("Jefe", "what do ya want for nothing?"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pseudonymizePatientKey(key, ""));
  }
};

QTEST_APPLESS_MAIN(PhiRedactSurrogateTest)
#include "test_phi_redact_surrogate.moc"
