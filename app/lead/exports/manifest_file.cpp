#include "lead/exports/manifest_file.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace concord::app {

bool saveManifestFile(const QString& path, const QByteArray& bytes, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
    if (error) {
      *error = QCoreApplication::translate("ManifestFile", "Could not save the manifest to %1: %2").arg(path, file.errorString());
    }
    return false;
  }
  return true;
}

}  // namespace concord::app
