#include "concord/cases/media_type.h"

#include <array>

namespace concord {

namespace {

bool startsWith(std::string_view bytes, std::string_view signature) {
  return bytes.substr(0, signature.size()) == signature;
}

bool isMpegAudio(std::string_view bytes) {
  if (startsWith(bytes, "ID3")) return true;  // ID3v2 tag before the first frame
  // An MPEG audio frame starts with 11 set sync bits.
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
         (static_cast<unsigned char>(bytes[1]) & 0xE0) == 0xE0;
}

}  // namespace

bool isAllowedMimeType(MediaKind kind, std::string_view mimeType) {
  if (kind == MediaKind::Image) return mimeType == "image/png" || mimeType == "image/jpeg";
  return mimeType == "audio/wav" || mimeType == "audio/mpeg" || mimeType == "audio/ogg";
}

std::optional<std::string_view> sniffMimeType(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (startsWith(bytes, "\x89PNG\r\n\x1a\n"sv)) return "image/png";
  if (startsWith(bytes, "\xFF\xD8\xFF"sv)) return "image/jpeg";  // before MPEG: FF D8 is not a frame sync
  if (bytes.size() >= 12 && startsWith(bytes, "RIFF") && bytes.substr(8, 4) == "WAVE") return "audio/wav";
  if (startsWith(bytes, "OggS")) return "audio/ogg";
  if (isMpegAudio(bytes)) return "audio/mpeg";
  return std::nullopt;
}

}  // namespace concord
