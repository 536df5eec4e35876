#pragma once
// Keeps the next cursor batch coming while the current one is written: a background thread runs
// FETCH one or two batches ahead, so PostgreSQL and the exporter work at the same time instead
// of taking turns. Memory stays bounded by `depth` batches.
#include <pqxx/pqxx>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace concord::exporters {

class BatchPrefetcher {
 public:
  /// `fetch` runs on the background thread only, which owns the connection until destruction.
  BatchPrefetcher(std::function<pqxx::result()> fetch, std::size_t batchSize, std::size_t depth = 2);
  ~BatchPrefetcher();
  BatchPrefetcher(const BatchPrefetcher&) = delete;
  BatchPrefetcher& operator=(const BatchPrefetcher&) = delete;

  /// The next batch; an empty result once the cursor is exhausted. Rethrows a fetch error.
  pqxx::result next();

 private:
  void run();

  std::function<pqxx::result()> fetch_;
  std::size_t batchSize_;
  std::size_t depth_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<pqxx::result> ready_;
  bool finished_ = false;
  bool stopping_ = false;
  std::exception_ptr error_;
  std::thread thread_;
};

}  // namespace concord::exporters
