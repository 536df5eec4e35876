// AnnotationSchema::parse: the document envelope and the members every field has. Kind-specific
// settings are read in field_settings.cpp.
#include <set>

#include "concord/schema/annotation_schema.h"
#include "concord/schema/utf8.h"
#include "field_settings.h"
#include "json_helpers.h"
#include "schema_reader.h"

namespace concord {

namespace {

bool isValidFieldId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  if (id[0] < 'a' || id[0] > 'z') return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

FieldSpec parseField(const Json& value, const std::string& path) {
  detail::SchemaObjectReader reader(value, path, "a field");
  FieldSpec spec;
  spec.id = reader.requiredString("id");
  if (!isValidFieldId(spec.id)) {
    throw SchemaError(reader.pathOf("id"),
                      "field id " + detail::quoteText(spec.id) +
                          " must start with a lowercase letter and contain only a-z, 0-9 and _ "
                          "(at most 64 characters)");
  }
  const std::string kindName = reader.requiredString("kind");
  auto kind = parseFieldKind(kindName);
  if (!kind) throw SchemaError(reader.pathOf("kind"), "unknown field kind " + detail::quoteText(kindName));
  spec.kind = *kind;
  spec.label = reader.optionalString("label", spec.id);
  spec.help = reader.optionalString("help");
  spec.required = reader.optionalBool("required", false);
  detail::readFieldSettings(spec, reader);
  return spec;
}

struct ParsedSchema {
  int version = 1;
  std::vector<FieldSpec> fields;
};

// The readers check types before reading, so a nlohmann exception here would be a bug; it is
// still turned into a SchemaError at the nearest path so no caller ever sees one.
[[noreturn]] void rethrowAsSchemaError(const Json::exception& e, const std::string& path) {
  throw SchemaError(path, "malformed schema: " + displayableUtf8(e.what(), 200));
}

ParsedSchema parseDocument(const Json& document) {
  detail::SchemaObjectReader reader(document, "", "the schema");
  reader.allowOnly({"version", "fields"}, "a schema");
  ParsedSchema parts;
  parts.version = static_cast<int>(reader.optionalWhole("version", 1, 1'000'000).value_or(1));
  const Json& fields = reader.requiredArray("fields");
  std::set<std::string> seenIds;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string path = detail::childPointer(reader.pathOf("fields"), i);
    FieldSpec spec;
    try {
      spec = parseField(fields[i], path);
    } catch (const Json::exception& e) {
      rethrowAsSchemaError(e, path);
    }
    if (!seenIds.insert(spec.id).second) {
      throw SchemaError(path + "/id", "duplicate field id " + detail::quoteText(spec.id));
    }
    parts.fields.push_back(std::move(spec));
  }
  return parts;
}

}  // namespace

AnnotationSchema AnnotationSchema::parse(const Json& document) {
  try {
    ParsedSchema parts = parseDocument(document);
    AnnotationSchema schema;
    schema.version_ = parts.version;
    schema.fields_ = std::move(parts.fields);
    return schema;
  } catch (const Json::exception& e) {
    rethrowAsSchemaError(e, "");
  }
}

}  // namespace concord
