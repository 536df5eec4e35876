#include <QtTest>

#include "service/login_rate_limiter.h"

using concord::service::LoginRateLimiter;

class LoginRateLimiterTest : public QObject {
  Q_OBJECT
 private slots:
  void limitsAnAccountAfterFailuresAndRecovers() {
    LoginRateLimiter limiter(3, 100, std::chrono::seconds(60));
    auto t0 = LoginRateLimiter::Clock::now();
    for (int i = 0; i < 3; ++i) {
      QVERIFY(!limiter.retryAfter("alice", "10.0.0.1", t0).has_value());
      limiter.recordFailure("alice", "10.0.0.1", t0);
    }
    auto wait = limiter.retryAfter("alice", "10.0.0.2", t0 + std::chrono::seconds(10));
    QVERIFY(wait.has_value());
    QVERIFY(*wait >= 49 && *wait <= 51);
    QVERIFY(!limiter.retryAfter("bob", "10.0.0.2", t0).has_value());
    QVERIFY(!limiter.retryAfter("alice", "10.0.0.1", t0 + std::chrono::seconds(61)).has_value());
  }
  void limitsAnAddressAcrossAccounts() {
    LoginRateLimiter limiter(100, 4, std::chrono::seconds(60));
    auto t0 = LoginRateLimiter::Clock::now();
    for (int i = 0; i < 4; ++i) limiter.recordFailure("user" + std::to_string(i), "10.0.0.9", t0);
    QVERIFY(limiter.retryAfter("someone-else", "10.0.0.9", t0).has_value());
    QVERIFY(!limiter.retryAfter("someone-else", "10.0.0.8", t0).has_value());
  }
  void successClearsTheAccount() {
    LoginRateLimiter limiter(2, 100, std::chrono::seconds(60));
    auto t0 = LoginRateLimiter::Clock::now();
    limiter.recordFailure("carol", "a", t0);
    limiter.recordSuccess("carol");
    limiter.recordFailure("carol", "a", t0);
    QVERIFY(!limiter.retryAfter("carol", "a", t0).has_value());
  }
};

QTEST_APPLESS_MAIN(LoginRateLimiterTest)
#include "test_login_rate_limiter.moc"
