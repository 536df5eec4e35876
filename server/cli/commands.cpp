#include "cli/commands.h"

#include <pqxx/pqxx>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "http/server.h"
#include "service/admin_service.h"
#include "service/case_import.h"
#include "service/secret_file.h"
#include "service/errors.h"
#include "store/database.h"
#include "store/migrator.h"

namespace concord::cli {

std::string Options::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> Options::all(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

std::string Options::required(const std::string& name) const {
  std::string v = get(name);
  if (v.empty()) throw std::invalid_argument("--" + name + " is required");
  return v;
}

Options parseOptions(int argc, char** argv, int first, const std::vector<std::string>& valueOptions,
                     const std::vector<std::string>& flagOptions) {
  Options options;
  auto known = [](const std::vector<std::string>& list, const std::string& name) {
    for (const auto& n : list) if (n == name) return true;
    return false;
  };
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) throw std::invalid_argument("unexpected argument '" + arg + "'");
    std::string name = arg.substr(2);
    std::string value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      if (!known(valueOptions, name)) throw std::invalid_argument("unknown option --" + name);
    } else if (known(flagOptions, name)) {
      value = "true";
    } else if (known(valueOptions, name)) {
      if (i + 1 >= argc) throw std::invalid_argument("--" + name + " needs a value");
      value = argv[++i];
    } else {
      throw std::invalid_argument("unknown option --" + name);
    }
    options.values[name].push_back(value);
  }
  return options;
}

namespace {

std::string databaseUrl(const Options& o) {
  std::string url = o.get("db");
  if (url.empty()) {
    const char* env = std::getenv("CONCORD_DB_URL");
    if (env) url = env;
  }
  if (url.empty()) throw std::invalid_argument("--db URI is required (or set CONCORD_DB_URL)");
  return url;
}

std::string defaultStateDir() {
  if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg) return std::string(xdg) + "/concord/server";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/state/concord/server";
  return ".concord-state";
}

int toInt(const std::string& text, const std::string& name, int min, int max) {
  try {
    std::size_t used = 0;
    int v = std::stoi(text, &used);
    if (used == text.size() && v >= min && v <= max) return v;
  } catch (const std::exception&) {
  }
  throw std::invalid_argument("--" + name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
}

std::vector<std::string> splitComma(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

int reportServiceError(const service::ServiceError& e) {
  std::cerr << "error: " << e.what() << "\n";
  return 1;
}

std::string secretFile(const Options& o) {
  return o.get("secret-file", o.get("state-dir", defaultStateDir()) + "/pseudonym.key");
}

Json readJsonFile(const std::string& path, const std::string& what) {
  std::ifstream in(path);
  if (!in) throw std::invalid_argument("cannot read " + what + " " + path);
  try {
    return Json::parse(in);
  } catch (const Json::parse_error& e) {
    throw std::invalid_argument(what + " " + path + " is not valid JSON (byte " + std::to_string(e.byte) + ")");
  }
}

}  // namespace

int runMigrate(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2, {"db"}, {});
  pqxx::connection conn(databaseUrl(o));
  try {
    auto report = store::migrate(conn);
    for (const auto& file : report.applied) std::cout << "applied " << file << "\n";
    std::cout << report.applied.size() << " migration(s) applied, " << report.alreadyApplied
              << " already present\n";
    return 0;
  } catch (const store::MigrationError& e) {
    std::cerr << "migration failed: " << e.what() << "\n(the failed migration was rolled back; nothing of it was applied)\n";
    return 1;
  }
}

namespace {
std::atomic<bool> stopRequested{false};
void onSignal(int) { stopRequested = true; }
}  // namespace

int runServe(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2,
                           {"db", "listen", "tls-cert", "tls-key", "state-dir", "secret-file", "threads", "pool"},
                           {"plain-http"});
  http::ServerOptions options;
  options.databaseUrl = databaseUrl(o);
  std::string listen = o.get("listen", "127.0.0.1:8443");
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("--listen must be HOST:PORT");
  options.host = listen.substr(0, colon);
  options.port = toInt(listen.substr(colon + 1), "listen port", 0, 65535);
  options.plainHttp = o.has("plain-http");
  options.tlsCertificate = o.get("tls-cert");
  options.tlsKey = o.get("tls-key");
  if (options.tlsCertificate.empty() != options.tlsKey.empty()) {
    throw std::invalid_argument("--tls-cert and --tls-key go together");
  }
  if (options.plainHttp && !options.tlsCertificate.empty()) {
    throw std::invalid_argument("--plain-http and --tls-cert exclude each other");
  }
  options.stateDir = o.get("state-dir", defaultStateDir());
  options.secret = service::loadOrCreateSecret(secretFile(o));
  options.maxThreads = toInt(o.get("threads", "64"), "threads", 2, 4096);
  options.poolSize = toInt(o.get("pool", "16"), "pool", 1, 512);

  {
    pqxx::connection conn(options.databaseUrl);
    auto report = store::migrate(conn);
    if (!report.applied.empty()) std::cerr << "applied " << report.applied.size() << " pending migration(s)\n";
  }
  http::Server server(options);
  server.start();
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);
  std::cerr << "concord-server: listening on " << server.baseUrl() << "\n";
  if (!server.devCaFile().empty()) {
    std::cerr << "concord-server: development TLS certificate; clients trust the CA file " << server.devCaFile() << "\n";
  }
  if (options.plainHttp) std::cerr << "concord-server: plain HTTP: run only behind a TLS-terminating proxy\n";
  while (!stopRequested) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::cerr << "concord-server: stopping\n";
  server.stop();
  return 0;
}

