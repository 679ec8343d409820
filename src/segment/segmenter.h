// Segmenter: fills Document::tokens and Document::sentences from Document::text.
//
// Sentences end at . ! ? (with any closing quotes or brackets that follow) when the next
// token can start a sentence, never after an abbreviation such as "Mr." or "U.S." that is
// followed by a name, and always at a blank line. A single line break ends a sentence when
// the line ends in terminal punctuation or the next line starts with a capital after a
// short line (headlines, captions, datelines).
#pragma once

#include "faultline/document.h"

namespace faultline {

struct SegmentOptions {
  // Sentences longer than this many tokens are cut, so that later stages stay bounded.
  uint32_t max_sentence_tokens = 150;
};

void Segment(Document& doc, const SegmentOptions& options = {});

}  // namespace faultline
