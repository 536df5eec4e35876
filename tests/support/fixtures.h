#pragma once
// Seed data for tests: users (with a fast KDF setting), a project, cases and assignments,
// written through the real services and store.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/core/json.h"

namespace concord::testing {

/// A password that meets the policy, shared by seeded users.
inline const std::string kTestPassword = "correct horse battery staple";

std::int64_t seedUser(const std::string& dbUrl, const std::string& username, const std::string& role,
                      const std::vector<std::string>& specialties = {});

/// A single-choice schema: field "finding" with options normal / abnormal / uncertain.
Json choiceSchema();

std::int64_t seedProject(const std::string& dbUrl, const std::string& slug, const Json& schema, int overlapK = 2);

/// Inserts `count` cases ("case-0".."case-N"), patient keys "patient-<i/2>".
std::vector<std::int64_t> seedCases(const std::string& dbUrl, std::int64_t projectId, int count,
                                    const std::string& specialty = "cardiology");

void seedAssignment(const std::string& dbUrl, std::int64_t caseId, std::int64_t userId);

/// A submitted annotation with its assignment, written straight into the tables (no API, no
/// schema check), for tests that need many answers or chosen submission times.
/// `submittedAt`: an ISO timestamp ("" = now); `responseOrder`: the order the annotator saw.
void seedSubmittedAnnotation(const std::string& dbUrl, std::int64_t projectId, std::int64_t caseId,
                             std::int64_t userId, const Json& payload, const std::string& submittedAt = "",
                             const Json& responseOrder = Json::array());

}  // namespace concord::testing
