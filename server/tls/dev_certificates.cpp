#include "tls/dev_certificates.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>

namespace concord::tls {
namespace {

namespace fs = std::filesystem;

struct KeyDeleter { void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); } };
struct CertDeleter { void operator()(X509* c) const { X509_free(c); } };
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

void check(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(std::string("creating the development certificate failed: ") + what);
}

Key newKey() {
  Key key(EVP_EC_gen("P-256"));
  check(key != nullptr, "key generation");
  return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  check(ext != nullptr, "extension");
  X509_add_ext(cert, ext, -1);
  X509_EXTENSION_free(ext);
}

Cert newCertificate(EVP_PKEY* key, const char* commonName, X509* issuer, EVP_PKEY* issuerKey, long days, long serial) {
  Cert cert(X509_new());
  check(cert != nullptr, "certificate");
  X509_set_version(cert.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
  X509_set_pubkey(cert.get(), key);
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Concord development"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
  X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
  X509* signer = issuer ? issuer : cert.get();
  if (!issuer) {
    addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
  }
  (void)issuerKey;
  return cert;
}

void writePem(const fs::path& path, const std::function<int(FILE*)>& writer) {
  fs::path tmp = path;
  tmp += ".tmp";
  mode_t old = umask(077);
  FILE* f = std::fopen(tmp.c_str(), "w");
  umask(old);
  check(f != nullptr, "opening the output file");
  int ok = writer(f);
  std::fclose(f);
  check(ok == 1, "writing PEM");
  fs::rename(tmp, path);
}

}  // namespace

CertificatePaths ensureDevCertificates(const std::string& stateDir, const std::string& extraHostName) {
  fs::path dir = fs::path(stateDir) / "tls";
  CertificatePaths paths{(dir / "ca.pem").string(), (dir / "server.pem").string(), (dir / "server-key.pem").string(), false};
  if (fs::exists(paths.caCertificate) && fs::exists(paths.serverCertificate) && fs::exists(paths.serverKey)) return paths;
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);

  Key caKey = newKey();
  long serialBase = static_cast<long>(std::time(nullptr));
  Cert ca = newCertificate(caKey.get(), "Concord development CA", nullptr, nullptr, 3650, serialBase);
  check(X509_sign(ca.get(), caKey.get(), EVP_sha256()) > 0, "signing the CA");

  Key serverKey = newKey();
  Cert server = newCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), 825, serialBase + 1);
  std::string san = "DNS:localhost,IP:127.0.0.1,IP:::1";
  if (!extraHostName.empty()) san += ",DNS:" + extraHostName;
  addExtension(server.get(), ca.get(), NID_subject_alt_name, san.c_str());
  addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
  addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment");
  addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth");
  addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
  check(X509_sign(server.get(), caKey.get(), EVP_sha256()) > 0, "signing the server certificate");

  writePem(paths.serverKey, [&](FILE* f) { return PEM_write_PrivateKey(f, serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr); });
  writePem(paths.serverCertificate, [&](FILE* f) { return PEM_write_X509(f, server.get()) && PEM_write_X509(f, ca.get()) ? 1 : 0; });
  writePem(paths.caCertificate, [&](FILE* f) { return PEM_write_X509(f, ca.get()); });
  // The CA's private key is not kept: nothing else is ever signed with it.
  paths.created = true;
  return paths;
}

}  // namespace concord::tls
