// Fuzzes the count number parser and the count recogniser on untagged text. Invariants:
// a parse consumes at least one token and stays inside the sentence, values are finite and
// ordered (low <= value, low <= high for ranges), and count spans lie inside the text.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "recognise/counts/count_recogniser.h"
#include "recognise/counts/number_parser.h"
#include "segment/segmenter.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!faultline::utf8::Validate(text).ok()) return 0;
  faultline::Document doc;
  doc.text = text;
  faultline::Segment(doc);
  const auto& toks = doc.tokens;
  for (const faultline::Sentence& s : doc.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      for (bool between : {false, true}) {
        faultline::ParsedNumber n;
        if (!faultline::ParseNumber(toks, i, s.token_end, between, &n)) continue;
        if (n.end <= i || n.end > s.token_end) std::abort();
        if (!std::isfinite(n.value) || !std::isfinite(n.low) || !std::isfinite(n.high)) std::abort();
        if (n.value < 0 || n.low > n.value) std::abort();
        if (n.range && n.low > n.high) std::abort();
      }
    }
  }
  faultline::RecogniseCounts(doc);
  for (const faultline::Count& c : doc.counts) {
    if (c.span.empty() || c.span.end > text.size()) std::abort();
    if (c.who && c.who->end > text.size()) std::abort();
    if (!c.quantity || !std::isfinite(*c.quantity)) std::abort();
  }
  return 0;
}
