#pragma once
// A bounded pool of PostgreSQL connections. Every connection gets the store's named
// statements prepared once, so request paths run only prepared, parameterised SQL.
#include <pqxx/pqxx>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace concord::store {

struct PoolStats {
  int size = 0;
  int inUse = 0;
  long long waits = 0;      // acquisitions that had to wait
  long long timeouts = 0;   // acquisitions that gave up
};

class DatabaseUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Database {
 public:
  Database(std::string url, int poolSize);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// A connection borrowed from the pool; returned when the lease is destroyed. A connection
  /// that broke during use is dropped and replaced on the next acquire.
  class Lease {
   public:
    Lease(Database* owner, std::unique_ptr<pqxx::connection> conn);
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    pqxx::connection& operator*() { return *conn_; }
    pqxx::connection* operator->() { return conn_.get(); }

   private:
    Database* owner_;
    std::unique_ptr<pqxx::connection> conn_;
  };

  /// Throws DatabaseUnavailable when no connection can be had within `timeout`.
  Lease acquire(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

  /// True when a trivial query succeeds.
  bool ping();

  PoolStats stats() const;
  const std::string& url() const { return url_; }

 private:
  std::unique_ptr<pqxx::connection> connect();
  void release(std::unique_ptr<pqxx::connection> conn);

  std::string url_;
  int capacity_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  int open_ = 0;
  int inUse_ = 0;
  long long waits_ = 0;
  long long timeouts_ = 0;
};

}  // namespace concord::store
