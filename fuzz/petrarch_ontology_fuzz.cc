// Fuzzes the PETRARCH internal coding ontology reader and its negation arithmetic.
#include <cstdint>

#include "petrarch_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace p = faultline::petrarch;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!p::fuzz::Usable(text)) return 0;
  p::CodingOntology o;
  faultline::Status s = o.Parse("fuzz.txt", text);
  p::fuzz::CheckStatus(s);
  for (const char* code : {"050", "110", "170", "---", ""}) (void)o.Negate(code);
  return 0;
}
