# Writes a C++ source that returns the contents of INPUT from FUNCTION (namespace concord).
file(READ ${INPUT} text)
string(FIND "${text}" ")concord_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE ${OUTPUT} "// Generated from ${INPUT}. Do not edit.\n#include <string_view>\nnamespace concord {\nstd::string_view ${FUNCTION}() {\n  static constexpr std::string_view text = R\"concord_embed(${text})concord_embed\";\n  return text;\n}\n}  // namespace concord\n")
