#include "batch_prefetcher.h"

namespace concord::exporters {

BatchPrefetcher::BatchPrefetcher(std::function<pqxx::result()> fetch, std::size_t batchSize, std::size_t depth)
    : fetch_(std::move(fetch)), batchSize_(batchSize), depth_(depth), thread_([this] { run(); }) {}

BatchPrefetcher::~BatchPrefetcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();  // a FETCH in flight finishes first; the connection is then free again
}

void BatchPrefetcher::run() {
  try {
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopping_ || ready_.size() < depth_; });
        if (stopping_) return;
      }
      pqxx::result batch = fetch_();
      bool last = batch.size() < batchSize_;
      {
        std::lock_guard lock(mutex_);
        ready_.push_back(std::move(batch));
        finished_ = last;
      }
      changed_.notify_all();
      if (last) return;
    }
  } catch (...) {
    {
      std::lock_guard lock(mutex_);
      error_ = std::current_exception();
      finished_ = true;
    }
    changed_.notify_all();
  }
}

pqxx::result BatchPrefetcher::next() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || finished_; });
  if (!ready_.empty()) {
    pqxx::result batch = std::move(ready_.front());
    ready_.pop_front();
    lock.unlock();
    changed_.notify_all();
    return batch;
  }
  if (error_) std::rethrow_exception(error_);
  return pqxx::result();
}

}  // namespace concord::exporters
