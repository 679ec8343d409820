// Fuzzes the TABARI .project reader: any text parses or fails with a message, and a
// parsed project names at least an actors and a verbs file.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "code/legacy/tabari_options.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace t = faultline::tabari;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  t::TabariProject project;
  faultline::Status s = t::ParseTabariProject("/fuzz/suite.project", text, &project);
  if (!s.ok() && s.message().empty()) std::abort();
  if (s.ok() && project.dictionaries.size() < 2) std::abort();
  return 0;
}
