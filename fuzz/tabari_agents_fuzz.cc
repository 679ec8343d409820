// Fuzzes the TABARI .agents reader; what loads also codes a sentence.
#include <cstdint>

#include "tabari_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace t = faultline::tabari;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  t::Dictionary dict;
  t::fuzz::CheckStatus(t::ReadTabariActorsText("fuzz.actors", t::fuzz::kActors, &dict));
  faultline::Status s = t::ReadTabariAgentsText("fuzz.agents", text, &dict);
  t::fuzz::CheckStatus(s);
  if (!s.ok()) return 0;
  t::fuzz::CheckStatus(t::ReadTabariVerbsText("fuzz.verbs", t::fuzz::kVerbs, &dict));
  t::fuzz::CodeWith(dict, t::fuzz::kSentence);
  return 0;
}
