// Fuzzes the native verb-pattern parser: any pattern text parses or fails with a message.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "code/native/verb_dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  faultline::VerbPattern p;
  faultline::Status s = faultline::VerbDictionary::ParsePattern(text, &p);
  if (!s.ok() && s.message().empty()) std::abort();
  if (s.ok() && p.head.empty()) std::abort();
  return 0;
}
