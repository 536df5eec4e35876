#include "http/dispatcher.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <limits>

#include "concord/core/hashing.h"
#include "concord/core/json_escape.h"
#include "http/problem.h"
#include "service/errors.h"
#include "store/audit_store.h"

namespace concord::http {
namespace {

using service::ErrorKind;
using service::ServiceError;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Reads at most `limit` bytes; throws 413 when the body is larger.
std::string readBody(Poco::Net::HTTPServerRequest& request, std::size_t limit) {
  if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(limit)) {
    throw ServiceError(ErrorKind::PayloadTooLarge, "payload-too-large",
                       "The request body is larger than " + std::to_string(limit) + " bytes.");
  }
  std::string body;
  std::istream& in = request.stream();
  char buffer[16384];
  while (in) {
    in.read(buffer, sizeof buffer);
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (body.size() > limit) {
      throw ServiceError(ErrorKind::PayloadTooLarge, "payload-too-large",
                         "The request body is larger than " + std::to_string(limit) + " bytes.");
    }
  }
  return body;
}

void logLine(const Request& request, const std::string& route, int status, double seconds) {
  // Never the body, the query, headers or tokens: they may carry PHI or secrets.
  std::string line = "{\"level\":\"info\",\"msg\":\"request\",\"request_id\":";
  appendJsonString(line, request.meta.requestId);
  line += ",\"method\":";
  appendJsonString(line, request.method);
  line += ",\"route\":";
  appendJsonString(line, route);
  line += ",\"status\":" + std::to_string(status) + ",\"ms\":" + std::to_string(seconds * 1000.0);
  if (request.principal) line += ",\"user_id\":" + std::to_string(request.principal->userId);
  line += "}\n";
  std::cerr << line;
}

class Dispatcher : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Dispatcher(DispatchContext context) : context_(context) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    auto started = std::chrono::steady_clock::now();
    Request request;
    request.method = in.getMethod();
    request.meta.clientAddr = in.clientAddress().host().toString();
    std::string routeName = "unmatched";
    Response response;
    try {
      response = dispatch(in, request, routeName);
    } catch (const ServiceError& e) {
      response = problemFrom(e, request.path);
    } catch (const store::DatabaseUnavailable&) {
      response = problem(503, "database-unavailable", "", "The database is not reachable; try again shortly.", request.path);
      response.headers.emplace_back("Retry-After", "5");
    } catch (const std::exception& e) {
      std::cerr << "{\"level\":\"error\",\"msg\":\"unhandled\",\"request_id\":\"" << request.meta.requestId
                << "\",\"error_type\":\"" << typeid(e).name() << "\"}\n";
      response = problem(500, "internal", "", "Something went wrong on the server; it has been logged.", request.path);
    }
    settleUnreadBody(in, out, request);
    response.headers.emplace_back("X-Request-Id", request.meta.requestId);
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    write(out, response);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    context_.metrics.observe(request.method, routeName, response.status, seconds);
    logLine(request, routeName, response.status, seconds);
  }

 private:
  Response dispatch(Poco::Net::HTTPServerRequest& in, Request& request, std::string& routeName) {
    std::string givenId = in.get("X-Request-Id", "");
    request.meta.requestId = (!givenId.empty() && givenId.size() <= 64 && isValidUtf8(givenId))
                                 ? givenId
                                 : base64UrlEncode(randomBytes(12));
    Poco::URI uri;
    try {
      uri = Poco::URI(in.getURI());
    } catch (const Poco::Exception&) {
      throw ServiceError(ErrorKind::BadRequest, "bad-uri", "The request URI is malformed.");
    }
    request.path = uri.getPath();
    for (const auto& [k, v] : uri.getQueryParameters()) request.query[k] = v;
    for (const auto& [k, v] : in) request.headers[lower(k)] = v;

    RouteMatch match = context_.router.match(request.method, request.path);
    if (!match.route) {
      if (match.pathExists) {
        throw ServiceError(ErrorKind::MethodNotAllowed, "method-not-allowed", "This method is not allowed here.");
      }
      throw ServiceError(ErrorKind::NotFound, "not-found", "No such route.");
    }
    const Route& route = *match.route;
    routeName = route.pattern;
    request.params = std::move(match.params);

    if (!route.isPublic) authorize(request, route);
    request.bodyRead = true;  // from here on the handler or readBody owns the body
    if (route.streamsBody) {
      request.bodyStream = &in.stream();
    } else {
      request.bodyRead = false;
      request.body = readBody(in, route.maxBodyBytes);
      request.bodyRead = true;
    }
    return route.handler(request);
  }

  // A request refused before its body was read leaves that body on the connection, where it
  // would be parsed as the next request. Drain a small body; close the connection otherwise.
  static void settleUnreadBody(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out,
                               const Request& request) {
    if (request.bodyStream != nullptr) {
      // A streamed body may have been abandoned part-way (a bad import line): never reuse it.
      if (request.bodyStream->good() && request.bodyStream->peek() != std::char_traits<char>::eof()) out.setKeepAlive(false);
      return;
    }
    if (request.bodyRead) return;
    constexpr Poco::Int64 kDrainLimit = 16 << 20;
    bool chunked = in.getChunkedTransferEncoding();
    Poco::Int64 length = in.hasContentLength() ? in.getContentLength64() : 0;
    if (!chunked && length == 0) return;
    if (!chunked && length <= kDrainLimit) {
      in.stream().ignore(std::numeric_limits<std::streamsize>::max());
      return;
    }
    out.setKeepAlive(false);
  }

  void authorize(Request& request, const Route& route) {
    std::string auth = request.header("authorization");
    static const std::string kBearer = "Bearer ";
    if (auth.size() > kBearer.size() && auth.compare(0, kBearer.size(), kBearer) == 0) {
      request.bearerToken = auth.substr(kBearer.size());
      request.principal = context_.auth.authenticate(request.bearerToken);
    }
    if (!request.principal) {
      throw ServiceError(ErrorKind::Unauthenticated, "unauthenticated", "Log in first (missing, expired or revoked token).");
    }
    if (!route.roles.contains(request.principal->role)) {
      auditRefusal(request, route);
      throw ServiceError(ErrorKind::Forbidden, "forbidden", "Your role may not do this.");
    }
  }

  void auditRefusal(const Request& request, const Route& route) {
    try {
      auto conn = context_.db.acquire();
      pqxx::work tx(*conn);
      store::appendAudit(tx, {request.principal->userId, "access.refused", "route", route.method + " " + route.pattern,
                              request.meta.requestId, request.meta.clientAddr, {}});
      tx.commit();
    } catch (const std::exception&) {
      // The refusal still stands when the audit write fails; the failure is visible in metrics.
    }
  }

  static void write(Poco::Net::HTTPServerResponse& out, const Response& response) {
    out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    for (const auto& [k, v] : response.headers) out.set(k, v);
    if (!response.filePath.empty()) {
      out.sendFile(response.filePath, response.contentType);
      return;
    }
    if (!response.contentType.empty()) out.setContentType(response.contentType);
    out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
    out.send().write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
  }

  DispatchContext context_;
};

}  // namespace

Poco::Net::HTTPRequestHandler* DispatcherFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
  return new Dispatcher(context_);
}

}  // namespace concord::http
