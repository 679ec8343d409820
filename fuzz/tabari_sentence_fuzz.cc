// Fuzzes the TABARI sentence parser and coder with a fixed dictionary: any text codes
// or reports a problem, without crashing, under every code-by mode.
#include <cstdint>

#include "tabari_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace t = faultline::tabari;
  static const t::Dictionary* dict = [] {
    auto* d = new t::Dictionary();
    t::fuzz::CheckStatus(t::ReadTabariActorsText("fuzz.actors", t::fuzz::kActors, d));
    t::fuzz::CheckStatus(t::ReadTabariAgentsText("fuzz.agents", t::fuzz::kAgents, d));
    t::fuzz::CheckStatus(t::ReadTabariVerbsText("fuzz.verbs", t::fuzz::kVerbs, d));
    return d;
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  t::fuzz::CodeWith(*dict, text);
  return 0;
}
