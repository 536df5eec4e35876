#pragma once
// Plain rows the store returns. No SQL types leak past the store layer.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"

namespace concord::store {

struct UserRecord {
  std::int64_t id = 0;
  std::string username;
  std::string displayName;
  std::string role;
  std::vector<std::string> specialties;
  std::string passwordHash;
  std::string pseudonym;
  bool disabled = false;
};

struct SessionRecord {
  std::int64_t userId = 0;
  std::string expiresAt;  // ISO 8601
};

struct ProjectRecord {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  Json annotationSchema;
  int schemaVersion = 1;
  int overlapK = 2;
  double goldRate = 0;
};

struct AssignmentSummary {
  std::int64_t assignmentId = 0;
  std::int64_t caseId = 0;
  std::int64_t projectId = 0;
  std::string projectSlug;
  std::string externalId;
  std::string specialty;
  std::string assignmentStatus;
  std::string annotationStatus;  // "" when none yet
  int annotationVersion = 0;
  std::string assignedAt;
};

struct CaseRecord {
  std::int64_t id = 0;
  std::int64_t projectId = 0;
  std::string externalId;
  std::string patientKey;
  std::string specialty;
  std::string noteText;
  Json content;
  bool isGold = false;
  std::string status;
};

struct MediaSummary {
  std::int64_t id = 0;
  int position = 0;
  std::string kind;
  std::string mimeType;
  std::string sha256;
  std::int64_t bytes = 0;
};

struct AssignmentRecord {
  std::int64_t id = 0;
  std::int64_t caseId = 0;
  std::int64_t userId = 0;
  Json responseOrder;
  std::string status;
};

struct AnnotationRecord {
  std::int64_t id = 0;
  std::int64_t assignmentId = 0;
  std::int64_t caseId = 0;
  std::int64_t userId = 0;
  std::string status;
  Json payload;
  int version = 0;
  std::int64_t timeOnTaskMs = 0;
  bool flaggedPhi = false;
  std::string updatedAt;
  std::string submittedAt;
};

struct IdempotencyRecord {
  std::string requestHash;
  int responseStatus = 0;
  std::string responseBody;
  std::string responseEtag;
};

struct AuditEntry {
  std::optional<std::int64_t> actorId;
  std::string action;
  std::string targetType;
  std::string targetId;
  std::string requestId;
  std::string clientAddr;
  Json detail = Json::object();
};

}  // namespace concord::store
