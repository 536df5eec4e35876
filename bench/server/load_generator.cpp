// concord-load: load generator for the Concord REST server (benchmarks only; targets 127.0.0.1).
//
//   concord-load submit --url URL [--ca FILE] --clients N --seconds S --first-case A --last-case B
//       Closed loop: N clients, each on its own keep-alive connection, PUT one first-time annotation
//       after the other to pre-created open assignments. Client t takes cases A+t, A+t+N, ... (the seed
//       assigns case x to clinician ((x-1) % users) + 1, token "bench-<id>"). Measures throughput.
//
//   concord-load fixed --url URL [--ca FILE] --connections C --rate R --seconds S --slug P
//       Open loop: request i is scheduled at t0 + i/R and goes to connection i % C; connection c is
//       clinician c+1. Each connection cycles through the kinds N S N N S N N S N N (N = POST next-task,
//       S = PUT the case its last next-task handed out), starting at position c % 10: 70% next-task,
//       30% submit. Latency is measured
//       from the scheduled time, so a late send (coordinated omission) counts as latency.
//
// Both modes print one "result" line per request kind (key=value pairs) for scripts to parse.
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/PrivateKeyPassphraseHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string mode;
  std::string url;
  std::string ca;
  std::string slug = "bench";
  int clients = 8;
  int connections = 1000;
  int users = 1000;
  double rate = 200;
  double seconds = 20;
  double grace = 30;  // fixed mode: requests not sent by seconds + grace are given up and counted
  std::int64_t firstCase = 1;
  std::int64_t lastCase = 0;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "concord-load: " << why << "\n"
            << "usage: concord-load submit --url URL [--ca FILE] --clients N --seconds S --first-case A --last-case B [--users U]\n"
            << "       concord-load fixed --url URL [--ca FILE] --connections C --rate R --seconds S [--slug P] [--grace G]\n";
  std::exit(2);
}

Options parse(int argc, char** argv) {
  if (argc < 2) usage("a mode is required");
  Options o;
  o.mode = argv[1];
  if (o.mode != "submit" && o.mode != "fixed") usage("unknown mode " + o.mode);
  for (int i = 2; i < argc; i += 2) {
    std::string name = argv[i];
    if (i + 1 >= argc) usage(name + " needs a value");
    std::string value = argv[i + 1];
    try {
      if (name == "--url") o.url = value;
      else if (name == "--ca") o.ca = value;
      else if (name == "--slug") o.slug = value;
      else if (name == "--clients") o.clients = std::stoi(value);
      else if (name == "--connections") o.connections = std::stoi(value);
      else if (name == "--users") o.users = std::stoi(value);
      else if (name == "--rate") o.rate = std::stod(value);
      else if (name == "--seconds") o.seconds = std::stod(value);
      else if (name == "--grace") o.grace = std::stod(value);
      else if (name == "--first-case") o.firstCase = std::stoll(value);
      else if (name == "--last-case") o.lastCase = std::stoll(value);
      else usage("unknown option " + name);
    } catch (const std::logic_error&) {
      usage("bad value for " + name);
    }
  }
  if (o.url.empty()) usage("--url is required");
  if (o.clients < 1 || o.connections < 1 || o.users < 1 || o.rate <= 0 || o.seconds <= 0 || o.seconds > 600) {
    usage("counts must be positive and --seconds at most 600");
  }
  return o;
}

// One keep-alive connection; reconnects after a failure.
class Connection {
 public:
  Connection(const Poco::URI& uri, Poco::Net::Context::Ptr context) : uri_(uri), context_(std::move(context)) {}

  struct Reply {
    int status = 0;
    std::string body;
  };

  Reply call(const std::string& method, const std::string& path, const std::string& token, const std::string& body,
             const std::string& idempotencyKey = {}) {
    if (!session_) open();
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    if (!token.empty()) request.set("Authorization", "Bearer " + token);
    if (!idempotencyKey.empty()) request.set("Idempotency-Key", idempotencyKey);
    if (method == "POST" || method == "PUT") {
      request.setContentType("application/json");
      request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    try {
      std::ostream& out = session_->sendRequest(request);
      out << body;
      Poco::Net::HTTPResponse response;
      std::istream& in = session_->receiveResponse(response);
      Reply reply;
      reply.status = static_cast<int>(response.getStatus());
      Poco::StreamCopier::copyToString(in, reply.body);
      return reply;
    } catch (const Poco::Exception&) {
      session_.reset();  // a fresh connection next time
      throw;
    }
  }

 private:
  void open() {
    if (context_) {
      session_ = std::make_unique<Poco::Net::HTTPSClientSession>(uri_.getHost(), uri_.getPort(), context_);
    } else {
      session_ = std::make_unique<Poco::Net::HTTPClientSession>(uri_.getHost(), uri_.getPort());
    }
    session_->setKeepAlive(true);
    // The server closes a connection idle for 15 s; reconnect on our side before that.
    session_->setKeepAliveTimeout(Poco::Timespan(14, 0));
    session_->setTimeout(Poco::Timespan(30, 0));
  }

  Poco::URI uri_;
  Poco::Net::Context::Ptr context_;
  std::unique_ptr<Poco::Net::HTTPClientSession> session_;
};

struct Stats {
  std::vector<double> latencyMs;
  long long ok = 0;
  long long errors = 0;
  std::map<std::string, long long> errorKinds;

