// The SQL splitter that lets a failed migration name its statement.
#include <QtTest>

#include "store/sql_script.h"

using concord::store::splitSqlScript;

class SqlScriptTest : public QObject {
  Q_OBJECT
 private slots:
  void splitsOnSemicolons() {
    auto s = splitSqlScript("CREATE TABLE a (x int);\n\nCREATE TABLE b (y int);");
    QCOMPARE(s.size(), std::size_t(2));
    QCOMPARE(s[1].line, 3);
  }
  void ignoresSemicolonsInQuotesCommentsAndDollarBodies() {
    auto s = splitSqlScript(
        "-- a comment; with a semicolon\n"
        "INSERT INTO t VALUES ('a;b', \"c;d\");\n"
        "/* block; comment */ CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;\n"
        "SELECT $$x;y$$;");
    QCOMPARE(s.size(), std::size_t(3));
    QVERIFY(s[0].text.find("'a;b'") != std::string::npos);
    QVERIFY(s[1].text.find("SELECT 1; $body$") != std::string::npos);
    QCOMPARE(s[2].line, 4);
  }
  void escapedQuotes() {
    auto s = splitSqlScript("SELECT 'it''s; fine'; SELECT 2");
    QCOMPARE(s.size(), std::size_t(2));
  }
  void emptyScript() { QCOMPARE(splitSqlScript("  -- nothing\n").size(), std::size_t(0)); }
};

QTEST_APPLESS_MAIN(SqlScriptTest)
#include "test_sql_script.moc"
