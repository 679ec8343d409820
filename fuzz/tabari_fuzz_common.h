// Shared by the TABARI fuzz targets: a small made-up dictionary and a sentence to code
// with it, so that whatever a target loads also runs through the parser and matcher.
#pragma once

#include <cstdlib>
#include <string_view>

#include "code/legacy/tabari_engine.h"
#include "code/legacy/tabari_readers.h"

namespace faultline::tabari::fuzz {

inline constexpr std::string_view kActors =
    "NORTHLAND [NTH]\nSOUTHLAND_ [STH]\nRIVER_CITY\n+HARBOUR\n[RVC <990101]\n[RVCGOV]\n"
    "<NOUN>\nBOATS\n</NOUN>\n";
inline constexpr std::string_view kAgents = "MINISTER_ [~GOV]\nRIGHTS_GROUP_ [NGO~]\n";
inline constexpr std::string_view kVerbs =
    "<SYNSETS>\n&MONEY\n+COINS\n+SILVER_BARS\n</SYNSETS>\nDENOUNCE [122]\n"
    "- * { FIERCELY | LOUDLY } + [123]\n- $ HAS * + [121]\nSEND_ [070]\n{ SENT_ SENDING_ }\n"
    "- * &MONEY TO + [071]\nMEET [031:031]\n";
inline constexpr std::string_view kSentence =
    "The Northland minister denounced Southland and River City fiercely on Monday, and "
    "Harbour sent coins to Northland, officials said.";

// Codes `sentence` with `dict`; a crash or hang here is the finding.
inline void CodeWith(const Dictionary& dict, std::string_view sentence) {
  TabariEngine engine(&dict);
  TabariOptions options;
  options.cplx_verbs = 5;
  RecordContext ctx;
  ctx.date = "990615";
  ParseTabariDate(ctx.date, false, &ctx.julian);
  ForwardMemory memory;
  TabariResult r = engine.CodeSentence(sentence, ctx, options, &memory);
  if (r.problem && r.problem_text.empty()) std::abort();
  options.use_forward = true;
  ctx.can_forward = true;
  engine.CodeSentence("They met them.", ctx, options, &memory);
}

// A failed load must say why.
inline void CheckStatus(const Status& s) {
  if (!s.ok() && s.message().empty()) std::abort();
}

}  // namespace faultline::tabari::fuzz
