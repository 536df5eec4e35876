#pragma once
// The media types a case may carry and how their content is recognised. A declared type is only
// trusted when the bytes start with that format's signature ("magic number"), so a mislabelled
// or hostile file is refused at import rather than served to a clinician's viewer.
#include <cstddef>
#include <optional>
#include <string_view>

namespace concord {

enum class MediaKind { Image, Audio };

/// Largest decoded image or recording accepted: 20 MiB.
inline constexpr std::size_t kMaxMediumBytes = 20u * 1024u * 1024u;

/// image/png and image/jpeg for images; audio/wav, audio/mpeg and audio/ogg for audio.
bool isAllowedMimeType(MediaKind kind, std::string_view mimeType);

/// The allowed MIME type whose signature `bytes` starts with, if any.
std::optional<std::string_view> sniffMimeType(std::string_view bytes);

}  // namespace concord
