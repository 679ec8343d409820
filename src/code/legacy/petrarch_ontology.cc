#include "code/legacy/petrarch_ontology.h"

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

// Evaluates "[+-]0xHEX([+-]0xHEX)*" (or a plain decimal "0").
bool Evaluate(std::string_view expr, int64_t* out) {
  int64_t total = 0;
  size_t i = 0;
  bool any = false;
  while (i < expr.size()) {
    int sign = 1;
    if (expr[i] == '+' || expr[i] == '-') {
      sign = expr[i] == '-' ? -1 : 1;
      ++i;
    } else if (any) {
      return false;
    }
    int base = 10;
    if (i + 1 < expr.size() && expr[i] == '0' && (expr[i + 1] == 'x' || expr[i + 1] == 'X')) {
      base = 16;
      i += 2;
    }
    size_t start = i;
    int64_t v = 0;
    while (i < expr.size()) {
      char c = expr[i];
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (base == 16 && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (base == 16 && c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        break;
      }
      if (v > (int64_t{1} << 40)) return false;
      v = v * base + d;
      ++i;
    }
    if (i == start) return false;
    total += sign * v;
    any = true;
  }
  if (!any) return false;
  *out = total;
  return true;
}

}  // namespace

Status CodingOntology::Parse(std::string_view file, std::string_view content) {
  for (const SourceLine& line : CleanLines(content)) {
    std::string t;
    for (char c : line.text) {
      if (c != ' ' && c != '\t') t += c;
    }
    size_t colon = t.find(':');
    if (colon == std::string::npos || colon == 0) {
      return LineError(file, line.number, "expected CODE:VALUE", line.text);
    }
    int64_t v = 0;
    if (!Evaluate(std::string_view(t).substr(colon + 1), &v)) {
      return LineError(file, line.number, "bad value expression", line.text);
    }
    std::string code = t.substr(0, colon);
    if (value_.emplace(code, v).second) by_value_.emplace_back(v, code);
  }
  return Status::Ok();
}

Status CodingOntology::Load(const std::string& path) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return Parse(path, content);
}

bool CodingOntology::Value(const std::string& code, int64_t* value) const {
  auto it = value_.find(code);
  if (it == value_.end()) return false;
  *value = it->second;
  return true;
}

std::string CodingOntology::Negate(const std::string& code) const {
  int64_t v = 0;
  if (!Value(code, &v) || v < 0xFFFF) return "";
  const int64_t want = v - 0xFFFF;
  for (const auto& [value, c] : by_value_) {
    if (value == want && c.size() >= 3 && c != "---") return c;
  }
  return "";
}

}  // namespace faultline::petrarch
