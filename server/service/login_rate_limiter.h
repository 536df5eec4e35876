#pragma once
// Counts failed logins per account and per client address in a sliding window; once a key has
// too many failures it is refused until the oldest failure leaves the window.
#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace concord::service {

class LoginRateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  LoginRateLimiter(int maxPerAccount, int maxPerAddress, std::chrono::seconds window);

  /// Seconds to wait when either the account or the address is over its limit.
  std::optional<int> retryAfter(const std::string& account, const std::string& address, Clock::time_point now = Clock::now());
  void recordFailure(const std::string& account, const std::string& address, Clock::time_point now = Clock::now());
  void recordSuccess(const std::string& account);

 private:
  std::optional<int> check(std::unordered_map<std::string, std::deque<Clock::time_point>>& map,
                           const std::string& key, int limit, Clock::time_point now);

  int maxPerAccount_;
  int maxPerAddress_;
  std::chrono::seconds window_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> accounts_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> addresses_;
};

}  // namespace concord::service
