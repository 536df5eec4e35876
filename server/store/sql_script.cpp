#include "store/sql_script.h"

#include <cctype>

namespace concord::store {
namespace {

bool isBlank(std::string_view s) {
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// At s[i] == '$': returns the dollar-quote tag ("$$" or "$name$"), or empty when not one.
std::string_view dollarTag(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
  if (j < s.size() && s[j] == '$') return s.substr(i, j - i + 1);
  return {};
}

}  // namespace

std::vector<SqlStatement> splitSqlScript(std::string_view script) {
  std::vector<SqlStatement> out;
  std::string current;
  int line = 1;
  int startLine = 1;
  bool started = false;
  auto push = [&](char c) {
    if (!started && !std::isspace(static_cast<unsigned char>(c))) {
      started = true;
      startLine = line;
    }
    current.push_back(c);
    if (c == '\n') ++line;
  };
  for (std::size_t i = 0; i < script.size(); ++i) {
    char c = script[i];
    if (c == '-' && i + 1 < script.size() && script[i + 1] == '-') {
      while (i < script.size() && script[i] != '\n') ++i;
      if (i < script.size()) push('\n');
      continue;
    }
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
      int depth = 0;
      for (; i < script.size(); ++i) {
        if (script[i] == '\n') push('\n');
        if (script[i] == '/' && i + 1 < script.size() && script[i + 1] == '*') { ++depth; ++i; }
        else if (script[i] == '*' && i + 1 < script.size() && script[i + 1] == '/') {
          ++i;
          if (--depth == 0) break;
        }
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      push(c);
      for (++i; i < script.size(); ++i) {
        push(script[i]);
        if (script[i] == c) {
          if (i + 1 < script.size() && script[i + 1] == c) { push(script[++i]); continue; }
          break;
        }
      }
      continue;
    }
    if (c == '$') {
      std::string_view tag = dollarTag(script, i);
      if (!tag.empty()) {
        auto end = script.find(tag, i + tag.size());
        std::size_t stop = end == std::string_view::npos ? script.size() : end + tag.size();
        for (; i < stop; ++i) push(script[i]);
        --i;
        continue;
      }
    }
    if (c == ';') {
      if (!isBlank(current)) out.push_back({current, startLine});
      current.clear();
      started = false;
      continue;
    }
    push(c);
  }
  if (!isBlank(current)) out.push_back({current, startLine});
  return out;
}

}  // namespace concord::store
