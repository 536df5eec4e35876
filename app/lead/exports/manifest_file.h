#pragma once
// Saving a manifest the server sent, byte for byte, so its SHA-256 still matches the job's
// manifest_sha256. Kept out of the panel's slots so it is tested without a file dialog.
#include <QByteArray>
#include <QString>

namespace concord::app {

/// Writes `bytes` to `path` atomically (a partial file never replaces an existing one).
/// Returns false with a message a person can act on in `error`.
bool saveManifestFile(const QString& path, const QByteArray& bytes, QString* error);

}  // namespace concord::app
