#include "service/agreement_service.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <regex>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/field_report.h"
#include "concord/agreement/reliability_data.h"
#include "concord/schema/annotation_schema.h"
#include "service/errors.h"
#include "service/review_service.h"
#include "store/agreement_store.h"
#include "store/project_store.h"

namespace concord::service {
namespace {

using agreement::Rating;

constexpr int kMaxBootstrap = 10000;

ServiceError badQuery(const std::string& type, const std::string& detail) {
  return ServiceError(ErrorKind::BadRequest, type, detail);
}

void checkTimestamp(const std::optional<std::string>& value, const std::string& name) {
  static const std::regex iso(R"(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?)");
  if (value && !std::regex_match(*value, iso)) {
    throw badQuery("bad-" + name, name + " must be an ISO 8601 date or date-time, e.g. 2026-01-31T12:00:00Z.");
  }
}

std::vector<std::string> parseAnnotators(const std::string& text) {
  static const std::regex name(R"([A-Za-z0-9._@-]{1,64})");
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    std::size_t comma = text.find(',', start);
    std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) {
      if (!std::regex_match(item, name)) throw badQuery("bad-annotators", "annotators must be usernames or pseudonyms separated by commas.");
      out.push_back(item);
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::uint64_t parseSeed(const std::string& text) {
  if (text.empty()) return 0;
  std::uint64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) throw badQuery("bad-seed", "seed must be an unsigned integer.");
  return value;
}

Json fieldOf(const Json& payload, const std::string& id) {
  if (!payload.is_object() || !payload.contains(id)) return Json();
  return payload[id];
}

// A scalar rating value of a field, as compared by the statistic; null = not rated.
Json scalarValue(const FieldSpec& field, const Json& raw, const Json& responseOrder, const std::vector<std::string>& models) {
  switch (field.kind) {
    case FieldKind::SingleChoice: return raw.is_string() ? raw : Json();
    case FieldKind::Ordinal:
    case FieldKind::Number: return raw.is_number() ? raw : Json();
    case FieldKind::Preference:
      return derandomisedChoice(raw.is_object() ? raw.value("choice", Json()) : Json(), responseOrder, models);
    default: return Json();
  }
}

// The regions of one image as {x, y, width, height, label}; null when `raw` is no region list.
Json regionsOfImage(const Json& raw, std::int64_t image) {
  if (!raw.is_array()) return Json();
  Json out = Json::array();
  for (const auto& r : raw) {
    if (!r.is_object() || r.value("image", Json(-1)) != Json(image)) continue;
    double x = 0, y = 0, w = 0, h = 0;
    if (r.value("shape", "rect") == "polygon") {
      const Json& points = r.value("points", Json::array());
      if (!points.is_array() || points.empty()) continue;
      double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
      for (const auto& p : points) {
        if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) continue;
        x0 = std::min(x0, p[0].get<double>());
        y0 = std::min(y0, p[1].get<double>());
        x1 = std::max(x1, p[0].get<double>());
        y1 = std::max(y1, p[1].get<double>());
      }
      if (x1 < x0 || y1 < y0) continue;
      x = x0, y = y0, w = x1 - x0, h = y1 - y0;
    } else {
      x = r.value("x", 0.0), y = r.value("y", 0.0), w = r.value("w", 0.0), h = r.value("h", 0.0);
    }
    out.push_back({{"x", x}, {"y", y}, {"width", w}, {"height", h}, {"label", r.value("label", "")}});
  }
  return out;
}

Rating withMetadata(Rating rating, const store::AgreementRow& row, Json gold, Json adjudicated) {
  rating.specialty = row.specialty;
  rating.isGold = row.isGold;
  rating.goldValue = std::move(gold);
  rating.adjudicatedValue = std::move(adjudicated);
  return rating;
}

// Multi-choice: the list of labels chosen; rubric grading: {criterion: met}. Null when not rated.
Json listOrGrades(FieldKind kind, const Json& raw) {
  if (!raw.is_array()) return Json();
  if (kind == FieldKind::MultiChoice) {
    Json labels = Json::array();
    for (const auto& v : raw) labels.push_back(agreement::categoryText(v));
    return labels;
  }
  Json grades = Json::object();
  for (const auto& g : raw) {
    if (g.is_object() && g.contains("criterion_id") && g["criterion_id"].is_string() && g.contains("met") &&
        g["met"].is_boolean()) {
      grades[g["criterion_id"].get<std::string>()] = g["met"].get<bool>() ? "met" : "unmet";
    }
  }
  return grades;
}

agreement::FieldKind statisticKind(const FieldSpec& field) {
  switch (field.kind) {
    case FieldKind::SingleChoice: return agreement::FieldKind::SingleChoice;
    case FieldKind::MultiChoice: return agreement::FieldKind::MultiChoice;
    case FieldKind::Ordinal: return agreement::FieldKind::OrdinalScale;
    case FieldKind::Number: return agreement::FieldKind::Number;
    case FieldKind::Spans: return agreement::FieldKind::Spans;
    case FieldKind::Regions: return agreement::FieldKind::Regions;
    case FieldKind::Preference: return agreement::FieldKind::Preference;
    case FieldKind::RubricGrading: return agreement::FieldKind::RubricGrading;
    case FieldKind::FreeText:
    case FieldKind::RubricAuthoring: break;
  }
  throw badQuery("no-agreement-statistic",
                 "Field \"" + field.id + "\" is " + std::string(fieldKindName(field.kind)) + ": it has no agreement statistic.");
}

// Ratings of one field, one per submitted annotation (one per annotation and image for regions).
std::vector<Rating> ratingsFor(const FieldSpec& field, const std::vector<store::AgreementRow>& rows) {
  const Json identity = Json::array();
  std::vector<Rating> ratings;
  for (const auto& row : rows) {
    const Json raw = fieldOf(row.payload, field.id);
    const Json gold = fieldOf(row.goldAnswer, field.id);
    const Json adjudicated = fieldOf(row.adjudicatedPayload, field.id);
    const std::string unit = std::to_string(row.caseId);
    switch (field.kind) {
      case FieldKind::SingleChoice:
      case FieldKind::Ordinal:
      case FieldKind::Number:
      case FieldKind::Preference: {
        Json value = scalarValue(field, raw, row.responseOrder, row.responseModels);
        if (value.is_null()) break;  // the field was left out of this annotation
        // Gold answers and adjudications name preference responses in source order.
        ratings.push_back(withMetadata(Rating(unit, row.pseudonym, std::move(value)), row,
                                       scalarValue(field, gold, identity, row.responseModels),
                                       scalarValue(field, adjudicated, identity, row.responseModels)));
        break;
      }
      case FieldKind::MultiChoice:
      case FieldKind::RubricGrading: {
        Json value = listOrGrades(field.kind, raw);
        if (value.is_null()) break;
        ratings.push_back(withMetadata(Rating(unit, row.pseudonym, std::move(value)), row,
                                       listOrGrades(field.kind, gold), listOrGrades(field.kind, adjudicated)));
        break;
      }
      case FieldKind::Spans:
        if (!raw.is_array()) break;
        ratings.push_back(withMetadata(Rating(unit, row.pseudonym, raw), row, gold.is_array() ? gold : Json(),
                                       adjudicated.is_array() ? adjudicated : Json()));
        break;
      case FieldKind::Regions:
        // The unit is one image of a case: an annotator who marked nothing on it rated it empty.
        if (!raw.is_array()) break;
        for (std::int64_t image = 0; image < row.imageCount; ++image) {
          ratings.push_back(withMetadata(Rating(unit + "/" + std::to_string(image), row.pseudonym, regionsOfImage(raw, image)),
                                         row, regionsOfImage(gold, image), regionsOfImage(adjudicated, image)));
        }
        break;
      case FieldKind::FreeText:
      case FieldKind::RubricAuthoring: break;
    }
  }
  return ratings;
}

}  // namespace

