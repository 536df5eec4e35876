#include "store/database.h"

#include "store/statements.h"

namespace concord::store {

Database::Database(std::string url, int poolSize) : url_(std::move(url)), capacity_(poolSize) {
  if (capacity_ < 1) throw std::invalid_argument("the connection pool needs at least one connection");
}

Database::~Database() = default;

std::unique_ptr<pqxx::connection> Database::connect() {
  auto conn = std::make_unique<pqxx::connection>(url_);
  for (const auto& statement : statementRegistry()) conn->prepare(statement.name, statement.sql);
  return conn;
}

Database::Lease Database::acquire(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  bool waited = false;
  while (idle_.empty() && open_ >= capacity_) {
    waited = true;
    if (available_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && open_ >= capacity_) {
      ++timeouts_;
      throw DatabaseUnavailable("no database connection became free in time");
    }
  }
  if (waited) ++waits_;
  ++inUse_;
  if (!idle_.empty()) {
    auto conn = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(conn));
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(this, connect());
  } catch (const std::exception& e) {
    std::lock_guard relock(mutex_);
    --open_;
    --inUse_;
    available_.notify_one();
    throw DatabaseUnavailable(std::string("cannot connect to the database: ") + e.what());
  }
}

void Database::release(std::unique_ptr<pqxx::connection> conn) {
  std::lock_guard lock(mutex_);
  --inUse_;
  if (conn && conn->is_open()) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;
  }
  available_.notify_one();
}

bool Database::ping() {
  try {
    auto lease = acquire(std::chrono::milliseconds(2000));
    pqxx::nontransaction tx(*lease);
    tx.exec("SELECT 1");
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

PoolStats Database::stats() const {
  std::lock_guard lock(mutex_);
  return PoolStats{capacity_, inUse_, waits_, timeouts_};
}

Database::Lease::Lease(Database* owner, std::unique_ptr<pqxx::connection> conn)
    : owner_(owner), conn_(std::move(conn)) {}

Database::Lease::Lease(Lease&& other) noexcept : owner_(other.owner_), conn_(std::move(other.conn_)) {
  other.owner_ = nullptr;
}

Database::Lease::~Lease() {
  if (owner_) owner_->release(std::move(conn_));
}

}  // namespace concord::store
