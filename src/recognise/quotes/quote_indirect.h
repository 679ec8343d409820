// Indirect attributions inside one sentence: "X said (that) …", "…, X said.", "…, said X.",
// "according to X, …", "…, according to X", "X accused Y of …". The content is the
// reported clause; the speaker is the noun phrase next to the cue.
#pragma once

#include <cstdint>
#include <vector>

#include "faultline/document.h"
#include "recognise/quotes/quote_speaker.h"

namespace faultline {

struct IndirectQuote {
  uint32_t content_begin = 0, content_end = 0;  // tokens [begin, end)
  uint32_t cue = 0, cue_end = 0;
  bool has_speaker = false;
  SpeakerMention speaker;
};

// Appends the indirect attributions of sentence [sb, se) to `out`. `quoted[i]` is true for
// tokens inside direct quotations, whose words are not cues.
void FindIndirect(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                  const std::vector<bool>& quoted, std::vector<IndirectQuote>* out);

}  // namespace faultline