Json AgreementService::report(const Principal& who, const AgreementQuery& query) {
  if (who.role != Role::DataLead && who.role != Role::Admin) {
    throw ServiceError(ErrorKind::Forbidden, "forbidden", "Only data leads and admins see agreement figures.");
  }
  if (query.field.empty()) throw badQuery("field-required", "Name the field: ?field=<field id>.");
  checkTimestamp(query.from, "from");
  checkTimestamp(query.to, "to");
  if (query.bootstrap < 0 || query.bootstrap > kMaxBootstrap) {
    throw badQuery("bad-bootstrap", "bootstrap must be between 0 and " + std::to_string(kMaxBootstrap) + ".");
  }
  store::AgreementFilter filter;
  filter.specialty = query.specialty;
  filter.submittedFrom = query.from;
  filter.submittedTo = query.to;
  filter.annotators = parseAnnotators(query.annotators);
  const std::uint64_t seed = parseSeed(query.seed);

  std::vector<store::AgreementRow> rows;
  store::ProjectRecord project;
  {
    auto conn = db_.acquire();
    pqxx::read_transaction tx(*conn);
    auto found = store::findProjectBySlug(tx, query.projectSlug);
    if (!found) throw ServiceError(ErrorKind::NotFound, "not-found", "No such project.");
    project = *found;
    filter.projectId = project.id;
    AnnotationSchema probe = AnnotationSchema::parse(project.annotationSchema);
    if (!probe.field(query.field)) throw badQuery("unknown-field", "The project's schema has no field \"" + query.field + "\".");
    rows = store::listAgreementRows(tx, filter);
  }
  AnnotationSchema schema = AnnotationSchema::parse(project.annotationSchema);
  const FieldSpec& field = *schema.field(query.field);

  agreement::ReportOptions options;
  options.kind = statisticKind(field);
  options.zeroIsMeaningful = field.ratio;
  if (field.kind == FieldKind::SingleChoice || field.kind == FieldKind::Ordinal || field.kind == FieldKind::MultiChoice) {
    for (const auto& o : field.options) options.categories.push_back(agreement::categoryText(o.value));
  }
  options.bootstrapResamples = static_cast<std::size_t>(query.bootstrap);
  options.seed = seed;
  // Spans: exact boundaries and the same label for the headline (variants are reported too).
  options.spans = agreement::SpanMatchOptions{agreement::SpanMatching::Exact, true};
  const std::vector<Rating> ratings = ratingsFor(field, rows);
  Json report;
  try {
    report = agreement::fieldReport(ratings, options);
  } catch (const agreement::AgreementError& e) {
    Json extensions = Json::object();
    if (auto index = e.ratingIndex(); index && *index < ratings.size()) {
      extensions["unit"] = ratings[*index].unit;
      extensions["coder"] = ratings[*index].coder;
    }
    throw ServiceError(ErrorKind::Unprocessable, "agreement-input", e.what(), extensions);
  }

  Json filters{{"specialty", query.specialty ? Json(*query.specialty) : Json()},
               {"from", query.from ? Json(*query.from) : Json()},
               {"to", query.to ? Json(*query.to) : Json()},
               {"annotators", filter.annotators},
               {"bootstrap", query.bootstrap},
               {"seed", seed}};
  return {{"project", project.slug}, {"field", field.id},         {"kind", std::string(fieldKindName(field.kind))},
          {"filters", filters},      {"n_ratings", ratings.size()}, {"report", report}};
}

}  // namespace concord::service
