// Direct quotations found by their marks: curly (“ ” ‘ ’), straight (" ') and guillemets,
// with apostrophes ("Don’t", "Ma'arrat", "soldiers' homes") told apart from single quote
// marks by what stands on either side. A quotation left open at the end of a paragraph
// continues when the next paragraph opens with a quote mark (the newspaper convention for
// long quotes) and otherwise ends with its paragraph.
#pragma once

#include <cstdint>
#include <vector>

#include "faultline/document.h"

namespace faultline {

struct MarkedQuote {
  uint32_t open = 0;    // token index of the opening mark
  uint32_t close = 0;   // token index of the closing mark, or the last token when unclosed
  bool closed = true;
  bool single = false;  // single quote marks
};

// Marked quotations of the document in text order. Needs tokens and sentences.
std::vector<MarkedQuote> FindMarkedQuotes(const Document& doc);

// True when a blank line separates tokens a < b: a paragraph break. Read from the text
// itself so that it does not depend on how sentences were numbered.
bool ParagraphBreakBetween(const Document& doc, uint32_t a, uint32_t b);

}  // namespace faultline
