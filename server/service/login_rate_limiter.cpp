#include "service/login_rate_limiter.h"

#include <algorithm>

namespace concord::service {

LoginRateLimiter::LoginRateLimiter(int maxPerAccount, int maxPerAddress, std::chrono::seconds window)
    : maxPerAccount_(maxPerAccount), maxPerAddress_(maxPerAddress), window_(window) {}

std::optional<int> LoginRateLimiter::check(std::unordered_map<std::string, std::deque<Clock::time_point>>& map,
                                           const std::string& key, int limit, Clock::time_point now) {
  auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  auto& failures = it->second;
  while (!failures.empty() && failures.front() + window_ <= now) failures.pop_front();
  if (failures.empty()) {
    map.erase(it);
    return std::nullopt;
  }
  if (static_cast<int>(failures.size()) < limit) return std::nullopt;
  auto wait = std::chrono::duration_cast<std::chrono::seconds>(failures.front() + window_ - now).count();
  return std::max<int>(1, static_cast<int>(wait) + 1);
}

std::optional<int> LoginRateLimiter::retryAfter(const std::string& account, const std::string& address,
                                                Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto a = check(accounts_, account, maxPerAccount_, now);
  auto b = check(addresses_, address, maxPerAddress_, now);
  if (a && b) return std::max(*a, *b);
  return a ? a : b;
}

void LoginRateLimiter::recordFailure(const std::string& account, const std::string& address, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  accounts_[account].push_back(now);
  addresses_[address].push_back(now);
}

void LoginRateLimiter::recordSuccess(const std::string& account) {
  std::lock_guard lock(mutex_);
  accounts_.erase(account);
}

}  // namespace concord::service
