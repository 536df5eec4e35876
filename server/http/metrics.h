#pragma once
// Request counters and latency histograms per route, rendered in Prometheus text format.
#include <array>
#include <map>
#include <mutex>
#include <string>

#include "store/database.h"

namespace concord::http {

class Metrics {
 public:
  void observe(const std::string& method, const std::string& route, int status, double seconds);
  std::string render(const store::PoolStats& pool) const;

 private:
  static constexpr std::array<double, 12> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                   0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
  struct Histogram {
    std::array<long long, kBuckets.size()> counts{};
    long long total = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, long long> requests_;
  std::map<std::pair<std::string, std::string>, Histogram> latency_;
};

}  // namespace concord::http
