// Fuzzes the TABARI .verbs reader; what loads also codes a sentence, so odd patterns
// (unbalanced braces, bare synsets, "*" at either end) exercise the matcher too.
#include <cstdint>

#include "tabari_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace t = faultline::tabari;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  t::Dictionary dict;
  t::fuzz::CheckStatus(t::ReadTabariActorsText("fuzz.actors", t::fuzz::kActors, &dict));
  faultline::Status s = t::ReadTabariVerbsText("fuzz.verbs", text, &dict);
  t::fuzz::CheckStatus(s);
  if (s.ok()) t::fuzz::CodeWith(dict, t::fuzz::kSentence);
  return 0;
}
