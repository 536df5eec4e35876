#include "http/metrics.h"

#include <sstream>

namespace concord::http {

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{method, route, status}];
  auto& h = latency_[{method, route}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.counts[i];
  }
  ++h.total;
  h.sum += seconds;
}

std::string Metrics::render(const store::PoolStats& pool) const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP concord_http_requests_total HTTP requests by route and status.\n"
         "# TYPE concord_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [method, route, status] = key;
    out << "concord_http_requests_total{method=\"" << method << "\",route=\"" << route << "\",status=\"" << status
        << "\"} " << count << "\n";
  }
  out << "# HELP concord_http_request_duration_seconds Request latency by route.\n"
         "# TYPE concord_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    const auto& [method, route] = key;
    std::string labels = "method=\"" + method + "\",route=\"" + route + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "concord_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i] << "\"} "
          << h.counts[i] << "\n";
    }
    out << "concord_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.total << "\n";
    out << "concord_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n";
    out << "concord_http_request_duration_seconds_count{" << labels << "} " << h.total << "\n";
  }
  out << "# HELP concord_db_pool_connections Database pool size.\n# TYPE concord_db_pool_connections gauge\n"
      << "concord_db_pool_connections " << pool.size << "\n"
      << "# HELP concord_db_pool_in_use Connections in use.\n# TYPE concord_db_pool_in_use gauge\n"
      << "concord_db_pool_in_use " << pool.inUse << "\n"
      << "# HELP concord_db_pool_waits_total Acquisitions that waited.\n# TYPE concord_db_pool_waits_total counter\n"
      << "concord_db_pool_waits_total " << pool.waits << "\n"
      << "# HELP concord_db_pool_timeouts_total Acquisitions that timed out.\n# TYPE concord_db_pool_timeouts_total counter\n"
      << "concord_db_pool_timeouts_total " << pool.timeouts << "\n";
  return out.str();
}

}  // namespace concord::http
