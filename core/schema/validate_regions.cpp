// Payload checks for regions fields: rectangles and polygons on the case's images, in pixels.
#include <algorithm>

#include "json_helpers.h"
#include "payload_check.h"

namespace concord::detail {

namespace {

void checkImageIndex(const Json& raw, const std::string& path, PayloadCheck& check) {
  auto index = wholeNumber(raw);
  if (!index) {
    check.fail(path, "must be the index of one of the case's images (a whole number), not " + describeType(raw));
    return;
  }
  const std::size_t count = check.context().imageCount;
  if (*index < 0 || static_cast<unsigned long long>(*index) >= count) {
    check.fail(path, "image " + std::to_string(*index) + " does not exist: the case has " + std::to_string(count) +
                         (count == 1 ? " image" : " images"));
  }
}

void checkRect(const Json& region, const std::string& path, PayloadCheck& check) {
  for (std::string_view key : {"x", "y"}) {
    if (const Json* raw = check.requireMember(region, path, key)) check.finite(*raw, childPointer(path, key));
  }
  for (std::string_view key : {"w", "h"}) {
    const Json* raw = check.requireMember(region, path, key);
    if (raw == nullptr) continue;
    auto size = check.finite(*raw, childPointer(path, key));
    if (size && *size <= 0) {
      check.fail(childPointer(path, key), "must be greater than 0, not " + formatNumber(*size));
    }
  }
}

void checkPolygon(const Json& region, const std::string& path, PayloadCheck& check) {
  const Json* points = check.requireMember(region, path, "points");
  if (points == nullptr) return;
  const std::string pointsPath = path + "/points";
  if (!check.expectArray(*points, pointsPath, "[x, y] points")) return;
  if (points->size() < 3) {
    check.fail(pointsPath, "a polygon needs at least 3 points, got " + std::to_string(points->size()));
  }
  for (std::size_t i = 0; i < points->size(); ++i) {
    const Json& point = (*points)[i];
    const std::string pointPath = childPointer(pointsPath, i);
    if (!point.is_array() || point.size() != 2) {
      check.fail(pointPath, "a point must be a list [x, y] of two numbers");
      continue;
    }
    check.finite(point[0], pointPath + "/0");
    check.finite(point[1], pointPath + "/1");
  }
}

}  // namespace

void checkRegions(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!check.expectArray(value, path, "regions")) return;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string regionPath = childPointer(path, i);
    const Json& region = value[i];
    if (!region.is_object()) {
      check.fail(regionPath, "a region must be an object, not " + describeType(region));
      continue;
    }
    // The keys a region may carry depend on its shape, so the shape is read first.
    const Json* shape = check.requireMember(region, regionPath, "shape");
    std::string shapeName;
    if (shape != nullptr && !shape->is_string()) {
      check.fail(regionPath + "/shape", "must be a string, not " + describeType(*shape));
    } else if (shape != nullptr) {
      shapeName = shape->get<std::string>();
      if (std::find(spec.shapes.begin(), spec.shapes.end(), shapeName) == spec.shapes.end()) {
        check.fail(regionPath + "/shape", "shape " + quoteText(shapeName) + " is not allowed here (allowed: " +
                                              listQuoted(spec.shapes) + ")");
        shapeName.clear();
      }
    }
    if (shapeName == "rect") {
      check.expectObject(region, regionPath, "a rect region", {"image", "label", "shape", "x", "y", "w", "h"});
    } else if (shapeName == "polygon") {
      check.expectObject(region, regionPath, "a polygon region", {"image", "label", "shape", "points"});
    }
    if (const Json* raw = check.requireMember(region, regionPath, "image")) {
      checkImageIndex(*raw, regionPath + "/image", check);
    }
    if (const Json* raw = check.requireMember(region, regionPath, "label")) {
      check.expectTextOption(spec, *raw, regionPath + "/label", "region label");
    }
    if (shapeName == "rect") checkRect(region, regionPath, check);
    if (shapeName == "polygon") checkPolygon(region, regionPath, check);
  }
}

}  // namespace concord::detail
