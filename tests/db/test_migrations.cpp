// Migrations on a real PostgreSQL: applied in order, idempotent, atomic on failure, and the
// audit log refuses UPDATE and DELETE.
#include <QtTest>

#include <pqxx/pqxx>

#include "store/migrator.h"
#include "test_database.h"

using namespace concord;

class MigrationsTest : public QObject {
  Q_OBJECT
 private slots:
  void migratingTwiceIsANoOp() {
    testing::TestDatabase db;  // already migrated once
    pqxx::connection conn(db.url());
    auto report = store::migrate(conn);
    QCOMPARE(report.applied.size(), std::size_t(0));
    QCOMPARE(report.alreadyApplied, static_cast<int>(embeddedMigrations().size()));
    pqxx::work tx(conn);
    QCOMPARE(tx.exec("SELECT count(*) FROM schema_migrations")[0][0].as<int>(),
             static_cast<int>(embeddedMigrations().size()));
  }

  void embeddedMigrationsAreNumberedInOrder() {
    const auto& all = embeddedMigrations();
    QVERIFY(all.size() >= 2);
    QCOMPARE(all.front().version, 1);
    for (std::size_t i = 1; i < all.size(); ++i) QVERIFY(all[i].version > all[i - 1].version);
  }

  void failedMigrationLeavesDatabaseAsItWasAndNamesFileAndLine() {
    testing::TestDatabase db;
    pqxx::connection conn(db.url());
    std::vector<EmbeddedMigration> broken = embeddedMigrations();
    broken.push_back({99, "0099_broken.sql",
                      "CREATE TABLE half_done (x int);\n\nINSERT INTO no_such_table VALUES (1);\n"});
    try {
      store::migrate(conn, broken);
      QFAIL("a broken migration must throw");
    } catch (const store::MigrationError& e) {
      QCOMPARE(e.file(), std::string("0099_broken.sql"));
      QCOMPARE(e.line(), 3);
      QVERIFY(std::string(e.what()).find("no_such_table") != std::string::npos);
    }
    pqxx::work tx(conn);
    QCOMPARE(tx.exec("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'")[0][0].as<int>(), 0);
    QCOMPARE(tx.exec("SELECT count(*) FROM schema_migrations WHERE version = 99")[0][0].as<int>(), 0);
  }

  void changedAppliedMigrationIsRefused() {
    testing::TestDatabase db;
    pqxx::connection conn(db.url());
    std::vector<EmbeddedMigration> edited = embeddedMigrations();
    edited[0].sql = "SELECT 1;";
    QVERIFY_THROWS_EXCEPTION(store::MigrationError, store::migrate(conn, edited));
  }

  void auditLogIsAppendOnly() {
    testing::TestDatabase db;
    pqxx::connection conn(db.url());
    {
      pqxx::work tx(conn);
      tx.exec("INSERT INTO audit_log (action) VALUES ('test.event')");
      tx.commit();
    }
    for (const char* sql : {"UPDATE audit_log SET action = 'tampered'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
      pqxx::work tx(conn);
      QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, tx.exec(sql));
    }
    pqxx::work tx(conn);
    QCOMPARE(tx.exec("SELECT action FROM audit_log")[0][0].as<std::string>(), std::string("test.event"));
  }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "test_migrations.moc"
