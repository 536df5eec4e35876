#pragma once
// The project a data lead is looking at, as GET /api/v1/projects gives it: every console page
// (agreement, disagreements, exports) is told when it changes.
#include <QString>

#include "concord/core/json.h"

namespace concord::app {

struct LeadProject {
  QString slug;
  QString name;
  Json schema;  // the annotation schema ({"version", "fields": [...]})
  int schemaVersion = 0;

  static LeadProject fromJson(const Json& item) {
    LeadProject p;
    p.slug = QString::fromStdString(item.value("slug", std::string()));
    p.name = QString::fromStdString(item.value("name", std::string()));
    p.schema = item.value("schema", Json::object());
    p.schemaVersion = item.value("schema_version", 0);
    return p;
  }
};

}  // namespace concord::app
