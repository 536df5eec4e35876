#pragma once
// Everything the rest of Concord needs from PHI handling, in one include:
//   detectPhi / detectPhiBytes (detector.h), redact / redactPhi (redact.h),
//   SurrogateGenerator (surrogate.h), pseudonymizePatientKey (pseudonym.h),
//   categoryName / categoryFromName (category.h).
#include "concord/phi/category.h"
#include "concord/phi/detector.h"
#include "concord/phi/pseudonym.h"
#include "concord/phi/redact.h"
#include "concord/phi/surrogate.h"
