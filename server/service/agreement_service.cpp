#include "service/agreement_service.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <regex>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/region_agreement.h"
#include "concord/agreement/reliability_data.h"
#include "concord/agreement/summary.h"
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

// For multi_choice: {label: chosen?}; for rubric grading: {criterion: met?}. Null when not rated.
Json flagsValue(const FieldSpec& field, const Json& raw) {
  if (!raw.is_array()) return Json();
  Json out = Json::object();
  if (field.kind == FieldKind::MultiChoice) {
    for (const auto& option : field.options) {
      bool chosen = std::find(raw.begin(), raw.end(), option.value) != raw.end();
      out[agreement::categoryText(option.value)] = chosen;
    }
  } else {
    for (const auto& g : raw) {
      if (g.is_object() && g.contains("criterion_id") && g["criterion_id"].is_string() && g.contains("met") && g["met"].is_boolean()) {
        out[g["criterion_id"].get<std::string>()] = g["met"].get<bool>();
      }
    }
  }
  return out;
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

Json runSummary(const std::vector<Rating>& ratings, const agreement::SummaryOptions& options) {
  try {
    return agreement::summarize(ratings, options);
  } catch (const agreement::AgreementError& e) {
    throw ServiceError(ErrorKind::Unprocessable, "agreement-undefined", e.what());
  }
}

Json regionReport(const std::vector<Rating>& ratings) {
  agreement::RegionMatchOptions match;
  agreement::PairwiseMatchResult result;
  try {
    result = agreement::pairwiseRegionF1(ratings, match);
  } catch (const agreement::AgreementError& e) {
    throw ServiceError(ErrorKind::Unprocessable, "agreement-undefined", e.what());
  }
  Json out = Json::object();
  auto f1 = result.total.f1();
  out["region-f1"] = f1 ? Json(*f1) : Json(nullptr);
  if (!f1) out["undefined_reason"] = "no regions marked on any image two annotators both annotated";
  out["iou_threshold"] = match.iouThreshold;
  out["require_same_label"] = match.requireSameLabel;
  out["n_units"] = result.unitsSeen;
  out["n_coders"] = result.coders;
  out["n_pairable"] = result.units;
  out["n_matched"] = result.total.matched;
  out["n_regions_in_pairs"] = result.total.first + result.total.second;
  return out;
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

  agreement::SummaryOptions options;
  options.bootstrapResamples = static_cast<std::size_t>(query.bootstrap);
  options.seed = seed;
  Json report;
  std::size_t ratingCount = 0;
  const Json identity = Json::array();

  switch (field.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::Ordinal:
    case FieldKind::Number:
    case FieldKind::Preference: {
      if (field.kind == FieldKind::Ordinal) {
        options.level = agreement::Level::Ordinal;
        for (const auto& o : field.options) options.categories.push_back(agreement::categoryText(o.value));
      } else if (field.kind == FieldKind::Number) {
        options.level = field.ratio ? agreement::Level::Ratio : agreement::Level::Interval;
      } else if (field.kind == FieldKind::SingleChoice) {
        for (const auto& o : field.options) options.categories.push_back(agreement::categoryText(o.value));
      }
      std::vector<Rating> ratings;
      for (const auto& row : rows) {
        Json value = scalarValue(field, fieldOf(row.payload, field.id), row.responseOrder, row.responseModels);
        if (value.is_null()) continue;  // the field was left out of this annotation
        // Gold answers and adjudications name preference responses in source order.
        ratings.push_back(withMetadata(
            Rating(std::to_string(row.caseId), row.pseudonym, std::move(value)), row, scalarValue(field, fieldOf(row.goldAnswer, field.id), identity, row.responseModels),
            scalarValue(field, fieldOf(row.adjudicatedPayload, field.id), identity, row.responseModels)));
      }
      ratingCount = ratings.size();
      report = runSummary(ratings, options);
      break;
    }
    case FieldKind::MultiChoice:
    case FieldKind::RubricGrading: {
      // One nominal alpha per label (multi-choice) or criterion (rubric grading).
      std::map<std::string, std::vector<Rating>> byKey;
      std::vector<std::string> keys;
      if (field.kind == FieldKind::MultiChoice) {
        for (const auto& o : field.options) keys.push_back(agreement::categoryText(o.value));
      }
      for (const auto& row : rows) {
        Json value = flagsValue(field, fieldOf(row.payload, field.id));
        Json gold = flagsValue(field, fieldOf(row.goldAnswer, field.id));
        Json adjudicated = flagsValue(field, fieldOf(row.adjudicatedPayload, field.id));
        if (!value.is_object()) continue;
        for (auto it = value.begin(); it != value.end(); ++it) {
          if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) keys.push_back(it.key());
          byKey[it.key()].push_back(withMetadata(Rating(std::to_string(row.caseId), row.pseudonym, it.value()), row,
                                                 gold.is_object() ? gold.value(it.key(), Json()) : Json(),
                                                 adjudicated.is_object() ? adjudicated.value(it.key(), Json()) : Json()));
        }
        ++ratingCount;
      }
      options.categories = {"false", "true"};
      Json per = Json::object();
      for (const auto& key : keys) {
        auto it = byKey.find(key);
        per[key] = it == byKey.end() ? Json(nullptr) : runSummary(it->second, options);
      }
      report = {{field.kind == FieldKind::MultiChoice ? "per_label" : "per_criterion", per}};
      break;
    }
    case FieldKind::Spans: {
      options.metric = agreement::Metric::SpanF1;
      options.bootstrapResamples = 0;
      std::vector<Rating> ratings;
      for (const auto& row : rows) {
        Json raw = fieldOf(row.payload, field.id);
        if (!raw.is_array()) continue;
        ratings.push_back(withMetadata(Rating(std::to_string(row.caseId), row.pseudonym, raw), row,
                                       fieldOf(row.goldAnswer, field.id), fieldOf(row.adjudicatedPayload, field.id)));
      }
      ratingCount = ratings.size();
      report = runSummary(ratings, options);
      break;
    }
    case FieldKind::Regions: {
      // The unit is one image of a case: an annotator who marked nothing on it rated it empty.
      std::vector<Rating> ratings;
      for (const auto& row : rows) {
        Json raw = fieldOf(row.payload, field.id);
        if (!raw.is_array()) continue;
        ++ratingCount;
        for (std::int64_t image = 0; image < row.imageCount; ++image) {
          ratings.push_back(withMetadata(
              Rating(std::to_string(row.caseId) + "/" + std::to_string(image), row.pseudonym, regionsOfImage(raw, image)),
              row, regionsOfImage(fieldOf(row.goldAnswer, field.id), image),
              regionsOfImage(fieldOf(row.adjudicatedPayload, field.id), image)));
        }
      }
      report = regionReport(ratings);
      break;
    }
    case FieldKind::FreeText:
    case FieldKind::RubricAuthoring:
      throw badQuery("no-agreement-statistic",
                     "Field \"" + field.id + "\" is " + std::string(fieldKindName(field.kind)) + ": it has no agreement statistic.");
  }

  Json filters{{"specialty", query.specialty ? Json(*query.specialty) : Json()},
               {"from", query.from ? Json(*query.from) : Json()},
               {"to", query.to ? Json(*query.to) : Json()},
               {"annotators", filter.annotators},
               {"bootstrap", query.bootstrap},
               {"seed", seed}};
  return {{"project", project.slug}, {"field", field.id},         {"kind", std::string(fieldKindName(field.kind))},
          {"filters", filters},      {"n_ratings", ratingCount}, {"report", report}};
}

}  // namespace concord::service