  void merge(const Stats& other) {
    latencyMs.insert(latencyMs.end(), other.latencyMs.begin(), other.latencyMs.end());
    ok += other.ok;
    errors += other.errors;
    for (const auto& [k, v] : other.errorKinds) errorKinds[k] += v;
  }
  void fail(const std::string& kind) {
    ++errors;
    ++errorKinds[kind];
  }
};

double percentile(std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(index, sorted.size() - 1)];
}

void report(const std::string& kind, Stats& s, double seconds, const std::string& extra) {
  std::sort(s.latencyMs.begin(), s.latencyMs.end());
  std::string errorText;
  for (const auto& [k, v] : s.errorKinds) errorText += (errorText.empty() ? "" : ",") + k + ":" + std::to_string(v);
  std::printf("result kind=%s requests=%zu ok=%lld errors=%lld rate=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f%s%s%s\n",
              kind.c_str(), s.latencyMs.size(), s.ok, s.errors, static_cast<double>(s.latencyMs.size()) / seconds,
              percentile(s.latencyMs, 50), percentile(s.latencyMs, 95), percentile(s.latencyMs, 99),
              s.latencyMs.empty() ? 0.0 : s.latencyMs.back(), extra.c_str(), errorText.empty() ? "" : " error_kinds=",
              errorText.c_str());
}

std::string token(std::int64_t userId) { return "bench-" + std::to_string(userId); }

const std::string kSubmitBody = R"({"status":"submitted","payload":{"finding":"normal"}})";

