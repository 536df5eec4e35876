// Unit tests of the UTF-8 helpers used for every piece of clinician and imported text.
#include <QtTest>

#include "concord/schema/utf8.h"

using namespace concord;

class Utf8Test : public QObject {
  Q_OBJECT
 private slots:
  void countsCodePoints() {
    QCOMPARE(utf8Length(""), std::optional<std::size_t>(0));
    QCOMPARE(utf8Length("abc"), std::optional<std::size_t>(3));
    QCOMPARE(utf8Length("é"), std::optional<std::size_t>(1));
    QCOMPARE(utf8Length("日本語"), std::optional<std::size_t>(3));
    QCOMPARE(utf8Length("😀x"), std::optional<std::size_t>(2));
    QCOMPARE(utf8Length(std::string_view("a\0b", 3)), std::optional<std::size_t>(3));
    QCOMPARE(utf8Length("\xF4\x8F\xBF\xBF"), std::optional<std::size_t>(1));  // U+10FFFF
  }

  void rejectsIllFormed_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("\x80");
    QTest::newRow("truncated two-byte") << QByteArray("\xC3");
    QTest::newRow("truncated three-byte") << QByteArray("\xE6\x97");
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF");
    QTest::newRow("overlong four-byte") << QByteArray("\xF0\x80\x80\xAF");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
    QTest::newRow("five-byte lead") << QByteArray("\xF8\x88\x80\x80\x80");
    QTest::newRow("FE") << QByteArray("\xFE");
    QTest::newRow("bad continuation") << QByteArray("\xC3\x28");
    QTest::newRow("valid then bad") << QByteArray("ok \xE2\x82");
  }
  void rejectsIllFormed() {
    QFETCH(QByteArray, bytes);
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    QVERIFY(!utf8Length(text));
    QVERIFY(!isValidUtf8(text));
    QVERIFY(isValidUtf8(displayableUtf8(text)));
  }

  void displayableReplacesAndShortens() {
    QCOMPARE(displayableUtf8("a\xFF" "b"), std::string("a\xEF\xBF\xBD" "b"));
    QCOMPARE(displayableUtf8("日本語テキスト", 3), std::string("日本語…"));
    QCOMPARE(displayableUtf8("abc", 3), std::string("abc"));
    QCOMPARE(displayableUtf8(""), std::string(""));
    QCOMPARE(displayableUtf8(std::string("a\0\n", 3)), std::string("a\xEF\xBF\xBD\xEF\xBF\xBD"));
  }
};

QTEST_APPLESS_MAIN(Utf8Test)
#include "test_utf8.moc"
