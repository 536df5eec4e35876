// Images and audio of an import line: allowed MIME type, base64, size, matching signature.
#include "../schema/json_helpers.h"
#include "case_parts.h"
#include "concord/core/hashing.h"

namespace concord::detail {

namespace {

// Decoded size of base64 text, computed before decoding so an oversized medium is refused
// without allocating it.
std::size_t decodedSize(std::string_view base64) {
  while (!base64.empty() && base64.back() == '=') base64.remove_suffix(1);
  return base64.size() / 4 * 3 + (base64.size() % 4 == 0 ? 0 : base64.size() % 4 - 1);
}

CaseMedium readMedium(const Json& value, std::size_t line, const std::string& pointer, MediaKind kind) {
  const char* what = kind == MediaKind::Image ? "an image" : "an audio recording";
  CaseObjectReader medium(value, line, pointer, what);
  medium.allowOnly({"mime_type", "data_base64"});
  CaseMedium result;
  result.mimeType = medium.text("mime_type", {.required = true});
  if (!isAllowedMimeType(kind, result.mimeType)) {
    medium.fail("mime_type", quoteText(result.mimeType) + " is not allowed for " + what + " (allowed: " +
                                 (kind == MediaKind::Image ? "image/png, image/jpeg" : "audio/wav, audio/mpeg, audio/ogg") +
                                 ")");
  }
  const Json* data = medium.find("data_base64");
  if (data == nullptr) medium.fail("data_base64", "is required");
  if (!data->is_string()) medium.fail("data_base64", "must be a base64 string, not " + describeType(*data));
  const auto& encoded = data->get_ref<const std::string&>();
  if (encoded.empty()) medium.fail("data_base64", "is empty");
  if (decodedSize(encoded) > kMaxMediumBytes) {
    medium.fail("data_base64", "decodes to more than 20 MiB (" + std::to_string(kMaxMediumBytes) + " bytes)");
  }
  try {
    result.bytes = base64Decode(encoded);
  } catch (const std::invalid_argument&) {
    medium.fail("data_base64", "is not valid base64");
  }
  const auto sniffed = sniffMimeType(result.bytes);
  if (sniffed != result.mimeType) {
    medium.fail("data_base64", "the data is not " + result.mimeType + " (its content " +
                                   (sniffed ? "looks like " + std::string(*sniffed) : "has no known signature") + ")");
  }
  result.sha256 = sha256Hex(result.bytes);
  return result;
}

}  // namespace

std::vector<CaseMedium> readMedia(const CaseObjectReader& line, std::string_view key, MediaKind kind) {
  std::vector<CaseMedium> media;
  const Json* list = line.list(key);
  if (list == nullptr) return media;
  for (std::size_t i = 0; i < list->size(); ++i) {
    media.push_back(readMedium((*list)[i], line.line(), childPointer(line.pointerOf(key), i), kind));
  }
  return media;
}

}  // namespace concord::detail
