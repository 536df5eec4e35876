#include "https_client.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/PrivateKeyPassphraseHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

#include <memory>

namespace concord::testing {

struct HttpsClient::Impl {
  std::string host;
  int port;
  Poco::Net::Context::Ptr context;
  std::unique_ptr<Poco::Net::HTTPClientSession> session;
};

HttpsClient::HttpsClient(std::string host, int port, std::string caFile) : impl_(new Impl{host, port, nullptr, nullptr}) {
  if (caFile.empty()) {
    impl_->session = std::make_unique<Poco::Net::HTTPClientSession>(host, static_cast<Poco::UInt16>(port));
  } else {
    Poco::Net::initializeSSL();
    impl_->context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", caFile,
                                            Poco::Net::Context::VERIFY_STRICT, 9, false);
    impl_->session = std::make_unique<Poco::Net::HTTPSClientSession>(host, static_cast<Poco::UInt16>(port), impl_->context);
  }
  impl_->session->setKeepAlive(true);
  impl_->session->setTimeout(Poco::Timespan(30, 0));
}

HttpsClient::~HttpsClient() { delete impl_; }

HttpResult HttpsClient::request(const std::string& method, const std::string& path, const std::string& body,
                                const std::map<std::string, std::string>& headers) {
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [k, v] : headers) request.set(k, v);
  if (!body.empty() || method == "POST" || method == "PUT") {
    if (!request.has("Content-Type")) request.setContentType("application/json");
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  std::ostream& out = impl_->session->sendRequest(request);
  out << body;
  Poco::Net::HTTPResponse response;
  std::istream& in = impl_->session->receiveResponse(response);
  HttpResult result;
  result.status = static_cast<int>(response.getStatus());
  Poco::StreamCopier::copyToString(in, result.body);
  for (const auto& [k, v] : response) {
    std::string lower = k;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    result.headers[lower] = v;
  }
  return result;
}

HttpResult HttpsClient::get(const std::string& path, const std::string& token) {
  std::map<std::string, std::string> headers;
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  return request("GET", path, "", headers);
}

HttpResult HttpsClient::postJson(const std::string& path, const Json& body, const std::string& token) {
  std::map<std::string, std::string> headers;
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  return request("POST", path, body.dump(), headers);
}

std::string HttpsClient::login(const std::string& username, const std::string& password) {
  auto r = postJson("/api/v1/auth/login", {{"username", username}, {"password", password}});
  if (r.status != 200) return "";
  return r.json().value("token", "");
}

}  // namespace concord::testing
