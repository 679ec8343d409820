// Shared by the PETRARCH fuzz targets: tiny fixed dictionaries, so that whatever a
// fuzzed reader accepts also goes through PetrarchCoder once, and the invariant every
// reader keeps (an error names the file and a line).
#pragma once

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "code/legacy/petrarch_coder.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"
#include "util/utf8.h"

namespace faultline::petrarch::fuzz {

inline constexpr std::string_view kVerbs =
    "&TIES\n+TIE\n--- RESTORE [050] ---\nRESTORE\n- * {DIPLOMATIC &TIES} [051]\n"
    "- % * [050]\n- + * (FROM $) [080]\n";
inline constexpr std::string_view kActors = "ARNOR [ARN]\nGONDOR [GON]\n [GONGOV >950101]\n";
inline constexpr std::string_view kAgents = "GOVERNMENT [~GOV]\nMSF {} [NGO~]\n";
inline constexpr std::string_view kSentence =
    "The Arnor government and Gondor will not restore diplomatic ties with MSF Gondor.";

// Readers require UTF-8, as the file loaders check; other input is not interesting.
inline bool Usable(std::string_view text) { return utf8::Validate(text).ok(); }

inline void CheckStatus(const Status& s) {
  if (!s.ok() && s.message().find("fuzz.txt:") != 0 && s.message().find("fuzz.xml:") != 0) std::abort();
}

inline void CodeWith(std::shared_ptr<PetrarchDictionaries> d, std::string_view text) {
  PetrarchCoder coder(std::move(d), nullptr);
  Document doc;
  doc.text = std::string(text);
  doc.date = "1995-06-01";
  Segment(doc);
  static const Lexicon kEmpty;
  Tag(doc, kEmpty);
  coder.Code(doc);
}

// Dictionaries with the fixed parts filled in; `skip` names the part the target fuzzes.
inline std::shared_ptr<PetrarchDictionaries> Fixed(std::string_view skip) {
  auto d = std::make_shared<PetrarchDictionaries>();
  if (skip != "verbs") (void)ParseVerbs("fixed.txt", kVerbs, &d->verbs);
  if (skip != "actors") (void)ParseActors("fixed.txt", kActors, &d->actors);
  if (skip != "agents") (void)ParseAgents("fixed.txt", kAgents, &d->agents);
  return d;
}

}  // namespace faultline::petrarch::fuzz