int runCreateUser(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2, {"db", "username", "role", "specialty", "display-name", "kdf-iterations"}, {});
  store::Database db(databaseUrl(o), 1);
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  service::NewUser user{o.required("username"), o.get("display-name"), o.required("role"), o.all("specialty"), password,
                        o.has("kdf-iterations") ? toInt(o.get("kdf-iterations"), "kdf-iterations", 1000, 10000000) : 0};
  try {
    auto id = service::AdminService(db, "").createUser(user, {"cli", "local"});
    std::cout << "created user " << user.username << " (id " << id << ", " << user.role << ")\n";
    return 0;
  } catch (const service::ServiceError& e) {
    return reportServiceError(e);
  }
}

int runCreateProject(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2, {"db", "slug", "name", "schema", "overlap", "gold-rate"}, {});
  o.required("schema");
  Json schema = readJsonFile(o.get("schema"), "--schema file");
  store::Database db(databaseUrl(o), 1);
  service::NewProject project{o.required("slug"), o.get("name", o.get("slug")), schema,
                              toInt(o.get("overlap", "2"), "overlap", 1, 50), std::stod(o.get("gold-rate", "0"))};
  try {
    auto id = service::AdminService(db, "").createProject(project, {"cli", "local"});
    std::cout << "created project " << project.slug << " (id " << id << ")\n";
    return 0;
  } catch (const service::ServiceError& e) {
    return reportServiceError(e);
  }
}

int runAssign(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2, {"db", "project", "clinicians", "state-dir", "secret-file"}, {});
  store::Database db(databaseUrl(o), 1);
  try {
    auto created = service::AdminService(db, service::loadOrCreateSecret(secretFile(o))).assignRoundRobin(o.required("project"), splitComma(o.required("clinicians")));
    std::cout << "created " << created << " assignment(s)\n";
    return 0;
  } catch (const service::ServiceError& e) {
    return reportServiceError(e);
  }
}

int runImportCases(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2, {"db", "project", "file", "state-dir", "secret-file"}, {});
  std::ifstream in(o.required("file"));
  if (!in) throw std::invalid_argument("cannot read --file " + o.get("file"));
  store::Database db(databaseUrl(o), 1);
  try {
    service::CaseImporter importer(db, service::loadOrCreateSecret(secretFile(o)));
    auto summary = importer.import(o.required("project"), in, {"cli", "local"}, std::nullopt);
    std::cout << summary.toJson().dump() << "\n";
    return 0;
  } catch (const service::ServiceError& e) {
    std::cerr << "import failed, nothing was written: " << e.what() << "\n";
    return 1;
  }
}

int runLoadDemo(int argc, char** argv) {
  Options o = parseOptions(argc, argv, 2, {"db", "dir", "state-dir", "secret-file"}, {});
  std::string dir = o.required("dir");
  Json users = readJsonFile(dir + "/users.json", "demo users");
  Json project = readJsonFile(dir + "/project.json", "demo project");
  store::Database db(databaseUrl(o), 2);
  std::string secret = service::loadOrCreateSecret(secretFile(o));
  service::AdminService admin(db, secret);
  service::RequestMeta meta{"load-demo", "local"};
  std::vector<std::string> clinicians;
  for (const auto& u : users.at("users")) {
    service::NewUser user{u.at("username"), u.at("username"), u.at("role"),
                          u.value("specialties", std::vector<std::string>{}), u.at("password"), 0};
    if (user.role == "clinician") clinicians.push_back(user.username);
    try {
      admin.createUser(user, meta);
      std::cout << "created user " << user.username << "\n";
    } catch (const service::ServiceError& e) {
      if (e.kind() != service::ErrorKind::Conflict) throw;
    }
  }
  std::string slug = project.at("slug");
  try {
    admin.createProject({slug, project.value("name", slug), project.at("schema"), project.value("overlap", 2),
                         project.value("gold_rate", 0.0)}, meta);
    std::cout << "created project " << slug << "\n";
  } catch (const service::ServiceError& e) {
    if (e.kind() != service::ErrorKind::Conflict) throw;
  }
  std::ifstream cases(dir + "/cases.jsonl");
  if (!cases) throw std::invalid_argument("cannot read " + dir + "/cases.jsonl");
  auto summary = service::CaseImporter(db, secret).import(slug, cases, meta, std::nullopt);
  std::cout << "cases: " << summary.toJson().dump() << "\n";
  std::cout << "assignments created: " << admin.assignRoundRobin(slug, clinicians) << "\n";
  return 0;
}

}  // namespace concord::cli
