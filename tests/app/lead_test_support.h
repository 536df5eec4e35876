#pragma once
// Shared steps for the data lead console's GUI tests: an ApiClient of the real app, pointed at
// the test server and logged in through the real login call, for a page under test.
#include <QtTest>

#include "fixtures.h"
#include "net/api_client.h"
#include "test_server.h"

namespace concord::testing {

/// Points `api` at `server`, trusting its CA, and logs `username` in; false if that fails.
inline bool logInApi(app::ApiClient& api, const TestServer& server, const QString& username) {
  api.setServer(QUrl(QString::fromStdString(server.baseUrl())));
  QString error;
  if (!api.trustCaFile(QString::fromStdString(server.caFile()), &error)) return false;
  bool done = false;
  bool ok = false;
  api.login(username, QString::fromStdString(kTestPassword), nullptr, [&](const app::ApiReply& reply) {
    ok = reply.ok;
    done = true;
  });
  return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}

}  // namespace concord::testing
