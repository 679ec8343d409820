// Attributions of marked quotations: the cue and speaker after the closing mark
// ("“…,” he said", "“…,” said Caddell") or before the opening one ("Mr Trump wrote: “…”",
// "Caddell continued:" ending the previous paragraph, "accusing Russia of “…”",
// "imploring them to “STOP!”").
#pragma once

#include <cstdint>
#include <vector>

#include "faultline/document.h"
#include "recognise/quotes/quote_speaker.h"

namespace faultline {

struct Attribution {
  uint32_t cue = 0;          // token index of the cue
  uint32_t cue_end = 0;      // one past the cue ("according to" is two tokens)
  bool has_speaker = false;
  SpeakerMention speaker;
  bool inherit = false;      // a participle clause: the speaker is the clause's subject
  uint32_t last = 0;         // last token of the attribution (for split quotes)
};

// `para_begin` is the first token of the quote's paragraph; `limit` bounds the search
// (the next quote's opening mark or the end of the paragraph). `opens_sentence`: the
// quotation begins its sentence, so that "“…,” he went on" is an attribution with any verb;
// inside a sentence ("what Gingrich called “…,” the former Speaker is …") only speech verbs.
bool AttributionAfter(const std::vector<Token>& toks, uint32_t close, uint32_t limit,
                      Attribution* out, bool opens_sentence = false);
bool AttributionBefore(const std::vector<Token>& toks, uint32_t open, uint32_t floor,
                       Attribution* out);

}  // namespace faultline
