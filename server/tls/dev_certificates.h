#pragma once
// A development certificate authority and server certificate, created once in the server's
// state directory so a fresh install serves TLS with no manual step. Clients trust the CA file.
#include <string>

namespace concord::tls {

struct CertificatePaths {
  std::string caCertificate;      // give this to clients (concord --ca-file ...)
  std::string serverCertificate;  // chain: server certificate then the CA
  std::string serverKey;
  bool created = false;           // false when existing files were reused
};

/// Ensures `<stateDir>/tls/{ca.pem, server.pem, server-key.pem}` exist (valid for localhost,
/// 127.0.0.1 and ::1 plus `extraHostName` if given). Keys are EC P-256, files mode 0600.
CertificatePaths ensureDevCertificates(const std::string& stateDir, const std::string& extraHostName = "");

}  // namespace concord::tls
