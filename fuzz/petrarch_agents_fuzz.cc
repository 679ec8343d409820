// Fuzzes the agent reader (plurals, substitution markers, prefix and suffix codes); what loads also codes a sentence.
#include <cstdint>

#include "petrarch_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace p = faultline::petrarch;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!p::fuzz::Usable(text)) return 0;
  auto d = p::fuzz::Fixed("agents");
  faultline::Status s = p::ParseAgents("fuzz.txt", text, &d->agents);
  p::fuzz::CheckStatus(s);
  if (s.ok()) p::fuzz::CodeWith(d, p::fuzz::kSentence);
  return 0;
}
