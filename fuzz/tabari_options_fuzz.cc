// Fuzzes the TABARI .options reader; the options it sets then code a sentence, so odd
// limits (COMMA, MINIMUM WORDS, DEFAULT, FORWARD layouts) are exercised as well.
#include <cstdint>

#include "code/legacy/tabari_options.h"
#include "tabari_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace t = faultline::tabari;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  t::Dictionary dict;
  t::fuzz::CheckStatus(t::ReadTabariActorsText("fuzz.actors", t::fuzz::kActors, &dict));
  t::fuzz::CheckStatus(t::ReadTabariAgentsText("fuzz.agents", t::fuzz::kAgents, &dict));
  t::fuzz::CheckStatus(t::ReadTabariVerbsText("fuzz.verbs", t::fuzz::kVerbs, &dict));
  t::TabariOptions options;
  faultline::Status s = t::ReadTabariOptionsText("fuzz.options", text, &options, &dict.codes());
  t::fuzz::CheckStatus(s);
  t::TabariEngine engine(&dict);
  t::RecordContext ctx;
  ctx.date = "990615";
  t::ParseTabariDate(ctx.date, false, &ctx.julian);
  engine.CodeSentence(t::fuzz::kSentence, ctx, options);
  return 0;
}