// CPU seconds this process has used so far (the generator shares the machine with the server).
double ownCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double msSince(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

// Closed loop over pre-created open assignments.
int runSubmit(const Options& o, const Poco::URI& uri, const Poco::Net::Context::Ptr& context) {
  if (o.lastCase < o.firstCase) usage("--first-case/--last-case give no cases");
  std::vector<Stats> stats(static_cast<std::size_t>(o.clients));
  std::vector<std::thread> threads;
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  std::atomic<bool> ranOut{false};
  Clock::time_point start;
  Clock::time_point deadline;
  std::string runId = std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  for (int t = 0; t < o.clients; ++t) {
    threads.emplace_back([&, t] {
      Connection conn(uri, context);
      Stats& mine = stats[static_cast<std::size_t>(t)];
      try {
        conn.call("GET", "/healthz", "", "");  // connect (and handshake) before the clock starts
      } catch (const Poco::Exception&) {
      }
      ++ready;
      while (!go) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      for (std::int64_t x = o.firstCase + t;; x += o.clients) {
        auto now = Clock::now();
        if (now >= deadline) break;
        if (x > o.lastCase) {
          ranOut = true;
          break;
        }
        std::int64_t user = (x - 1) % o.users + 1;
        try {
          auto reply = conn.call("PUT", "/api/v1/cases/" + std::to_string(x) + "/annotation", token(user), kSubmitBody,
                                 "bench-" + runId + "-" + std::to_string(x));
          if (reply.status == 201) ++mine.ok;
          else mine.fail(std::to_string(reply.status));
        } catch (const Poco::Exception& e) {
          mine.fail(e.className());
        }
        mine.latencyMs.push_back(msSince(now, Clock::now()));
      }
    });
  }
  while (ready < o.clients) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  start = Clock::now();
  deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
  go = true;
  for (auto& th : threads) th.join();
  double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  Stats all;
  for (const auto& s : stats) all.merge(s);
  report("submit", all, elapsed,
         " clients=" + std::to_string(o.clients) + " seconds=" + std::to_string(elapsed) + (ranOut ? " ran_out_of_cases=1" : ""));
  return 0;
}

// Open loop at a fixed rate over many keep-alive connections, one thread per connection.
int runFixed(const Options& o, const Poco::URI& uri, const Poco::Net::Context::Ptr& context) {
  static const char kPattern[] = "NSNNSNNSNN";
  std::vector<Stats> next(static_cast<std::size_t>(o.connections)), submit(static_cast<std::size_t>(o.connections));
  std::vector<long long> late(static_cast<std::size_t>(o.connections), 0), noTask(static_cast<std::size_t>(o.connections), 0);
  std::vector<std::thread> threads;
  std::atomic<int> ready{0};
  std::atomic<int> warmFailures{0};
  std::atomic<bool> go{false};
  Clock::time_point t0;
  auto total = static_cast<long long>(o.rate * o.seconds);
  auto interval = std::chrono::duration<double>(1.0 / o.rate);
  auto giveUp = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds + o.grace));
  std::string runId = std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  std::string nextPath = "/api/v1/projects/" + o.slug + "/next-task";
  for (int c = 0; c < o.connections; ++c) {
    threads.emplace_back([&, c] {
      auto idx = static_cast<std::size_t>(c);
      Connection conn(uri, context);
      std::string myToken = token(c % o.users + 1);
      try {
        conn.call("GET", "/healthz", "", "");
      } catch (const Poco::Exception&) {
        ++warmFailures;
      }
      ++ready;
      while (!go) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      std::int64_t caseInHand = 0;
      long long visit = 0;
      for (long long i = c; i < total; i += o.connections, ++visit) {
        auto scheduled = t0 + std::chrono::duration_cast<Clock::duration>(interval * static_cast<double>(i));
        auto now = Clock::now();
        if (now < scheduled) std::this_thread::sleep_until(scheduled);
        else if (now - t0 > giveUp) {
          ++late[idx];
          continue;
        }
        // The pattern starts at a different place on each connection, so any window of time sees the
        // 70/30 mix; a submit with no case in hand (the very first visit) becomes a next-task.
        bool isSubmit = kPattern[(visit + c) % 10] == 'S' && caseInHand != 0;
        Stats& s = isSubmit ? submit[idx] : next[idx];
        try {
          if (isSubmit) {
            auto reply = conn.call("PUT", "/api/v1/cases/" + std::to_string(caseInHand) + "/annotation", myToken,
                                   kSubmitBody, "load-" + runId + "-" + std::to_string(i));
            if (reply.status == 201 || reply.status == 200) ++s.ok;
            else s.fail(std::to_string(reply.status));
            caseInHand = 0;
          } else {
            auto reply = conn.call("POST", nextPath, myToken, "");
            if (reply.status == 200) {
              ++s.ok;
              auto at = reply.body.find("\"case_id\":");
              caseInHand = at == std::string::npos ? 0 : std::stoll(reply.body.substr(at + 10));
            } else if (reply.status == 204) {
              ++s.ok;
              ++noTask[idx];
            } else {
              s.fail(std::to_string(reply.status));
            }
          }
        } catch (const Poco::Exception& e) {
          s.fail(e.className());
        }
        s.latencyMs.push_back(msSince(scheduled, Clock::now()));
      }
    });
  }
  while (ready < o.connections) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  t0 = Clock::now() + std::chrono::milliseconds(200);
  double cpuAtStart = ownCpuSeconds();
  go = true;
  for (auto& th : threads) th.join();
  double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
  double cpuPercent = (ownCpuSeconds() - cpuAtStart) * 100.0 / elapsed;
  Stats n, s;
  long long lateTotal = 0, noTaskTotal = 0;
  for (int c = 0; c < o.connections; ++c) {
    n.merge(next[static_cast<std::size_t>(c)]);
    s.merge(submit[static_cast<std::size_t>(c)]);
    lateTotal += late[static_cast<std::size_t>(c)];
    noTaskTotal += noTask[static_cast<std::size_t>(c)];
  }
  std::string common = " target_rate=" + std::to_string(o.rate) + " connections=" + std::to_string(o.connections) +
                       " elapsed=" + std::to_string(elapsed) + " not_sent=" + std::to_string(lateTotal) +
                       " warm_failures=" + std::to_string(warmFailures.load()) +
                       " generator_cpu_pct=" + std::to_string(static_cast<int>(cpuPercent));
  report("next-task", n, o.seconds, common + " no_task=" + std::to_string(noTaskTotal));
  report("submit", s, o.seconds, common);
  Stats all;
  all.merge(n);
  all.merge(s);
  report("all", all, o.seconds, common);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  Poco::URI uri(o.url);
  if (uri.getHost() != "127.0.0.1" && uri.getHost() != "localhost") usage("loads go to 127.0.0.1 only");
  Poco::Net::Context::Ptr context;
  if (uri.getScheme() == "https") {
    if (o.ca.empty()) usage("--ca is required for https");
    Poco::Net::initializeSSL();
    context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", o.ca, Poco::Net::Context::VERIFY_STRICT,
                                     9, false);
    context->enableSessionCache(true);
  }
  try {
    return o.mode == "submit" ? runSubmit(o, uri, context) : runFixed(o, uri, context);
  } catch (const std::exception& e) {
    std::cerr << "concord-load: " << e.what() << "\n";
    return 1;
  }
}
