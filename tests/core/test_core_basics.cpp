// Unit tests of core helpers: hashing, passwords, JSON escaping, roles, splits.
#include <QtTest>

#include "concord/core/hashing.h"
#include "concord/core/json.h"
#include "concord/core/json_escape.h"
#include "concord/core/password_hash.h"
#include "concord/core/roles.h"
#include "concord/core/split.h"

using namespace concord;

class CoreBasicsTest : public QObject {
  Q_OBJECT
 private slots:
  void sha256KnownVectors() {
    QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }
  void sha256StreamMatchesOneShot() {
    Sha256Stream s;
    s.update("a");
    s.update("bc");
    QCOMPARE(s.finishHex(), sha256Hex("abc"));
  }
  void hmacRfc4231Case2() {
    QCOMPARE(hmacSha256Hex("Jefe", "what do ya want for nothing?"),
             std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
  }
  void base64RoundTrip() {
    for (std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
      QCOMPARE(base64Decode(base64Encode(s)), s);
    }
    QCOMPARE(base64Encode("foobar"), std::string("Zm9vYmFy"));
    QCOMPARE(base64UrlEncode("\xfb\xff"), std::string("-_8"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, base64Decode("a$bc"));
  }
  void randomBytesDiffer() {
    QCOMPARE(randomBytes(32).size(), std::size_t(32));
    QVERIFY(randomBytes(32) != randomBytes(32));
  }
  void passwordHashVerifies() {
    std::string stored = hashPassword("correct horse battery", 1000);
    QVERIFY(stored.rfind("pbkdf2-sha256$1000$", 0) == 0);
    QVERIFY(verifyPassword("correct horse battery", stored));
    QVERIFY(!verifyPassword("correct horse batterY", stored));
    QVERIFY(hashPassword("x", 1000) != hashPassword("x", 1000));  // salted
    QVERIFY(!verifyPassword("x", "garbage"));
    QVERIFY(!verifyPassword("x", "pbkdf2-sha256$abc$AAAA$AAAA"));
  }
  void passwordPolicy() {
    QVERIFY(!checkPasswordPolicy("short").empty());
    QVERIFY(checkPasswordPolicy("twelve chars").empty());
    QVERIFY(!checkPasswordPolicy("ünïcödé123").empty());  // 10 code points
  }
  void jsonEscapeMatchesParser() {
    std::string input = "quote\" back\\ nl\n tab\t ctl\x01 é 日本 😀";
    std::string out;
    appendJsonString(out, input);
    QCOMPARE(Json::parse(out).get<std::string>(), input);
  }
  void jsonEscapeReplacesInvalidUtf8() {
    std::string out;
    appendJsonString(out, std::string("a\xC0\xAFz\xED\xA0\x80", 7));
    QVERIFY(isValidUtf8(out));
    QCOMPARE(Json::parse(out).get<std::string>(), std::string("a\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));
  }
  void utf8Validation() {
    QVERIFY(isValidUtf8("plain"));
    QVERIFY(isValidUtf8("\xF0\x9F\x98\x80"));
    QVERIFY(!isValidUtf8("\xF0\x9F\x98"));  // truncated
    QVERIFY(!isValidUtf8("\xC0\x80"));      // overlong
    QCOMPARE(codePointCount("h\xC3\xA9llo"), std::size_t(5));
  }
  void roles() {
    QVERIFY(parseRole("data_lead") == Role::DataLead);
    QVERIFY(!parseRole("root").has_value());
    QCOMPARE(roleName(Role::Admin), std::string_view("admin"));
  }
  void splitSpecParsing() {
    auto shares = parseSplitSpec("train=0.8,validation=0.1,test=0.1");
    QCOMPARE(shares.size(), std::size_t(3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSplitSpec("train=0.8,test=0.1"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSplitSpec("train=abc,test=1"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSplitSpec("train=0.5,train=0.5"));
  }
  void splitIsStablePerPatientAndRoughlyProportional() {
    auto shares = parseSplitSpec("train=0.8,validation=0.1,test=0.1");
    std::map<std::string, int> counts;
    for (int i = 0; i < 20000; ++i) {
      std::string key = "patient-" + std::to_string(i);
      const auto& a = assignSplit(shares, "salt", key);
      QCOMPARE(assignSplit(shares, "salt", key), a);
      counts[a]++;
    }
    QVERIFY(std::abs(counts["train"] - 16000) < 400);
    QVERIFY(std::abs(counts["test"] - 2000) < 250);
  }
};

QTEST_APPLESS_MAIN(CoreBasicsTest)
#include "test_core_basics.moc"
