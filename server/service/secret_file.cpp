#include "service/secret_file.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "concord/core/hashing.h"
#include "concord/phi/pseudonym.h"

namespace concord::service {

std::string loadOrCreateSecret(const std::string& path) {
  namespace fs = std::filesystem;
  if (!fs::exists(path)) {
    fs::create_directories(fs::path(path).parent_path());
    std::string tmp = path + ".tmp";
    mode_t old = umask(077);
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      out << toHex(randomBytes(32));
      if (!out) {
        umask(old);
        throw std::runtime_error("cannot write the secret file " + path);
      }
    }
    umask(old);
    fs::rename(tmp, path);
  }
  auto perms = fs::status(path).permissions();
  if ((perms & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none) {
    throw std::runtime_error("the secret file " + path + " must be readable by its owner only (chmod 600)");
  }
  std::ifstream in(path, std::ios::binary);
  std::string secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
  if (secret.size() < phi::kMinPseudonymKeyBytes) throw std::runtime_error("the secret file " + path + " is too short");
  return secret;
}

}  // namespace concord::service
