// Reader for the PETRARCH Internal Coding Ontology (PICO): each CAMEO code maps to a
// number whose arithmetic lets the coder combine codes. faultline uses it for negation
// only: "did not clash" is the code whose value is clash's value minus 0xFFFF, when the
// ontology defines one ("110:0x1007f" - 0xFFFF = 0x80 = 050); otherwise a negated verb
// codes nothing.
//   110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove   ('#' starts the comment)
//   122:-0xFFFF+0x2040+0x300
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

class CodingOntology {
 public:
  Status Parse(std::string_view file, std::string_view content);
  Status Load(const std::string& path);
  bool empty() const { return value_.empty(); }
  size_t size() const { return value_.size(); }
  // Value of `code`, false when unknown.
  bool Value(const std::string& code, int64_t* value) const;
  // The code of a negated `code`, or empty when the ontology has none.
  std::string Negate(const std::string& code) const;

 private:
  std::map<std::string, int64_t> value_;
  std::vector<std::pair<int64_t, std::string>> by_value_;  // in file order
};

}  // namespace faultline::petrarch
